import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { IDataObject, INode, INodeType, IVersionedNodeType } from 'n8n-workflow';

import { generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { forgetSharedTokens } from '../../nodes/Sipay/transport/tokenFlight';
import { Harness, OTHER_NODE_TYPES } from '../../test/harness/run';
import { seedCompletedPayments } from '../../test/sandbox/payment/seedPayments';
import { SipaySandbox } from '../../test/sandbox/server';
import { n8nInstallDir } from '../n8n';
import { LatencyProxy } from './latencyProxy';
import { median, say } from './report';

/**
 * Check Status for the same 1,000 completed payments, through a proxy that adds a round-trip time
 * to every request and every new connection: the Sipay node one item at a time and with
 * Concurrency; n8n's own HTTP Request node (the real one from the installed n8n, same engine)
 * doing the same signed calls as a user would build them; and a raw keep-alive `fetch` loop.
 */

export interface NetworkSettings {
	items: number;
	rounds: number;
	rttMs: number;
	concurrency: number;
	port: number;
}

export interface Variant {
	name: string;
	/** ms per item of each round (run time ÷ items). */
	perCallMs: number[];
	connections: number[];
	requests: number[];
}

const HTTP_REQUEST = 'n8n-nodes-base.httpRequest';

function loadHttpRequestNode(): void {
	const dir = n8nInstallDir();
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(join(dir, 'node_modules/n8n-nodes-base/dist/nodes/HttpRequest/HttpRequest.node.js')) as {
		HttpRequest: new () => INodeType | IVersionedNodeType;
	};
	OTHER_NODE_TYPES[HTTP_REQUEST] = new module.HttpRequest();
}

export async function networkBench(settings: NetworkSettings): Promise<{ variants: Variant[]; firstCall: IDataObject }> {
	const { items: count, rounds, rttMs, concurrency } = settings;
	say(`network: loading n8n's HTTP Request node from the installed n8n`);
	loadHttpRequestNode();
	const sandbox = await new SipaySandbox({ port: settings.port }).start();
	const proxy = await new LatencyProxy({ host: '127.0.0.1', port: Number(new URL(sandbox.url).port) }, rttMs).start(
		settings.port + 1,
	);
	const merchant = sandbox.payment.merchant;
	const invoices = Array.from({ length: count }, (_, index) => `BENCH-${index}`);
	seedCompletedPayments(sandbox.payment, invoices);
	const checkStatusUrl = `${proxy.url}/ccpayment/api/checkstatus`;

	const harness = new Harness();
	const credentials = { ...sandbox.paymentCredentials(), baseUrl: proxy.url };
	harness.credentials.set('sipayPaymentApi', credentials);

	const tokenOverProxy = async (): Promise<string> => {
		const answer = await fetch(`${proxy.url}/ccpayment/api/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ app_id: merchant.appId, app_secret: merchant.appSecret }),
		});
		return ((await answer.json()) as { data: { token: string } }).data.token;
	};
	// The same body the node sends; a hash_key is good for one request only (fresh per round).
	const signedBody = (invoice: string) => ({
		merchant_key: merchant.merchantKey,
		invoice_id: invoice,
		include_pending_status: true,
		hash_key: generateHashKey([invoice, merchant.merchantKey], merchant.appSecret),
	});
	const expectStatus = (outputs: IDataObject[], label: string) => {
		const good = outputs.filter((json) => ((json.sipay ?? json) as IDataObject).transaction_status === 'Completed').length;
		if (good !== count) throw new Error(`${label}: ${good} of ${count} items answered Completed`);
	};

	// First call of a fresh n8n process: the token request, then the call (each on a new connection).
	const firstCall: IDataObject = {};
	{
		forgetSharedTokens();
		harness.credentials.set('sipayPaymentApi', { ...credentials, token: '' });
		proxy.take();
		const coldStart = performance.now();
		await harness.runSipay({ parameters: nodeParameters(1), items: [{ invoice: invoices[0] }] });
		firstCall.nodeColdMs = performance.now() - coldStart;
		firstCall.nodeColdConnections = proxy.take().connections;
		const warmStart = performance.now();
		await harness.runSipay({ parameters: nodeParameters(1), items: [{ invoice: invoices[0] }] });
		firstCall.nodeWarmMs = performance.now() - warmStart;
		const rawStart = performance.now();
		await tokenOverProxy();
		firstCall.rawTokenMs = performance.now() - rawStart;
	}
	const token = await tokenOverProxy();

	const runSipayNode = (lanes: number) => async () => {
		const { items: output, error } = await harness.runSipay({
			parameters: nodeParameters(lanes),
			items: invoices.map((invoice) => ({ invoice })),
		});
		if (error) throw error;
		expectStatus(output.map((item) => item.json), `Sipay node, concurrency ${lanes}`);
	};
	const runHttpRequestNode = (batchSize?: number) => {
		// Precomputed per item, as a user would with a Code or Crypto node before the HTTP Request.
		let prepared: IDataObject[] = [];
		return {
			prepare: () => {
				prepared = invoices.map((invoice) => ({ token, body: signedBody(invoice) }));
			},
			run: async () => {
				const { items: output, error } = await harness.runNode(httpRequestNode(checkStatusUrl, batchSize, rttMs), prepared);
				if (error) throw error;
				expectStatus(output.map((item) => item.json), 'HTTP Request node');
			},
		};
	};
	const runRawLoop = (lanes: number) => {
		let bodies: string[] = [];
		return {
			prepare: () => {
				bodies = invoices.map((invoice) => JSON.stringify(signedBody(invoice)));
			},
			run: async () => {
				const outputs: IDataObject[] = new Array<IDataObject>(count);
				let next = 0;
				const lane = async () => {
					while (next < count) {
						const index = next++;
						const response = await fetch(checkStatusUrl, {
							method: 'POST',
							headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
							body: bodies[index],
						});
						outputs[index] = (await response.json()) as IDataObject;
					}
				};
				await Promise.all(Array.from({ length: lanes }, lane));
				expectStatus(outputs, 'raw loop');
			},
		};
	};

	const plain = (run: () => Promise<void>) => ({ prepare: () => {}, run });
	const cases: Array<[Variant, { prepare: () => void; run: () => Promise<void> }]> = [
		[variant('Sipay node, one item at a time'), plain(runSipayNode(1))],
		[variant(`Sipay node, Concurrency ${concurrency}`), plain(runSipayNode(concurrency))],
		[variant('HTTP Request node, default (all items at once)'), runHttpRequestNode()],
		[variant(`HTTP Request node, batching ${concurrency} every ${3 * rttMs} ms`), runHttpRequestNode(concurrency)],
		[variant('raw keep-alive fetch loop, 1 at a time'), runRawLoop(1)],
		[variant(`raw keep-alive fetch loop, ${concurrency} at a time`), runRawLoop(concurrency)],
	];
	for (let round = 1; round <= rounds; round++) {
		for (const [measure, { prepare, run }] of cases) {
			say(`network: round ${round}/${rounds}: ${measure.name} (${count} items)`);
			prepare();
			proxy.take();
			const started = performance.now();
			await run();
			measure.perCallMs.push((performance.now() - started) / count);
			const counts = proxy.take();
			measure.connections.push(counts.connections);
			measure.requests.push(counts.requests);
		}
	}
	await proxy.stop();
	await sandbox.stop();
	return { variants: cases.map(([measure]) => measure), firstCall };
}

const variant = (name: string): Variant => ({ name, perCallMs: [], connections: [], requests: [] });

function nodeParameters(concurrency: number): IDataObject {
	return {
		api: 'payment',
		resource: 'payment',
		operation: 'checkStatus',
		invoiceId: '={{ $json.invoice }}',
		options: concurrency > 1 ? { concurrency } : {},
	};
}

/**
 * n8n's HTTP Request node (v4.2) posting a prepared JSON body with a Bearer header. With a batch
 * size, it starts that many items, waits `3 × RTT` (one call's time on a new connection), and so on.
 */
function httpRequestNode(url: string, batchSize: number | undefined, rttMs: number): INode {
	return {
		id: 'http-request',
		name: 'HTTP Request',
		type: HTTP_REQUEST,
		typeVersion: 4.2,
		position: [0, 0],
		parameters: {
			method: 'POST',
			url,
			sendHeaders: true,
			headerParameters: {
				parameters: [
					{ name: 'Authorization', value: '=Bearer {{ $json.token }}' },
					{ name: 'Accept', value: 'application/json' },
				],
			},
			sendBody: true,
			contentType: 'json',
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify($json.body) }}',
			options: batchSize ? { batching: { batch: { batchSize, batchInterval: 3 * rttMs } } } : {},
		},
	};
}

export function printNetwork(settings: NetworkSettings, variants: Variant[], firstCall: IDataObject): void {
	const row = (measure: Variant) => {
		const perCall = median(measure.perCallMs);
		return { perCall, itemsPerSecond: 1000 / perCall, connections: median(measure.connections), requests: median(measure.requests) };
	};
	const [sequential, concurrent, httpAll, httpBatched, rawOne, rawMany] = variants.map(row);
	say('');
	say(
		`Check Status × ${settings.items} through a ${settings.rttMs} ms RTT proxy (handshake +2 RTT per new connection), ` +
			`median of ${settings.rounds} rounds:`,
	);
	say('| Variant | per item | items/s | connections | requests |');
	say('|---|---|---|---|---|');
	variants.forEach((measure) => {
		const { perCall, itemsPerSecond, connections, requests } = row(measure);
		say(`| ${measure.name} | ${perCall.toFixed(2)} ms | ${itemsPerSecond.toFixed(0)} | ${connections} | ${requests} |`);
	});
	const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
	say('');
	say(`Ratios (items/s):`);
	say(`  Concurrency ${settings.concurrency} ÷ one at a time:              ${ratio(concurrent.itemsPerSecond, sequential.itemsPerSecond)}`);
	say(`  Concurrency ${settings.concurrency} ÷ HTTP Request, batching ${settings.concurrency}: ${ratio(concurrent.itemsPerSecond, httpBatched.itemsPerSecond)}`);
	say(`  Concurrency ${settings.concurrency} ÷ HTTP Request, all at once:  ${ratio(concurrent.itemsPerSecond, httpAll.itemsPerSecond)}`);
	say(`  Concurrency ${settings.concurrency} ÷ raw keep-alive, ${settings.concurrency} at a time: ${ratio(concurrent.itemsPerSecond, rawMany.itemsPerSecond)}`);
	say(`  one at a time ÷ raw keep-alive, 1 at a time:    ${ratio(sequential.itemsPerSecond, rawOne.itemsPerSecond)}`);
	say(
		`First call of a fresh process: Sipay node ${Number(firstCall.nodeColdMs).toFixed(0)} ms ` +
			`(${String(firstCall.nodeColdConnections)} connections: token + call), next call ${Number(firstCall.nodeWarmMs).toFixed(0)} ms; ` +
			`a raw token request on a new connection: ${Number(firstCall.rawTokenMs).toFixed(0)} ms`,
	);
}
