import { SipaySandbox } from './server';

/**
 * `npm run sandbox [-- --port 8899]`: runs the Sipay simulator until Ctrl+C and prints the
 * credentials to enter in n8n.
 */
function portArgument(): number {
	const index = process.argv.indexOf('--port');
	const value = index >= 0 ? process.argv[index + 1] : process.env.SIPAY_SANDBOX_PORT;
	return value ? Number(value) : 8899;
}

async function main(): Promise<void> {
	const sandbox = await new SipaySandbox({ port: portArgument() }).start();
	const payment = sandbox.paymentCredentials();
	const business = sandbox.businessCredentials();
	process.stdout.write(`Sipay simulator listening on ${sandbox.url}

Sipay Payment API credential   Environment: Custom Base URL
  Base URL      ${payment.baseUrl}
  App ID        ${payment.appId}
  App Secret    ${payment.appSecret}
  Merchant Key  ${payment.merchantKey}
  Merchant ID   ${payment.merchantId}

Sipay Business API credential  Environment: Custom
  Identity URL  ${business.identityUrl}
  API URL       ${business.apiUrl}
  Client ID     ${business.clientId}
  Client Secret ${business.clientSecret}
  X-Client-ID   ${business.xClientId}

These are simulator values (the Payment ones are Sipay's public documentation sample).
Test cards: 4508034508034509 / 5406675406675403, expiry 12/2026, CVV 000, 3-D password "a".
Press Ctrl+C to stop.
`);
	const stop = async () => {
		await sandbox.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

void main();
