// First: n8n-core must not write its settings into the home folder.
import '../test/setup-env';

import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

import { networkBench, printNetwork } from './bench/network';
import { say } from './bench/report';
import { printScale, scaleBench } from './bench/scale';
import { N8N_SETTINGS, printTrigger, triggerBench } from './bench/trigger';

/**
 * `npm run bench`: how fast the Sipay nodes are on a Sipay-like network, next to what a user could
 * build with n8n's own nodes and next to the physical limit, in one process, same run.
 *
 *   SIPAY_BENCH_PARTS        network,scale,trigger (default: all)
 *   SIPAY_BENCH_ITEMS        items per network run (1000)
 *   SIPAY_BENCH_ROUNDS       rounds of each network variant and trigger workflow (3)
 *   SIPAY_BENCH_RTT_MS       round-trip time the proxy adds (20)
 *   SIPAY_BENCH_CONCURRENCY  the node's Concurrency and the batch size compared with (8)
 *   SIPAY_BENCH_DELIVERIES   webhook deliveries per trigger round and workflow (200)
 *   SIPAY_BENCH_PARALLEL     webhook deliveries in flight at once (8)
 *   SIPAY_BENCH_PORT         first of the local ports used (32600; up to +15)
 */

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
	const parts = (process.env.SIPAY_BENCH_PARTS ?? 'network,scale,trigger').split(',').map((part) => part.trim());
	const port = env('SIPAY_BENCH_PORT', 32600);
	say(
		`n8n-nodes-sipay benchmark, ${new Date().toISOString()}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
			`Node ${process.version}, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`,
	);
	if (parts.includes('network')) {
		const settings = {
			items: env('SIPAY_BENCH_ITEMS', 1000),
			rounds: env('SIPAY_BENCH_ROUNDS', 3),
			rttMs: env('SIPAY_BENCH_RTT_MS', 20),
			concurrency: env('SIPAY_BENCH_CONCURRENCY', 8),
			port,
		};
		const { variants, firstCall } = await networkBench(settings);
		printNetwork(settings, variants, firstCall);
	}
	if (parts.includes('scale')) printScale(await scaleBench(port + 2));
	if (parts.includes('trigger')) {
		say('trigger: building the package (a real n8n loads it from dist/)');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: join(__dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
		for (const n8n of N8N_SETTINGS) {
			const settings = {
				port: port + 4,
				deliveries: env('SIPAY_BENCH_DELIVERIES', 200),
				rounds: env('SIPAY_BENCH_ROUNDS', 3),
				parallel: env('SIPAY_BENCH_PARALLEL', 8),
				n8n,
			};
			say(`trigger: n8n with ${n8n.label}`);
			printTrigger(settings, await triggerBench(settings));
		}
	}
	say(`load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
		process.exit(1);
	},
);
