// First: n8n-core must not write its settings into the home folder.
import '../../test/setup-env';

import { performance } from 'node:perf_hooks';

import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { Harness } from '../../test/harness/run';

/**
 * One case of the scale benchmark, in its own process: runs the node once on a warm engine and
 * prints {ms, outputs, peakRssMb, peakHeapMb} (memory above this process at rest) as JSON.
 */

interface CaseInput {
	kind: 'checkStatus' | 'wallets' | 'transactions';
	size: number;
	payment: ICredentialDataDecryptedObject;
	business: ICredentialDataDecryptedObject;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

function parametersOf(kind: CaseInput['kind'], size: number): IDataObject {
	if (kind === 'checkStatus') {
		return { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: '={{ $json.invoice }}' };
	}
	const listing = size >= 10000 ? { returnAll: true } : { returnAll: false, limit: size };
	return kind === 'wallets'
		? { api: 'business', resource: 'wallet', operation: 'getMany', ...listing }
		: { api: 'business', resource: 'transactionData', operation: 'getManyTransactions', ...listing };
}

async function main(): Promise<void> {
	const input = JSON.parse(process.env.SIPAY_SCALE_CASE ?? '{}') as CaseInput;
	const harness = new Harness();
	harness.credentials.set('sipayPaymentApi', input.payment);
	harness.credentials.set('sipayBusinessApi', input.business);
	const items = (count: number) => Array.from({ length: count }, (_, index) => ({ invoice: `SCALE-${index}` }));
	// Warm-up: modules loaded, token fetched.
	await harness.runSipay({ parameters: parametersOf(input.kind, 10), items: items(input.kind === 'checkStatus' ? 10 : 1) });
	gc();
	const rest = process.memoryUsage();
	let peakRss = rest.rss;
	let peakHeap = rest.heapUsed;
	const sample = () => {
		const now = process.memoryUsage();
		peakRss = Math.max(peakRss, now.rss);
		peakHeap = Math.max(peakHeap, now.heapUsed);
	};
	const sampler = setInterval(sample, 5);
	const startedAt = Date.now();
	const started = performance.now();
	const { items: output, error } = await harness.runSipay({
		parameters: parametersOf(input.kind, input.size),
		items: items(input.kind === 'checkStatus' ? input.size : 1),
	});
	const ms = performance.now() - started;
	sample();
	clearInterval(sampler);
	if (error) throw error;
	if (input.kind === 'checkStatus' && output.some((item) => item.json.status !== 'completed')) {
		throw new Error('an item did not answer Completed');
	}
	if (output.length !== input.size) throw new Error(`expected ${input.size} outputs, got ${output.length}`);
	const mb = (bytes: number) => bytes / 1024 / 1024;
	process.stdout.write(
		`${JSON.stringify({ ms, startedAt, outputs: output.length, peakRssMb: mb(peakRss - rest.rss), peakHeapMb: mb(peakHeap - rest.heapUsed) })}\n`,
	);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
