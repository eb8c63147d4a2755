import { randomUUID } from 'node:crypto';

import { loadExample, RealN8n, simulatorCredentials } from '../../scripts/n8n';
import { Postgres, Redis } from '../harness/services';
import { saleWebhookFields } from '../sandbox/payment/results';
import { SipaySandbox } from '../sandbox/server';

/**
 * n8n in queue mode, as operators run it: a main process, two workers and a webhook processor on
 * PostgreSQL and Redis (Debian's packages, started here on loopback ports), the packed package
 * installed into every process's user folder, against the Sipay simulator.
 */

const BASE = 31600;
const PORTS = { main: BASE, worker1: BASE + 10, worker2: BASE + 20, webhook: BASE + 30, postgres: BASE + 40, redis: BASE + 41 };
const HEALTH = { worker1: BASE + 12, worker2: BASE + 22 };
const PAN = '4508034508034509';
const DECLINED_PAN = '4000000000000002';

const sandbox = new SipaySandbox();
const postgres = new Postgres(PORTS.postgres);
const redis = new Redis(PORTS.redis);
let main: RealN8n;
let workers: RealN8n[] = [];
let webhookProcess: RealN8n;
const figures: string[] = [];

function shared(): Record<string, string> {
	return { ...postgres.n8nEnv, ...redis.n8nEnv, EXECUTIONS_MODE: 'queue', DB_POSTGRESDB_POOL_SIZE: '10' };
}

/** The dedupe_key recipe: Sipay Trigger → insert into a unique key → continue only when inserted. */
function onceRecipe(sandboxUrl: string): Record<string, unknown> {
	return {
		id: 'sipayQueueOnce01',
		name: 'Sipay: once across processes',
		active: true,
		nodes: [
			{
				id: 'trigger',
				name: 'Sipay Trigger',
				type: 'n8n-nodes-sipay.sipayTrigger',
				typeVersion: 1,
				position: [0, 0],
				webhookId: 'sipay-once',
				credentials: { sipayPaymentApi: { id: 'sipayPaySandbox1', name: 'Sipay Payment (simulator)' } },
				parameters: { source: 'payment', events: ['*'], options: {} },
			},
			{
				id: 'claim',
				name: 'Claim Event',
				type: 'n8n-nodes-base.postgres',
				typeVersion: 2.5,
				position: [220, 0],
				credentials: { postgres: { id: 'sipayQueuePg01', name: 'Events database' } },
				parameters: {
					operation: 'executeQuery',
					query: 'INSERT INTO sipay_events (dedupe_key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING dedupe_key',
					options: { queryReplacement: '={{ $json.dedupe_key }}' },
				},
			},
			{
				id: 'record',
				name: 'Record Event',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [440, 0],
				parameters: {
					method: 'POST',
					url: `${sandboxUrl}/sandbox/sink`,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ once: $json.dedupe_key }) }}',
					options: {},
				},
			},
		],
		connections: {
			'Sipay Trigger': { main: [[{ node: 'Claim Event', type: 'main', index: 0 }]] },
			'Claim Event': { main: [[{ node: 'Record Event', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

async function postJson(url: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
	const text = await response.text();
	let json: Record<string, unknown> = {};
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch {
		json = { text };
	}
	return { status: response.status, json };
}

/** A CVV no other value in the database looks like, so finding it means finding card data. */
const MARKED_CVV = '"7391"';

const order = (invoiceId: string, number = PAN, expiryYear = '2030', cvv = '000') => ({
	invoice_id: invoiceId,
	amount: '12.00',
	ip: '88.255.1.10',
	card: { holder: 'Ayse Yilmaz', number, expiry_month: '12', expiry_year: expiryYear, cvv: cvv.replace(/"/g, '') },
	buyer: { name: 'Ayse', surname: 'Yilmaz' },
});

const tokenRequests = (path: string) => sandbox.requestsTo(path).length;
const executionsPerWorker = () => workers.map((worker) => worker.output.filter((line) => line.includes('Worker started execution')).length);
const accepted = (path: string, field: string, value: string) =>
	sandbox.requestsTo(path).filter((request) => request.status === 200 && String(request.body[field]) === value).length;

beforeAll(async () => {
	await sandbox.start();
	await postgres.start();
	await redis.start();
	postgres.query('CREATE TABLE sipay_events (dedupe_key text PRIMARY KEY, at timestamptz DEFAULT now())');
	const n8nUrl = `http://127.0.0.1:${PORTS.main}`;
	main = new RealN8n({
		port: PORTS.main,
		credentials: [
			...simulatorCredentials(sandbox),
			{
				id: 'sipayQueuePg01',
				name: 'Events database',
				type: 'postgres',
				data: { host: '127.0.0.1', port: PORTS.postgres, database: postgres.database, user: postgres.user, password: 'unused', ssl: 'disable' },
			},
		],
		workflows: [
			loadExample('card-payment-2d.json', { sandboxUrl: sandbox.url, n8nUrl, webhookToken: randomUUID() }),
			loadExample('wallet-payout.json', { sandboxUrl: sandbox.url, n8nUrl, webhookToken: randomUUID() }),
			loadExample('payment-notifications.json', { sandboxUrl: sandbox.url, n8nUrl, webhookToken: randomUUID() }),
			onceRecipe(sandbox.url),
		],
		env: shared(),
	});
	main.prepare();
	await main.start();
	workers = [
		new RealN8n({ port: PORTS.worker1, credentials: [], workflows: [], command: 'worker', env: { ...shared(), N8N_LOG_LEVEL: 'info', QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(HEALTH.worker1) } }),
		new RealN8n({ port: PORTS.worker2, credentials: [], workflows: [], command: 'worker', env: { ...shared(), N8N_LOG_LEVEL: 'info', QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(HEALTH.worker2) } }),
	];
	webhookProcess = new RealN8n({ port: PORTS.webhook, credentials: [], workflows: [], command: 'webhook', env: shared() });
	for (const process of [...workers, webhookProcess]) process.installPackage();
	await Promise.all([...workers.map((worker) => worker.start()), webhookProcess.start('sipay-payment-events/3ds-return')]);
}, 1_200_000);

afterAll(async () => {
	process.stdout.write(`queue mode (main + 2 workers + webhook processor, PostgreSQL, Redis): ${figures.join('; ')}\n`);
	try {
		await Promise.all([...workers, webhookProcess, main].map((process) => process?.stop()));
		await redis.stop();
		postgres.stop();
	} finally {
		await sandbox.stop();
	}
}, 120_000);

describe('n8n queue mode', () => {
	it('a cold burst of 40 payments: spread over both workers, few token requests, each charge sent once', async () => {
		const tokensBefore = tokenRequests('/ccpayment/api/token');
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, index) => postJson(`${main.url}/webhook/sipay-demo/pay`, order(`Q-PAY-${index}`))),
		);
		expect(answers.map((answer) => answer.json.approved)).toEqual(Array(40).fill(true));
		const coldTokens = tokenRequests('/ccpayment/api/token') - tokensBefore;
		for (let index = 0; index < 40; index++) expect(accepted('/ccpayment/api/paySmart2D', 'invoice_id', `Q-PAY-${index}`)).toBe(1);

		// A revocation in the middle of the next burst: every execution still succeeds, none is charged twice.
		const revokeBefore = tokenRequests('/ccpayment/api/token');
		const paysBefore = sandbox.requestsTo('/ccpayment/api/paySmart2D').length;
		const watcher = setInterval(() => {
			if (sandbox.requestsTo('/ccpayment/api/paySmart2D').length >= paysBefore + 15) {
				sandbox.payment.revokeTokens();
				clearInterval(watcher);
			}
		}, 5);
		const second = await Promise.all(
			Array.from({ length: 40 }, (_, index) => postJson(`${main.url}/webhook/sipay-demo/pay`, order(`Q-PAY-R${index}`))),
		);
		clearInterval(watcher);
		expect(second.map((answer) => answer.json.approved)).toEqual(Array(40).fill(true));
		for (let index = 0; index < 40; index++) expect(accepted('/ccpayment/api/paySmart2D', 'invoice_id', `Q-PAY-R${index}`)).toBe(1);
		const revokedTokens = tokenRequests('/ccpayment/api/token') - revokeBefore;
		const spread = executionsPerWorker();
		expect(spread.every((count) => count > 0)).toBe(true);
		figures.push(
			`executions per worker ${spread.join(' / ')}`,
			`Payment API token requests: cold burst of 40 → ${coldTokens}, burst of 40 with a revocation → ${revokedTokens}`,
			'80 of 80 payments approved, each charged once',
		);
		expect(coldTokens).toBeLessThanOrEqual(3);
	}, 600_000);

	it('40 payouts at once: each sent once, few Business token requests', async () => {
		const tokensBefore = tokenRequests('/ids/connect/token');
		const answers = await Promise.all(
			Array.from({ length: 40 }, (_, index) =>
				postJson(`${main.url}/webhook/sipay-demo/payout`, {
					name: 'BURAK YILMAZ',
					iban: 'TR220006221935787735797651',
					national_id: '10000000146',
					amount: '20.00',
					reference: `Q-PO-${index}`,
				}),
			),
		);
		expect(answers.every((answer) => answer.status === 200)).toBe(true);
		for (let index = 0; index < 40; index++) {
			expect(accepted('/sts/v1/Transaction/SendMoneyToBankAccount', 'ext_transaction_id', `Q-PO-${index}`)).toBe(1);
		}
		const tokens = tokenRequests('/ids/connect/token') - tokensBefore;
		figures.push(`Business API token requests for 40 payouts at once → ${tokens}; each payout sent once`);
		expect(tokens).toBeLessThanOrEqual(3);
	}, 600_000);

	it('no card number or CVV stays in the database once n8n has pruned the finished card executions', async () => {
		// Approved (the bursts above), declined by the bank, and failed before sending (expired card).
		await postJson(`${main.url}/webhook/sipay-demo/pay`, order('Q-PAY-DECLINED', DECLINED_PAN, '2030', MARKED_CVV));
		await postJson(`${main.url}/webhook/sipay-demo/pay`, order('Q-PAY-EXPIRED', PAN, '2019', MARKED_CVV));
		const dump = () => postgres.dump();
		const count = (text: string, needle: string) => text.split(needle).length - 1;
		const before = dump();
		const started = Date.now();
		let after = before;
		while (Date.now() - started < 240_000) {
			after = dump();
			if (count(after, PAN) + count(after, DECLINED_PAN) + count(after, MARKED_CVV) === 0) break;
			await new Promise((resolve) => setTimeout(resolve, 5000));
		}
		const seconds = Math.round((Date.now() - started) / 1000);
		const pans = (text: string) => count(text, PAN) + count(text, DECLINED_PAN);
		figures.push(
			`card data in PostgreSQL right after the runs: ${pans(before)} PANs, ${count(before, MARKED_CVV)} CVVs; after n8n's hard-delete cycle (${seconds} s): ${pans(after)} PANs, ${count(after, MARKED_CVV)} CVVs`,
		);
		// The check can see card data: it is there until n8n deletes the executions.
		expect(pans(before)).toBeGreaterThan(0);
		expect(count(before, MARKED_CVV)).toBeGreaterThan(0);
		expect(pans(after)).toBe(0);
		expect(count(after, MARKED_CVV)).toBe(0);
	}, 600_000);

	it('the trigger across main and the webhook processor: what holds, and what the dedupe_key recipe adds', async () => {
		const events = 5;
		for (let index = 0; index < events; index++) await postJson(`${main.url}/webhook/sipay-demo/pay`, order(`Q-EVT-${index}`));
		// The Pay example sends no sale webhook key: these are the sale webhooks Sipay sends for such payments.
		const payloads = Array.from({ length: events }, (_, index) =>
			saleWebhookFields(sandbox.payment, sandbox.payment.state.payments.get(`Q-EVT-${index}`)!),
		);
		const form = (payload: Record<string, unknown>) =>
			new URLSearchParams(Object.entries(payload).map(([key, value]): [string, string] => [key, String(value)])).toString();
		const deliver = (process: RealN8n, webhookId: string, payload: Record<string, unknown>) =>
			fetch(`${process.url}/webhook/${webhookId}/webhook`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: form(payload),
			}).then((response) => response.status);
		const sinkBefore = sandbox.sink.length;
		const statuses = await Promise.all(
			payloads.flatMap((payload) =>
				Array.from({ length: 10 }, (_, index) => [
					deliver(index % 2 ? webhookProcess : main, 'sipay-payment-events', payload),
					deliver(index % 2 ? webhookProcess : main, 'sipay-once', payload),
				]).flat(),
			),
		);
		const answers = statuses.reduce<Record<number, number>>((tally, status) => ({ ...tally, [status]: (tally[status] ?? 0) + 1 }), {});
		expect(answers).toEqual({ 200: statuses.length });
		let settled = -1;
		while (settled !== sandbox.sink.length) {
			settled = sandbox.sink.length;
			await new Promise((resolve) => setTimeout(resolve, 4000));
		}
		const rows = sandbox.sink.slice(sinkBefore);
		const plain = rows.filter((row) => row.event !== undefined).length;
		const once = rows.filter((row) => row.once !== undefined);
		figures.push(
			`trigger, ${events} events × 10 identical deliveries at once (to each of two workflows) split over main and the webhook processor: ${plain} executions with the trigger alone (at most one per process and event), ${once.length} with the dedupe_key recipe`,
		);
		expect(plain).toBeGreaterThanOrEqual(events);
		expect(plain).toBeLessThanOrEqual(events * 2);
		expect(once).toHaveLength(events);
		expect(new Set(once.map((row) => row.once)).size).toBe(events);
	}, 600_000);
});
