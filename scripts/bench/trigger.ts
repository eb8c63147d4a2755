import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import type { IDataObject } from 'n8n-workflow';

import { claimEvent, eventKey, MAX_REMEMBERED } from '../../nodes/Sipay/trigger/dedupe';
import { TOKEN_HEADER } from '../../nodes/Sipay/trigger/businessEvents';
import { TRANSACTION_TYPES, type TxRecord } from '../../test/sandbox/business/state';
import { topupWebhook, withBareNumbers } from '../../test/sandbox/business/webhooks';
import { SipaySandbox } from '../../test/sandbox/server';
import { newWebhookToken, RealN8n } from '../n8n';
import { median, say } from './report';

/**
 * Webhook deliveries per second in a real n8n: the Sipay Trigger (Business API top-ups, secret
 * token checked) next to n8n's built-in Webhook node checking the same header (Header Auth), one
 * trigger node per workflow, same instance, same run, rounds alternating. Then the Sipay Trigger
 * with its Sipay Business credential, which confirms every top-up with Sipay (calls counted), and
 * the trigger's once-per-event memory filling up to its full size.
 */

export interface TriggerSettings {
	port: number;
	/** Deliveries per round and variant. */
	deliveries: number;
	rounds: number;
	/** Deliveries in flight at once (Sipay's senders). */
	parallel: number;
	/** n8n's settings for the run. */
	n8n: N8nSettings;
}

export interface N8nSettings {
	label: string;
	env: Record<string, string>;
}

/**
 * The trigger part runs once per entry. n8n 2.41 gives every webhook request of a trigger other than
 * its own Webhook node, and every execution, an expression sandbox (a V8 isolate, made anew for each);
 * lazy acquisition makes one only when an expression is evaluated.
 */
export const N8N_SETTINGS: N8nSettings[] = [
	{ label: "n8n's defaults", env: {} },
	{ label: 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true', env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } },
];

const SIPAY_PATH = 'bench-sipay-trigger/webhook';
const CONFIRMING_PATH = 'bench-sipay-confirming/webhook';
const FULL_PATH = 'bench-sipay-full/webhook';
const SIPAY_ID = 'benchSipayTrig01';
const CONFIRMING_ID = 'benchSipayConf01';
const FULL_ID = 'benchSipayFull01';
const NO_MEMORY_PATH = 'bench-sipay-no-memory/webhook';
const NO_MEMORY_ID = 'benchSipayNoMem1';
const WEBHOOK_ID = 'benchWebhook0001';
const WEBHOOK_PATH = 'bench-webhook';

export interface TriggerResult {
	webhookPerSecond: number[];
	triggerPerSecond: number[];
	confirmingPerSecond: number[];
	confirmationCalls: number;
	confirmingDeliveries: number;
	/** The verification-only trigger with Run Once Per Event off (no once-per-event memory). */
	noMemoryPerSecond: number[];
	/** The verification-only trigger whose once-per-event memory was full (5,000 keys) from the start. */
	fullPerSecond: number[];
	/** Deliveries answered per second, per workflow id (before the executions were all saved). */
	answered: Record<string, number[]>;
	/** Workflow executions of the full-memory trigger, and deliveries sent to it (one was a replay). */
	fullExecutions: number | undefined;
	fullDeliveries: number;
	/** n8n's resident memory after each round (MB). */
	n8nRssMb: number[];
	/** In-process cost of one claim (check + record + copy to static data) at each memory size. */
	claimMicros: Array<{ keys: number; micros: number }>;
	statuses: Record<string, number>;
}

function workflows(token: string, remembered: IDataObject) {
	const sipayTrigger = (id: string, webhookId: string, withCredential: boolean, memory?: IDataObject, options: IDataObject = {}) => ({
		id,
		name: `Bench: Sipay Trigger${withCredential ? ' (confirming)' : ''}${memory ? ' (memory full)' : ''}${options.deduplicate === false ? ' (no memory)' : ''}`,
		active: true,
		// What the trigger saved in an earlier run: it learns these keys back at its first delivery.
		...(memory ? { staticData: { 'node:Sipay Trigger': memory } } : {}),
		nodes: [
			{
				id: 'trigger',
				name: 'Sipay Trigger',
				type: 'n8n-nodes-sipay.sipayTrigger',
				typeVersion: 1.1,
				position: [0, 0],
				webhookId,
				parameters: { source: 'business', events: ['*'], verification: 'secretToken', secretToken: token, options },
				...(withCredential ? { credentials: { sipayBusinessApi: { id: 'benchBiz1', name: 'Sipay Business (bench)' } } } : {}),
			},
		],
		connections: {},
		settings: {},
	});
	return [
		sipayTrigger(SIPAY_ID, 'bench-sipay-trigger', false),
		sipayTrigger(CONFIRMING_ID, 'bench-sipay-confirming', true),
		sipayTrigger(FULL_ID, 'bench-sipay-full', false, remembered),
		sipayTrigger(NO_MEMORY_ID, 'bench-sipay-no-memory', false, undefined, { deduplicate: false }),
		{
			id: WEBHOOK_ID,
			name: 'Bench: Webhook node',
			active: true,
			nodes: [
				{
					id: 'webhook',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: 'bench-webhook-node',
					parameters: { httpMethod: 'POST', path: WEBHOOK_PATH, authentication: 'headerAuth', responseMode: 'onReceived', options: {} },
					credentials: { httpHeaderAuth: { id: 'benchHeader1', name: 'Sipay webhook token (bench)' } },
				},
			],
			connections: {},
			settings: {},
		},
	];
}

/** Top-up records in the simulator and the JSON Sipay would POST for each (distinct events). */
function topups(sandbox: SipaySandbox, count: number, ids: string[] = []): string[] {
	const state = sandbox.business.state;
	const wallet = state.ownWallets()[0];
	const bodies: string[] = [];
	for (let index = 0; index < count; index++) {
		const record: TxRecord = state.addRecord({
			type: TRANSACTION_TYPES.topup,
			from: null,
			to: wallet,
			amount: 1000 + index,
			fee: 0,
			currency: 'TRY',
			extTransactionId: null,
			description: `Bench top-up ${index}`,
			additionalData: {},
			processLevel: 20,
		});
		ids.push(record.id);
		const { payload, bareNumbers } = topupWebhook(state, record);
		bodies.push(withBareNumbers(payload, bareNumbers));
	}
	return bodies;
}

async function deliverAll(
	url: string,
	bodies: string[],
	token: string,
	parallel: number,
	statuses: Record<string, number>,
): Promise<number> {
	let next = 0;
	const started = performance.now();
	const lane = async () => {
		while (next < bodies.length) {
			const body = bodies[next++];
			const answer = await fetch(url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
				body,
			});
			await answer.arrayBuffer();
			statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: parallel }, lane));
	return bodies.length / ((performance.now() - started) / 1000);
}

/** What one claim costs in this process as the memory fills (check, record, copy into static data). */
export function claimCost(): Array<{ keys: number; micros: number }> {
	const scope = `bench-${Date.now()}`;
	const staticData = {};
	const points = [1, 100, 1000, 2500, MAX_REMEMBERED];
	const result: Array<{ keys: number; micros: number }> = [];
	let keys = 0;
	for (const point of points) {
		while (keys < point - 1) claimEvent(scope, staticData, [eventKey('fill', keys++)]);
		const samples = 200;
		const started = performance.now();
		for (let sample = 0; sample < samples; sample++) {
			claimEvent(scope, staticData, [eventKey('measure', point, sample)]);
			JSON.stringify(staticData); // n8n saves the workflow's static data after each change
		}
		keys += samples;
		result.push({ keys: point, micros: ((performance.now() - started) * 1000) / samples });
	}
	return result;
}

export async function triggerBench(settings: TriggerSettings): Promise<TriggerResult> {
	const { port, deliveries, rounds, parallel } = settings;
	const sandbox = await new SipaySandbox({ port }).start();
	const token = newWebhookToken();
	// The full-memory trigger remembers 5,000 events; the newest is the first one it will be sent
	// again (a replay, which must not start the workflow: proof that it learned the keys).
	const fullIds: string[] = [];
	const fullBodies = [topups(sandbox, 1, fullIds), ...Array.from({ length: rounds }, () => topups(sandbox, deliveries))];
	const remembered: IDataObject = {};
	const earlier = `bench-earlier-${Date.now()}`;
	for (let index = 0; index < MAX_REMEMBERED - 1; index++) claimEvent(earlier, remembered, [eventKey('earlier', index)]);
	claimEvent(earlier, remembered, [eventKey('topup', fullIds[0])]);
	const n8n = new RealN8n({
		port: port + 10,
		credentials: [
			{
				id: 'benchBiz1',
				name: 'Sipay Business (bench)',
				type: 'sipayBusinessApi',
				data: sandbox.businessCredentials(),
			},
			{
				id: 'benchHeader1',
				name: 'Sipay webhook token (bench)',
				type: 'httpHeaderAuth',
				data: { name: TOKEN_HEADER, value: token },
			},
		],
		workflows: workflows(token, remembered),
		env: settings.n8n.env,
		progress: (step, index, count) => say(`trigger: n8n ${index}/${count}: ${step}`),
	});
	const statuses: Record<string, number> = {};
	const rssMb = () => {
		const pid = (n8n as unknown as { process?: { pid?: number } }).process?.pid;
		try {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
		} catch {
			return NaN;
		}
	};
	try {
		n8n.prepare();
		say(`trigger: starting n8n on port ${port + 10}`);
		await n8n.start();
		// Webhooks are registered shortly after n8n is ready: wait until each answers (a refusal).
		for (const path of [SIPAY_PATH, CONFIRMING_PATH, FULL_PATH, NO_MEMORY_PATH, WEBHOOK_PATH]) {
			for (let attempt = 0; ; attempt++) {
				const answer = await fetch(`${n8n.url}/webhook/${path}`, { method: 'POST', body: '{}' });
				if (answer.status !== 404) break;
				if (attempt > 120) throw new Error(`webhook ${path} not registered`);
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
		}
		// A round is timed from its first delivery until n8n has saved the last of its executions: the
		// Sipay Trigger answers Sipay before n8n creates the execution, the Webhook node after.
		const finished = async (workflowId: string) => {
			const filter = encodeURIComponent(JSON.stringify({ workflowId, status: ['success'] }));
			const answer = await n8n.rest<{ count?: number }>('GET', `/executions?filter=${filter}&limit=1`);
			return Number(answer.data?.count ?? 0);
		};
		const answered: Record<string, number[]> = {};
		const measure = async (workflowId: string, path: string, bodies: string[], runs: number) => {
			const before = await finished(workflowId);
			const started = performance.now();
			const answerRate = await deliverAll(`${n8n.url}/webhook/${path}`, bodies, token, parallel, statuses);
			(answered[workflowId] ??= []).push(answerRate);
			const deadline = Date.now() + 600_000;
			while ((await finished(workflowId)) < before + runs) {
				if (Date.now() > deadline) throw new Error(`executions of ${workflowId} did not finish`);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			return runs / ((performance.now() - started) / 1000);
		};
		const send = async (workflowId: string, path: string, count: number) =>
			await measure(workflowId, path, topups(sandbox, count), count);
		say(`trigger: warming up`);
		await send(WEBHOOK_ID, WEBHOOK_PATH, 20);
		await send(SIPAY_ID, SIPAY_PATH, 20);
		await send(CONFIRMING_ID, CONFIRMING_PATH, 20);
		await send(NO_MEMORY_ID, NO_MEMORY_PATH, 20);
		await measure(FULL_ID, FULL_PATH, fullBodies[0], 0); // the replay: no execution
		const result: TriggerResult = {
			webhookPerSecond: [],
			triggerPerSecond: [],
			confirmingPerSecond: [],
			fullPerSecond: [],
			noMemoryPerSecond: [],
			answered,
			confirmationCalls: 0,
			confirmingDeliveries: deliveries * rounds,
			fullExecutions: undefined,
			fullDeliveries: 1 + deliveries * rounds,
			n8nRssMb: [],
			claimMicros: [],
			statuses,
		};
		const apiCalls = () => sandbox.requests.filter((request) => request.path.startsWith('/sts/') || request.path.startsWith('/ids/')).length;
		for (let round = 1; round <= rounds; round++) {
			say(`trigger: round ${round}/${rounds}: ${deliveries} deliveries to each workflow, ${parallel} at a time`);
			result.webhookPerSecond.push(await send(WEBHOOK_ID, WEBHOOK_PATH, deliveries));
			result.triggerPerSecond.push(await send(SIPAY_ID, SIPAY_PATH, deliveries));
			result.fullPerSecond.push(await measure(FULL_ID, FULL_PATH, fullBodies[round], deliveries));
			result.noMemoryPerSecond.push(await send(NO_MEMORY_ID, NO_MEMORY_PATH, deliveries));
			const before = apiCalls();
			result.confirmingPerSecond.push(await send(CONFIRMING_ID, CONFIRMING_PATH, deliveries));
			result.confirmationCalls += apiCalls() - before;
			result.n8nRssMb.push(rssMb());
		}
		result.fullExecutions = await finished(FULL_ID);
		result.claimMicros = claimCost();
		return result;
	} finally {
		await n8n.stop();
		await sandbox.stop();
		rmSync(n8n.userFolder, { recursive: true, force: true }); // its database and the unpacked package
	}
}

export function printTrigger(settings: TriggerSettings, result: TriggerResult): void {
	const webhook = median(result.webhookPerSecond);
	const trigger = median(result.triggerPerSecond);
	const confirming = median(result.confirmingPerSecond);
	say('');
	say(
		`Webhook deliveries in a real n8n (${settings.n8n.label}; SQLite, executions saved), ${settings.deliveries} per round, ` +
			`${settings.parallel} at a time, median of ${settings.rounds} rounds:`,
	);
	const answers = (id: string) => median(result.answered[id] ?? [NaN]).toFixed(0);
	say('| Workflow (one trigger node) | deliveries/s, executions saved | answers/s |');
	say('|---|---|---|');
	say(`| n8n Webhook node, Header Auth | ${webhook.toFixed(1)} | ${answers(WEBHOOK_ID)} |`);
	say(`| Sipay Trigger, secret token (verification only) | ${trigger.toFixed(1)} | ${answers(SIPAY_ID)} |`);
	say(`| Sipay Trigger, secret token, once-per-event memory full (5,000 keys) | ${median(result.fullPerSecond).toFixed(1)} | ${answers(FULL_ID)} |`);
	say(`| Sipay Trigger, secret token, Run Once Per Event off | ${median(result.noMemoryPerSecond).toFixed(1)} | ${answers(NO_MEMORY_ID)} |`);
	say(`| Sipay Trigger, secret token + confirmation with Sipay | ${confirming.toFixed(1)} | ${answers(CONFIRMING_ID)} |`);
	say(`  Sipay Trigger ÷ Webhook node (verification only): ${(trigger / webhook).toFixed(2)}×`);
	say(`  Sipay Trigger with a full memory ÷ Webhook node: ${(median(result.fullPerSecond) / webhook).toFixed(2)}×`);
	say(`  Sipay Trigger with Run Once Per Event off ÷ Webhook node: ${(median(result.noMemoryPerSecond) / webhook).toFixed(2)}×`);
	say(
		`  confirmation calls to the Sipay Business API: ${result.confirmationCalls} for ${result.confirmingDeliveries} deliveries ` +
			`(token requests included)`,
	);
	say(`  answers: ${Object.entries(result.statuses).map(([status, count]) => `HTTP ${status} × ${count}`).join(', ')}`);
	say(
		`  full-memory trigger: ${String(result.fullExecutions)} executions for ${result.fullDeliveries} deliveries ` +
			`(the first was a replay of a remembered event)`,
	);
	say(`  n8n resident memory after each round: ${result.n8nRssMb.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}`);
	say(
		`  one claim in-process (check + record + static data copy serialised): ` +
			result.claimMicros.map(({ keys, micros }) => `${keys} keys ${micros.toFixed(0)} µs`).join(', '),
	);
}
