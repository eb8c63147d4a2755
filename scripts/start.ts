import { join } from 'node:path';

import { SipaySandbox } from '../test/sandbox/server';
import { loadExamples, READY_WEBHOOK, RealN8n, ROOT, simulatorCredentials } from './n8n';

/**
 * `npm start`: the Sipay simulator on 127.0.0.1:8899 and a real n8n on 127.0.0.1:5678 with this
 * package, the simulator credentials and the example workflows. Data stays in .n8n-local/.
 */
async function main(): Promise<void> {
	const sandbox = await new SipaySandbox({ port: Number(process.env.SIPAY_SANDBOX_PORT ?? 8899) }).start();
	const port = Number(process.env.N8N_PORT ?? 5678);
	const n8n = new RealN8n({
		port,
		userFolder: join(ROOT, '.n8n-local'),
		credentials: simulatorCredentials(sandbox),
		workflows: loadExamples(sandbox.url, `http://127.0.0.1:${port}`),
	});
	process.stdout.write('Importing credentials and example workflows into n8n…\n');
	n8n.prepare();
	await n8n.start(READY_WEBHOOK);
	process.stdout.write(`
n8n with n8n-nodes-sipay:  ${n8n.url}   (first visit: create the owner account)
Sipay simulator:           ${sandbox.url}   (npm run sandbox prints its credentials)

Try it:
  curl -s -X POST ${n8n.url}/webhook/sipay-demo/pay -H 'Content-Type: application/json' -d '{"invoice_id":"INV-'$(date +%s)'","amount":"25.00","card":{"holder":"Ayse Yilmaz","number":"4508034508034509","expiry_month":"12","expiry_year":"2026","cvv":"000"},"buyer":{"name":"Ayse","surname":"Yilmaz"}}'
  curl -s ${sandbox.url}/sandbox/sink     # events the "payment notifications" workflow received

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
