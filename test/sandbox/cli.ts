import { readFileSync } from 'node:fs';

import { SipaySandbox, type SandboxOptions } from './server';

/**
 * `npm run sandbox [-- --port 8899] [--seed seed.json]`: runs the Sipay simulator until Ctrl+C
 * and prints the credentials to enter in n8n. A seed file holds `{ "payment": {...}, "business": {...} }`
 * overriding the default merchant and business data.
 */
function argument(name: string, environment: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index >= 0 ? process.argv[index + 1] : process.env[environment];
}

async function main(): Promise<void> {
	const seedFile = argument('--seed', 'SIPAY_SANDBOX_SEED');
	const seed = seedFile ? (JSON.parse(readFileSync(seedFile, 'utf8')) as SandboxOptions) : {};
	const sandbox = await new SipaySandbox({
		port: Number(argument('--port', 'SIPAY_SANDBOX_PORT') ?? 8899),
		payment: seed.payment,
		business: seed.business,
	}).start();
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
