import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { seedCompletedPayments } from '../../test/sandbox/payment/seedPayments';
import { TRANSACTION_TYPES } from '../../test/sandbox/business/state';
import { SipaySandbox } from '../../test/sandbox/server';
import { say } from './report';

/**
 * Time and peak memory as the work grows: 1k and 10k items through the node, and a 10k-record
 * Return All next to a 1k Limit, over wallets and transactions the simulator holds. Each case runs
 * in a fresh process (the simulator stays in this one), so its memory is the node's and n8n's.
 */

export interface ScaleCase {
	name: string;
	/** What the child process runs (see scaleCase.ts). */
	kind: 'checkStatus' | 'wallets' | 'transactions';
	size: number;
}

export interface ScaleResult extends ScaleCase {
	ms: number;
	/** Of `ms`, the time the simulator spent working out its answers. */
	simulatorMs: number;
	outputs: number;
	requests: number;
	peakRssMb: number;
	peakHeapMb: number;
}

export const SCALE_CASES: ScaleCase[] = [
	{ name: 'Check Status, 1,000 items', kind: 'checkStatus', size: 1000 },
	{ name: 'Check Status, 10,000 items', kind: 'checkStatus', size: 10000 },
	{ name: 'Get Many Wallets, Limit 1,000', kind: 'wallets', size: 1000 },
	{ name: 'Get Many Wallets, Return All (10,000)', kind: 'wallets', size: 10000 },
	{ name: 'Get Many Transactions, Limit 1,000', kind: 'transactions', size: 1000 },
	{ name: 'Get Many Transactions, Return All (10,000)', kind: 'transactions', size: 10000 },
];

const SEEDED = 10000;

export async function scaleBench(port: number): Promise<ScaleResult[]> {
	// Two simulators: one lists 10,000 wallets, the other 10,000 transactions of one wallet (the
	// simulator works out each wallet's monthly totals from all transactions, which real Sipay keeps).
	const sandbox = await new SipaySandbox({ port }).start();
	const walletSandbox = await new SipaySandbox({ port: port + 1 }).start();
	say(`scale: seeding ${SEEDED} payments, ${SEEDED} transactions and (in a second simulator) ${SEEDED} wallets`);
	seedCompletedPayments(
		sandbox.payment,
		Array.from({ length: SEEDED }, (_, index) => `SCALE-${index}`),
	);
	// The seeded account has 4 wallets: 9,996 more make 10,000.
	const walletState = walletSandbox.business.state;
	for (let index = walletState.ownWallets().length; index < SEEDED; index++) {
		walletState.createWallet(`Bench ${index}`, 'TRY', false);
	}
	const state = sandbox.business.state;
	const wallet = state.ownWallets()[0];
	const now = Date.now();
	for (let index = 0; index < SEEDED; index++) {
		state.addRecord(
			{
				type: TRANSACTION_TYPES.topup,
				from: null,
				to: wallet,
				amount: 100 + index,
				fee: 0,
				currency: 'TRY',
				extTransactionId: null,
				description: `Bench top-up ${index}`,
				additionalData: {},
				processLevel: 20,
			},
			now - index * 5000, // the last 14 hours: inside the 3 days Sipay lists without dates
		);
	}
	const results: ScaleResult[] = [];
	for (const entry of SCALE_CASES) {
		say(`scale: ${entry.name} (fresh process)`);
		const target = entry.kind === 'wallets' ? walletSandbox : sandbox;
		target.requests.length = 0;
		const answer = await runCase(entry, target);
		// The child's warm-up run made a few requests too: count only those of the measured run.
		const measured = target.requests.filter((request) => request.at >= answer.startedAt);
		results.push({
			...entry,
			...answer,
			requests: measured.length,
			simulatorMs: measured.reduce((sum, request) => sum + request.handlingMs, 0),
		});
	}
	await sandbox.stop();
	await walletSandbox.stop();
	return results;
}

async function runCase(
	entry: ScaleCase,
	sandbox: SipaySandbox,
): Promise<Omit<ScaleResult, keyof ScaleCase | 'requests' | 'simulatorMs'> & { startedAt: number }> {
	const child = spawn(process.execPath, ['--expose-gc', '-r', 'ts-node/register/transpile-only', join(__dirname, 'scaleCase.ts')], {
		env: {
			...process.env,
			TS_NODE_PROJECT: join(__dirname, '../../tsconfig.test.json'),
			SIPAY_SCALE_CASE: JSON.stringify({
				kind: entry.kind,
				size: entry.size,
				payment: sandbox.paymentCredentials(),
				business: sandbox.businessCredentials(),
			}),
		},
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	const line = output.trim().split('\n').pop() ?? '';
	if (code !== 0 || !line.startsWith('{')) throw new Error(`scale case ${entry.name} failed (exit ${code}): ${output}`);
	return JSON.parse(line) as Omit<ScaleResult, keyof ScaleCase | 'requests' | 'simulatorMs'> & { startedAt: number };
}

export function printScale(results: ScaleResult[]): void {
	say('');
	say('Scale (loopback simulator, one item at a time; each case in a fresh process; memory above the idle process):');
	say('| Case | time | of which the simulator | per record (without the simulator) | requests | peak RSS | peak heap |');
	say('|---|---|---|---|---|---|---|');
	for (const result of results) {
		say(
			`| ${result.name} | ${(result.ms / 1000).toFixed(2)} s | ${(result.simulatorMs / 1000).toFixed(2)} s | ` +
				`${(((result.ms - result.simulatorMs) * 1000) / result.outputs).toFixed(0)} µs | ` +
				`${result.requests} | +${result.peakRssMb.toFixed(0)} MB | +${result.peakHeapMb.toFixed(0)} MB |`,
		);
	}
	const pair = (kind: ScaleCase['kind']) => results.filter((result) => result.kind === kind);
	for (const kind of ['checkStatus', 'wallets', 'transactions'] as const) {
		const [small, large] = pair(kind);
		if (!small || !large) continue;
		say(
			`  ${kind}: 10× the records → ${(large.ms / small.ms).toFixed(1)}× the time ` +
				`(${((large.ms - large.simulatorMs) / (small.ms - small.simulatorMs)).toFixed(1)}× without the simulator), ` +
				`${(large.peakRssMb / Math.max(small.peakRssMb, 1)).toFixed(1)}× the peak RSS, ` +
				`${(large.peakHeapMb / Math.max(small.peakHeapMb, 1)).toFixed(1)}× the peak heap ` +
				`(goal: memory within 2 × 10 × the 1k run)`,
		);
	}
}
