import { readFileSync } from 'node:fs';

import { credentialFields, TEST_CARDS } from './banner';
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
	process.stdout.write(`Sipay simulator listening on ${sandbox.url}

${credentialFields(sandbox)}
${TEST_CARDS}
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
