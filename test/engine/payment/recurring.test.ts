import type { IDataObject } from 'n8n-workflow';

import { checkStatus, operation, payParameters, registerWebhook, useSandbox } from './helpers';

describe('Recurring Plan', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const run = async (parameters: IDataObject) => await context.harness.runSipay({ parameters });
	const plan = (name: string, planCode: string, extra: IDataObject = {}) => ({
		...operation('recurring', name),
		planCode,
		...extra,
	});

	async function startPlan(invoiceId: string): Promise<string> {
		await registerWebhook(sandbox, 'recurring', 'monthly');
		const { items, error } = await run(
			payParameters(invoiceId, 100, {
				recurring: true,
				recurringPaymentNumber: 3,
				recurringCycle: 'M',
				recurringInterval: 1,
				recurringWebhookKey: 'monthly',
			}),
		);
		expect(error).toBeUndefined();
		expect(items[0].json.approved).toBe(true);
		const status = await checkStatus(context, invoiceId);
		expect(status).toMatchObject({ approved: true, sipay: { recurring_status: 'ACTIVE' } });
		expect(status.recurring_plan_code).toEqual(expect.any(String));
		return String(status.recurring_plan_code);
	}

	it('a recurring payment sends the recurring block and creates a plan', async () => {
		const planCode = await startPlan('INV-REC-1');
		expect(sandbox.requestsTo('/ccpayment/api/paySmart2D')[0].body).toMatchObject({
			order_type: 1,
			recurring_payment_number: 3,
			recurring_payment_cycle: 'M',
			recurring_payment_interval: 1,
			recurring_web_hook_key: 'monthly',
		});

		const { items } = await run(plan('get', planCode, { recurringNumber: 1 }));
		expect(items[0].json).toMatchObject({
			plan_code: planCode,
			status: 'active',
			payment_number: 3,
			sipay: {
				payment_cycle: 'M',
				first_amount: 100,
				transactionHistories: [{ recurring_number: 1, status: 'Completed' }],
			},
		});
		expect(sandbox.requestsTo('/ccpayment/api/recurringPlan/query')[0].body).toMatchObject({
			plan_code: planCode,
			recurring_number: 1,
			merchant_key: sandbox.payment.merchant.merchantKey,
		});
	});

	it('check process reports the latest charge, with the merchant ID from the credentials', async () => {
		const planCode = await startPlan('INV-REC-2');
		const charge = async (fail: boolean) =>
			await fetch(`${sandbox.url}/sandbox/payment/recurring/charge`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ plan_code: planCode, fail }),
			});

		await charge(false);
		const processed = await run(plan('checkProcess', planCode));
		expect(processed.items[0].json).toMatchObject({ processed: true, status: 'processed', sipay: { status_code: 100, recurring_number: 2 } });
		expect(sandbox.requestsTo('/ccpayment/api/recurring/plan/process')[0].body).toMatchObject({
			merchant_id: '18309',
			plan_code: planCode,
			merchant_key: sandbox.payment.merchant.merchantKey,
		});

		await charge(true);
		const failed = await run(plan('checkProcess', planCode));
		expect(failed.error).toBeUndefined();
		expect(failed.items[0].json).toMatchObject({ processed: false, status: 'failed', sipay: { status_code: 41 } });

		// The recurring webhook of that charge verifies with the payment layout (status Completed/Fail).
		const delivery = sandbox.webhooks.deliveries.find((entry) => entry.payload.status === 'Fail');
		const verified = await context.harness.runSipay({
			parameters: operation('payment', 'verifyHash'),
			items: [{ body: delivery!.payload }],
		});
		expect(verified.items[0].json).toMatchObject({ valid: true, fields: { status: 'Fail', total: '100' } });

		// The same charge failing again on its next attempt comes back as 113 "Failed" (§5.1): also not processed.
		await charge(true);
		const failedAgain = await run(plan('checkProcess', planCode));
		expect(failedAgain.error).toBeUndefined();
		expect(failedAgain.items[0].json).toMatchObject({ processed: false, status: 'failed', sipay: { status_code: 113, recurring_number: 3 } });
	});

	it('check process needs the Merchant ID in the credentials', async () => {
		context.harness.credentials.set('sipayPaymentApi', { ...sandbox.paymentCredentials(), merchantId: '' });
		const { error } = await run(plan('checkProcess', 'PLAN'));
		expect(error?.message).toBe('Merchant ID is required in the Sipay Payment API credentials for this operation');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('update changes amount and number of payments; cancel makes the plan inactive', async () => {
		const planCode = await startPlan('INV-REC-3');
		const updated = await run(
			plan('update', planCode, { updateFields: { amount: 80.5, paymentNumber: 6, status: 'ACTIVE' } }),
		);
		expect(updated.error).toBeUndefined();
		expect(updated.items[0].json).toMatchObject({ status: 'updated', plan_code: planCode, recurring_status: 'ACTIVE', sipay: { status_code: 100 } });
		expect(sandbox.requestsTo('/ccpayment/api/recurringPlan/update')[0].body).toMatchObject({
			plan_code: planCode,
			recurring_amount: '80.50',
			recurring_payment_number: 6,
			recurring_status: 'ACTIVE',
		});
		expect((await run(plan('get', planCode))).items[0].json).toMatchObject({
			amount: '80.50',
			payment_number: 6,
		});

		const cancelled = await run(plan('cancel', planCode));
		expect(cancelled.items[0].json).toMatchObject({ status: 'cancelled', recurring_status: 'INACTIVE', sipay: { status_code: 100 } });
		expect(sandbox.requestsTo('/ccpayment/api/recurringPlan/update')[1].body.recurring_status).toBe('INACTIVE');
		expect((await run(plan('get', planCode))).items[0].json).toMatchObject({
			status: 'inactive',
			next_action_date: null,
		});
	});

	it.each([
		[{}, 'Update Fields: set at least one field to change'],
		[{ updateFields: { paymentNumber: 200 } }, 'Number of Payments must be a whole number between 2 and 121, got 200'],
		[{ updateFields: { amount: 0 } }, 'Amount must be greater than 0'],
	])('update refuses %j before sending anything', async (extra, message) => {
		const { error } = await run(plan('update', 'PLAN', extra));
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('an unknown recurring webhook key is refused by Sipay (55)', async () => {
		const { error } = await run(
			payParameters('INV-REC-BAD', 10, { recurring: true, recurringPaymentNumber: 2, recurringWebhookKey: 'nope' }),
		);
		expect(error?.message).toBe('Sipay Payment API error 55: Invalid recurring web hook key');
	});
});
