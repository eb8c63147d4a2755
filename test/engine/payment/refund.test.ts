import type { IDataObject } from 'n8n-workflow';

import { checkStatus, decryptedHash, operation, payParameters, registerWebhook, useSandbox } from './helpers';

describe('Payment › Refund', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const refund = (extra: IDataObject = {}): IDataObject => ({
		...operation('payment', 'refund'),
		invoiceId: 'INV-R-1',
		amount: 10,
		...extra,
	});

	beforeEach(async () => {
		const { items } = await context.harness.runSipay({ parameters: payParameters('INV-R-1', 50) });
		expect(items[0].json.approved).toBe(true);
		sandbox.requests.length = 0;
	});

	it('sends a signed request with the app credentials and always a refund transaction ID', async () => {
		const { items, error } = await context.harness.runSipay({ parameters: refund() });
		expect(error).toBeUndefined();
		const [call] = sandbox.requestsTo('/ccpayment/api/refund');
		const merchant = sandbox.payment.merchant;
		expect(call.body).toMatchObject({
			invoice_id: 'INV-R-1',
			amount: '10.00',
			app_id: merchant.appId,
			app_secret: merchant.appSecret,
			merchant_key: merchant.merchantKey,
			refund_transaction_id: expect.stringMatching(/^refund-[0-9a-f]{24}$/),
		});
		expect(decryptedHash(call.body.hash_key, sandbox)).toBe(`10.00|INV-R-1|${merchant.merchantKey}`);
		expect(items[0].json).toMatchObject({
			refunded: true,
			queued: false,
			invoice_id: 'INV-R-1',
			amount: '10.00',
			status: 'refunded',
			refund_transaction_id: call.body.refund_transaction_id,
			message: 'Refund completed successfully',
			sipay: { status_code: 100, ref_no: expect.stringMatching(/^\d{12}$/) },
		});
		expect(JSON.stringify(items)).not.toContain(merchant.appSecret);
	});

	it('when the answer is lost after the refund, Retry On Fail cannot refund twice', async () => {
		sandbox.faults.add({ path: '/ccpayment/api/refund', fault: { kind: 'dropAnswer' }, times: 1 });
		const { error } = await context.harness.runSipay({
			parameters: refund(),
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
		});
		const calls = sandbox.requestsTo('/ccpayment/api/refund');
		expect(calls).toHaveLength(2);
		expect(calls[1].body.refund_transaction_id).toBe(calls[0].body.refund_transaction_id);
		expect(error?.message).toBe('Sipay Payment API error 104: Refund transaction id must be unique');
		expect(await checkStatus(context, 'INV-R-1')).toMatchObject({ refunded_amount: '10.00' });
	});

	it('the default refund transaction ID is stable within an execution and item, new in another execution', async () => {
		const first = await context.harness.runSipay({ parameters: refund(), executionId: 'exec-A' });
		expect(first.error).toBeUndefined();
		const repeated = await context.harness.runSipay({ parameters: refund(), executionId: 'exec-A' });
		expect(repeated.error?.message).toBe('Sipay Payment API error 104: Refund transaction id must be unique');
		const other = await context.harness.runSipay({ parameters: refund(), executionId: 'exec-B' });
		expect(other.error).toBeUndefined();

		const ids = sandbox.requestsTo('/ccpayment/api/refund').map((call) => call.body.refund_transaction_id);
		expect(ids[0]).toBe(ids[1]);
		expect(ids[2]).not.toBe(ids[0]);
		expect(await checkStatus(context, 'INV-R-1', { options: { showRefundInfo: true } })).toMatchObject({
			refunded_amount: '20.00',
			sipay: { refund_info: [{ refund_transaction_id: ids[0] }, { refund_transaction_id: ids[2] }] },
		});
	});

	it('items of one execution get different IDs', async () => {
		const { items } = await context.harness.runSipay({ parameters: refund(), items: [{}, {}] });
		expect(items).toHaveLength(2);
		expect(items[0].json.refund_transaction_id).not.toBe(items[1].json.refund_transaction_id);
	});

	it('"Retry On Fail" re-sends the same refund transaction ID, so the refund happens once', async () => {
		sandbox.faults.add({ path: '/ccpayment/api/refund', fault: { kind: 'reset' }, times: 1 });
		const { items, error } = await context.harness.runSipay({
			parameters: refund(),
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 10 },
		});
		expect(error).toBeUndefined();
		const calls = sandbox.requestsTo('/ccpayment/api/refund');
		expect(calls).toHaveLength(2);
		expect(calls[0].status).toBe(0);
		expect(calls[1].body.refund_transaction_id).toBe(calls[0].body.refund_transaction_id);
		expect(items[0].json.refund_transaction_id).toBe(calls[0].body.refund_transaction_id);
		expect(await checkStatus(context, 'INV-R-1')).toMatchObject({ refunded_amount: '10.00' });
	});

	it('uses the refund transaction ID the user gives', async () => {
		const { items } = await context.harness.runSipay({ parameters: refund({ refundTransactionId: 'RF-0001' }) });
		expect(items[0].json.refund_transaction_id).toBe('RF-0001');
		expect(sandbox.requestsTo('/ccpayment/api/refund')[0].body.refund_transaction_id).toBe('RF-0001');
		const again = await context.harness.runSipay({ parameters: refund({ refundTransactionId: 'RF-0001' }) });
		expect(again.error?.description).toContain('The refund transaction ID was used before');
	});

	it('a refund Sipay queues for manual completion (101) is an answer with queued true', async () => {
		sandbox.faults.add({
			path: '/ccpayment/api/refund',
			fault: { kind: 'sipayCode', code: 101, message: 'Refund request created' },
			times: 1,
		});
		const { items, error } = await context.harness.runSipay({ parameters: refund() });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ refunded: false, queued: true, status: 'queued', sipay: { status_code: 101 } });
		expect(items[0].json.refund_transaction_id).toMatch(/^refund-/);
	});

	it('full refund → Refunded; the refund webhook verifies with the refund layout', async () => {
		await registerWebhook(sandbox, 'refund', 'refunds');
		const { error } = await context.harness.runSipay({
			parameters: refund({ amount: 50, additionalFields: { refundWebhookKey: 'refunds' } }),
		});
		expect(error).toBeUndefined();
		expect(sandbox.requestsTo('/ccpayment/api/refund')[0].body.refund_web_hook_key).toBe('refunds');
		expect(await checkStatus(context, 'INV-R-1')).toMatchObject({ status: 'refunded' });

		const [delivery] = sandbox.webhooks.deliveries;
		const verify = { ...operation('payment', 'verifyHash'), hashLayout: 'refund' };
		const { items } = await context.harness.runSipay({ parameters: verify, items: [{ body: delivery.payload }] });
		expect(items[0].json).toMatchObject({
			valid: true,
			layout: 'refund',
			fields: { status: 'Completed', amount: '50.00', invoice_id: 'INV-R-1' },
		});
		const tampered = await context.harness.runSipay({
			parameters: verify,
			items: [{ body: { ...delivery.payload, amount: '5.00' } }],
		});
		expect(tampered.items[0].json).toMatchObject({ valid: false, mismatches: ['amount'] });
	});

	it('refuses a bad amount before sending anything', async () => {
		const { error } = await context.harness.runSipay({ parameters: refund({ amount: -1 }) });
		expect(error?.message).toBe('Amount must not be negative, got -1');
		expect(sandbox.requests).toHaveLength(0);
	});
});
