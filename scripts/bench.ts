import { performance } from 'node:perf_hooks';

import { generateHashKey } from '../nodes/Sipay/hash/hashKey';
import { Harness } from '../test/harness/run';
import { SipaySandbox } from '../test/sandbox/server';

/**
 * `npm run bench`: the Sipay node through n8n's real engine against a raw HTTP loop doing the same
 * Sipay calls (same simulator, same machine, same run). Prints per-call times and node/raw ratios.
 */

const CALLS = Number(process.env.SIPAY_BENCH_CALLS ?? 400);
const ROUNDS = Number(process.env.SIPAY_BENCH_ROUNDS ?? 3);

interface Measure {
	name: string;
	perCallMs: number[];
}

async function timed(calls: number, run: () => Promise<void>): Promise<number> {
	const started = performance.now();
	await run();
	return (performance.now() - started) / calls;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
	const sandbox = await new SipaySandbox().start();
	const merchant = sandbox.payment.merchant;
	const harness = new Harness();
	harness.credentials.set('sipayPaymentApi', sandbox.paymentCredentials());
	harness.credentials.set('sipayBusinessApi', sandbox.businessCredentials());
	const items = Array.from({ length: CALLS }, (_, index) => ({ invoice: `BENCH-${index}` }));

	const tokenAnswer = await fetch(`${sandbox.url}/ccpayment/api/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ app_id: merchant.appId, app_secret: merchant.appSecret }),
	});
	const token = ((await tokenAnswer.json()) as { data: { token: string } }).data.token;
	const businessAnswer = await fetch(`${sandbox.url}/ids/connect/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: sandbox.business.client.clientId,
			client_secret: sandbox.business.client.clientSecret,
			scope: 'sts_business_api',
		}),
	});
	const bearer = ((await businessAnswer.json()) as { access_token: string }).access_token;

	const rawCheckStatus = async () => {
		for (const { invoice } of items) {
			const response = await fetch(`${sandbox.url}/ccpayment/api/checkstatus`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
				body: JSON.stringify({
					merchant_key: merchant.merchantKey,
					invoice_id: invoice,
					hash_key: generateHashKey([invoice, merchant.merchantKey], merchant.appSecret),
				}),
			});
			await response.json();
		}
	};
	const nodeCheckStatus = async () => {
		const { items: output } = await harness.runSipay({
			parameters: { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: '={{ $json.invoice }}' },
			items,
			continueOnFail: true,
		});
		if (output.length !== CALLS) throw new Error(`expected ${CALLS} items, got ${output.length}`);
	};
	const rawBusiness = async () => {
		for (let call = 0; call < CALLS; call++) {
			const response = await fetch(`${sandbox.url}/sts/v1/Account/GetBusinessAccount`, {
				method: 'POST',
				headers: {
					'Content-Type': 'application/json',
					Authorization: `Bearer ${bearer}`,
					'x-client-id': sandbox.business.client.xClientId,
				},
				body: '{}',
			});
			await response.json();
		}
	};
	const nodeBusiness = async () => {
		const { items: output, error } = await harness.runSipay({
			parameters: { api: 'business', resource: 'account', operation: 'getBusinessAccount' },
			items,
		});
		if (error || output.length !== CALLS) throw new Error(`business run failed: ${error?.message}`);
	};

	const pairs: Array<[Measure, Measure, () => Promise<void>, () => Promise<void>]> = [
		[{ name: 'Payment › Check Status: raw fetch loop', perCallMs: [] }, { name: 'Payment › Check Status: Sipay node', perCallMs: [] }, rawCheckStatus, nodeCheckStatus],
		[{ name: 'Business › Get Business Account: raw fetch loop', perCallMs: [] }, { name: 'Business › Get Business Account: Sipay node', perCallMs: [] }, rawBusiness, nodeBusiness],
	];
	await nodeCheckStatus();
	await nodeBusiness();
	for (let round = 0; round < ROUNDS; round++) {
		for (const [raw, node, runRaw, runNode] of pairs) {
			raw.perCallMs.push(await timed(CALLS, runRaw));
			node.perCallMs.push(await timed(CALLS, runNode));
		}
	}
	const tokens = sandbox.requestsTo('/ccpayment/api/token').length + sandbox.requestsTo('/ids/connect/token').length;
	await sandbox.stop();

	process.stdout.write(`${CALLS} calls per run, ${ROUNDS} rounds, median per call (Node ${process.version}):\n`);
	for (const [raw, node] of pairs) {
		const rawMs = median(raw.perCallMs);
		const nodeMs = median(node.perCallMs);
		process.stdout.write(
			`  ${node.name.padEnd(46)} ${nodeMs.toFixed(3)} ms   ${raw.name.split(': ')[1]} ${rawMs.toFixed(3)} ms   ratio ${(nodeMs / rawMs).toFixed(2)}×\n`,
		);
	}
	process.stdout.write(`  token requests in the whole run: ${tokens} (2 made by the raw loops, 1 per API by the node)\n`);
}

void main();
