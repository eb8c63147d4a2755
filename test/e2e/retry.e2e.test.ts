import type { IDataObject } from 'n8n-workflow';

import { RealN8n, simulatorCredentials } from '../../scripts/n8n';
import { BUYER, VISA } from '../engine/payment/helpers';
import { SipaySandbox } from '../sandbox/server';

/**
 * A money-moving step whose answer is lost fails its execution; the user retries that execution
 * from n8n's Executions list (`POST /rest/executions/:id/retry`, a new execution). In a real n8n
 * 2.41.1 with the packed package: the retry sends the same default idempotency key, Sipay refuses
 * the repeat, and the money moves once. Also: n8n's own repeat after a 401 goes with a fresh hash_key.
 */

jest.setTimeout(120_000);

const N8N_PORT = 26678;
const B2P = '/sts/v1/Transaction/BusinessToPersonalTransfer';
const PAY = '/ccpayment/api/paySmart2D';
const REFUND = '/ccpayment/api/refund';
const MAIN_WALLET = '754938444';

const sandbox = new SipaySandbox();
let n8n: RealN8n;

const PAYMENT_CREDENTIAL = { sipayPaymentApi: { id: 'sipayPaySandbox1', name: 'Sipay Payment (simulator)' } };
const BUSINESS_CREDENTIAL = { sipayBusinessApi: { id: 'sipayBizSandbox1', name: 'Sipay Business (simulator)' } };

const webhook = (id: string, webhookId: string, path: string, method = 'POST') => ({
	id,
	name: id,
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position: [0, 0],
	webhookId,
	parameters: { httpMethod: method, path, responseMode: 'onReceived', options: {} },
});

const sipay = (name: string, x: number, credentials: IDataObject, parameters: IDataObject) => ({
	id: name.toLowerCase(),
	name,
	type: 'n8n-nodes-sipay.sipay',
	typeVersion: 1,
	position: [x, 0],
	credentials,
	parameters,
});

const chain = (...names: string[]) =>
	Object.fromEntries(names.slice(0, -1).map((name, index) => [name, { main: [[{ node: names[index + 1], type: 'main', index: 0 }]] }]));

/** Webhook → wallet transfer with the default ext_transaction_id. */
const transferWorkflow = {
	id: 'sipayRetryXfer01',
	name: 'Retry: wallet transfer',
	active: true,
	nodes: [
		webhook('transferHook', '5d0f3c1e-7a2b-4f4e-9c11-000000000001', 'sipay-retry/transfer'),
		webhook('readyHook', '5d0f3c1e-7a2b-4f4e-9c11-000000000002', 'sipay-retry/ready', 'GET'),
		sipay('Transfer', 260, BUSINESS_CREDENTIAL, {
			api: 'business',
			resource: 'transfer',
			operation: 'toPersonalWallet',
			senderAccountNumber: '1122334455',
			senderWalletNumber: MAIN_WALLET,
			receiverWalletNumber: '484863917',
			amount: '={{ $json.body.amount }}',
			currency: 'TRY',
		}),
	],
	connections: chain('transferHook', 'Transfer'),
	settings: { executionOrder: 'v1' },
	pinData: {},
};

/** Webhook → card payment → refund with the default refund_transaction_id. */
const refundWorkflow = {
	id: 'sipayRetryRefund1',
	name: 'Retry: pay, then refund',
	active: true,
	nodes: [
		webhook('refundHook', '5d0f3c1e-7a2b-4f4e-9c11-000000000003', 'sipay-retry/refund'),
		sipay('Pay', 260, PAYMENT_CREDENTIAL, {
			api: 'payment',
			resource: 'payment',
			operation: 'pay',
			invoiceId: '={{ $json.body.invoice_id }}',
			amount: '={{ $json.body.amount }}',
			currency: 'TRY',
			installments: 1,
			invoiceDescription: 'Order',
			...VISA,
			...BUYER,
			customerIp: '={{ $json.body.ip }}',
		}),
		sipay('Refund', 520, PAYMENT_CREDENTIAL, {
			api: 'payment',
			resource: 'payment',
			operation: 'refund',
			invoiceId: "={{ $('refundHook').item.json.body.invoice_id }}",
			amount: "={{ $('refundHook').item.json.body.refund }}",
		}),
	],
	connections: chain('refundHook', 'Pay', 'Refund'),
	settings: { executionOrder: 'v1' },
	pinData: {},
};

interface ExecutionSummary {
	id: string;
	status: string;
	mode: string;
	retryOf?: string | null;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

const executionsOf = async (workflowId: string) =>
	(
		await n8n.rest<{ results: ExecutionSummary[] }>(
			'GET',
			`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=20`,
		)
	).data.results;

/** Starts the workflow through its webhook and waits for its execution to fail. */
async function failedExecution(workflowId: string, path: string, body: unknown): Promise<ExecutionSummary> {
	const started = await fetch(`${n8n.url}/webhook/${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	expect(started.status).toBe(200);
	const executions = await eventually(
		() => executionsOf(workflowId),
		(list) => list.some((execution) => execution.status === 'error'),
	);
	const failed = executions.find((execution) => execution.status === 'error');
	expect(failed).toBeDefined();
	return failed!;
}

/** What the Executions list's Retry button does ("Retry with original workflow"). */
const retry = async (executionId: string) =>
	await n8n.rest<ExecutionSummary & Record<string, unknown>>('POST', `/executions/${executionId}/retry`, { loadWorkflow: false });

const walletBalance = () => {
	const wallet = sandbox.business.state.wallets.get(MAIN_WALLET)!;
	return (wallet.payment + wallet.cash) / 100;
};

beforeAll(async () => {
	await sandbox.start();
	n8n = new RealN8n({
		port: N8N_PORT,
		credentials: simulatorCredentials(sandbox),
		workflows: [transferWorkflow, refundWorkflow],
	});
	n8n.prepare();
	await n8n.start('sipay-retry/ready');
}, 1_200_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox.stop();
}, 60_000);

describe("n8n's execution retry (Executions list › Retry) in a real n8n", () => {
	it('a wallet transfer whose answer was lost: the retry sends the same ext_transaction_id, the money moves once', async () => {
		const before = walletBalance();
		sandbox.faults.add({ path: B2P, fault: { kind: 'dropAnswer' }, times: 1 });
		const failed = await failedExecution(transferWorkflow.id, 'sipay-retry/transfer', { amount: 25 });
		// The money moved; the answer never arrived.
		expect(walletBalance()).toBe(before - 25);

		const retried = await retry(failed.id);
		expect(retried.status).toBe(200);
		expect(retried.data).toMatchObject({ mode: 'retry', retryOf: failed.id, status: 'error' });
		expect(retried.data.id).not.toBe(failed.id);
		expect(JSON.stringify(retried.data)).toContain('Sipay Business API error 301');

		const calls = sandbox.requestsTo(B2P);
		expect(calls).toHaveLength(2);
		expect(calls[0].body.ext_transaction_id).toMatch(/^ext-[0-9a-f]{24}$/);
		expect(calls[1].body.ext_transaction_id).toBe(calls[0].body.ext_transaction_id);
		expect(calls.map((call) => call.status)).toEqual([0, 200]);
		expect(walletBalance()).toBe(before - 25);
		expect(sandbox.business.state.records.filter((record) => record.extTransactionId === calls[0].body.ext_transaction_id)).toHaveLength(1);

		const listed = await executionsOf(transferWorkflow.id);
		expect(listed.find((execution) => execution.id === retried.data.id)).toMatchObject({ mode: 'retry', retryOf: failed.id });
	});

	it('pay, then a refund whose answer was lost: the retry continues at the refund with the same refund_transaction_id', async () => {
		sandbox.faults.add({ path: REFUND, fault: { kind: 'dropAnswer' }, times: 1 });
		const order = { invoice_id: 'E2E-RETRY-REFUND-1', amount: '30.00', refund: '10.00', ip: '88.255.1.10' };
		const failed = await failedExecution(refundWorkflow.id, 'sipay-retry/refund', order);
		expect(sandbox.payment.state.payments.get(order.invoice_id)?.refunds).toHaveLength(1);

		const retried = await retry(failed.id);
		expect(retried.data).toMatchObject({ mode: 'retry', retryOf: failed.id, status: 'error' });
		expect(JSON.stringify(retried.data)).toContain('Sipay Payment API error 104');

		// n8n resumes at the failed node: the card is not charged again, the refund is refused as a repeat.
		expect(sandbox.requestsTo(PAY)).toHaveLength(1);
		const refunds = sandbox.requestsTo(REFUND);
		expect(refunds).toHaveLength(2);
		expect(refunds[0].body.refund_transaction_id).toMatch(/^refund-[0-9a-f]{24}$/);
		expect(refunds[1].body.refund_transaction_id).toBe(refunds[0].body.refund_transaction_id);
		expect(refunds[1].body.hash_key).not.toBe(refunds[0].body.hash_key);
		const payment = sandbox.payment.state.payments.get(order.invoice_id);
		expect(payment?.refunds).toHaveLength(1);
		expect(payment?.status).toBe('Partially Refunded');
	});

	it("right after a token revocation, n8n's repeat of each signed call carries a new iv and salt", async () => {
		sandbox.payment.revokeTokens();
		const before = { pay: sandbox.requestsTo(PAY).length, refund: sandbox.requestsTo(REFUND).length };
		const order = { invoice_id: 'E2E-REVOKED-1', amount: '20.00', refund: '5.00', ip: '88.255.1.10' };
		await fetch(`${n8n.url}/webhook/sipay-retry/refund`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(order),
		});
		await eventually(
			async () => sandbox.payment.state.payments.get(order.invoice_id)?.refunds.length ?? 0,
			(count) => count === 1,
		);
		const pays = sandbox.requestsTo(PAY).slice(before.pay);
		expect(pays.map((call) => call.status)).toEqual([401, 200]);
		const randomness = (hashKey: unknown) => String(hashKey).split(':').slice(0, 2).join(':');
		expect(randomness(pays[1].body.hash_key)).not.toBe(randomness(pays[0].body.hash_key));
		// The token n8n fetched after the 401 is stored with the credential: the refund goes through at once.
		expect(sandbox.requestsTo(REFUND).slice(before.refund).map((call) => call.status)).toEqual([200]);
	});
});
