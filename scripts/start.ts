import { join } from 'node:path';

import { credentialFields, TEST_CARDS } from '../test/sandbox/banner';
import { SipaySandbox } from '../test/sandbox/server';
import {
	BUSINESS_EVENTS_WEBHOOK,
	loadExamples,
	newWebhookToken,
	READY_WEBHOOK,
	RealN8n,
	ROOT,
	simulatorCredentials,
} from './n8n';

/**
 * `npm start`: the Sipay simulator on 127.0.0.1:8899 (SIPAY_SANDBOX_PORT) and a real n8n on
 * 127.0.0.1:5678 (N8N_PORT; its task broker takes the next port) with this package, the simulator
 * credentials and the example workflows. The Business API trigger gets a new random secret token on
 * every start. Data stays in .n8n-local/.
 */
const say = (text: string) => process.stdout.write(text);

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

async function main(): Promise<void> {
	const begun = Date.now();
	const sandbox = await new SipaySandbox({ port: Number(process.env.SIPAY_SANDBOX_PORT ?? 8899) }).start();
	const port = Number(process.env.N8N_PORT ?? 5678);
	const n8nUrl = `http://127.0.0.1:${port}`;
	const webhookToken = newWebhookToken();
	const workflows = loadExamples({ sandboxUrl: sandbox.url, n8nUrl, webhookToken });
	const n8n = new RealN8n({
		port,
		userFolder: join(ROOT, '.n8n-local'),
		credentials: simulatorCredentials(sandbox),
		workflows,
		progress: (step, index, count) => say(`  [${index}/${count}] ${step} (${seconds(begun)})\n`),
	});
	say('Putting this package, the simulator credentials and the example workflows into n8n\n');
	say('(each step runs an n8n command of its own, a few seconds each)\n');
	n8n.prepare();
	say(`Starting n8n on ${n8n.url} (${seconds(begun)})\n`);
	await n8n.start(READY_WEBHOOK);
	const businessEvents = `${n8n.url}/webhook/${BUSINESS_EVENTS_WEBHOOK}?token=${webhookToken}`;
	// The simulator sends its Business API webhooks (payout results, top-ups) to the trigger.
	await fetch(`${sandbox.url}/sandbox/business/webhooks`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ url: businessEvents }),
	});
	const wallet = sandbox.business.state.ownSeed.wallets[0].number;
	say(`Ready after ${seconds(begun)}.

n8n with n8n-nodes-sipay   ${n8n.url}
  First visit: n8n asks you to set up its owner account (any name, e-mail and password of yours;
  kept in .n8n-local/). The credentials "Sipay Payment (simulator)" and "Sipay Business (simulator)"
  are in n8n already; the example workflows are published:
${workflows.map((workflow) => `    - ${String(workflow.name)}`).join('\n')}

Sipay simulator            ${sandbox.url}   (what to enter in a credential of your own:)
${credentialFields(sandbox).replace(/^(?=.)/gm, '  ')}
  ${TEST_CARDS}

Webhook URLs (the Sipay Trigger's Webhook URLs panel shows the same):
  Payment API events  ${n8n.url}/webhook/sipay-payment-events/webhook
  3-D Secure returns  ${n8n.url}/webhook/${READY_WEBHOOK}
  Business API events ${businessEvents}
    (the example's Secret Token, new at every npm start; the simulator sends its business webhooks there)

Try it (the first two keep card data out of n8n; the third sends a card number and CVV through it):
  curl -s -X POST ${n8n.url}/webhook/sipay-demo/checkout-link -H 'Content-Type: application/json' -d '{"invoice_id":"LINK-'$(date +%s)'","amount":"25.00","buyer":{"name":"Ayse","surname":"Yilmaz"}}'
    # → {"status":"created","link":"${sandbox.url}/sandbox/link/…","amount":"25.00",…}: open the link and pay there
  Pay with a saved card (3-D Secure): save one with the Sipay node (Saved Card › Save), then POST
    {invoice_id, amount, customer_number, card_token, customer:{name,email,phone}} to ${n8n.url}/webhook/sipay-demo/pay-saved-card
  curl -s -X POST ${n8n.url}/webhook/sipay-demo/pay -H 'Content-Type: application/json' -d '{"invoice_id":"INV-'$(date +%s)'","amount":"25.00","card":{"holder":"Ayse Yilmaz","number":"4508034508034509","expiry_month":"12","expiry_year":"2030","cvv":"000"},"buyer":{"name":"Ayse","surname":"Yilmaz"},"ip":"88.255.1.10"}'
    # → {"approved":true,"status":"approved","amount":"25.00","currency":"TRY","invoice_id":"INV-…","order_id":"VP…",…,"sipay":{…}}
  curl -s -X POST ${sandbox.url}/sandbox/business/topup -H 'Content-Type: application/json' -d '{"wallet_number":"${wallet}","amount":100}'
  curl -s ${sandbox.url}/sandbox/sink     # events the trigger workflows received (the top-up is there)

Press Ctrl+C to stop both.
`);
	const stop = async () => {
		await n8n.stop();
		await sandbox.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void stop());
	process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).message}\n`);
	process.exit(1);
});
