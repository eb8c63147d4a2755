import type { IDataObject } from 'n8n-workflow';

import { BUYER, checkStatus, operation, passThreeDSecure, postForm, registerWebhook, URLS, useSandbox, VISA } from './helpers';

describe('Payment › Create Payment Link', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const link = (invoiceId: string, extra: IDataObject = {}) => ({
		...operation('payment', 'createLink'),
		invoiceId,
		amount: 30,
		currency: 'TRY',
		invoiceDescription: 'Order by link',
		...BUYER,
		...URLS,
		...extra,
	});

	it('creates a link; the shopper pays on it and comes back to the return URL', async () => {
		await registerWebhook(sandbox, 'sale', 'sale');
		const { items, error } = await context.harness.runSipay({
			parameters: link('INV-LINK-1', {
				items: { item: [{ name: 'Lamp', price: 17.5, quantity: 2 }] },
				additionalFields: { discount: 5, maxInstallment: 3, saleWebhookKey: 'sale', billCity: 'Izmir', responseMethod: 'POST' },
			}),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			invoice_id: 'INV-LINK-1',
			link: expect.stringContaining(`${sandbox.url}/sandbox/link/`),
			order_id: expect.stringMatching(/^VP/),
			status: 'created',
			amount: expect.any(String),
			currency: 'TRY',
			message: 'Payment link generated successfully',
		});

		const [call] = sandbox.requestsTo('/ccpayment/purchase/link');
		expect(call.bodyType).toBe('json');
		expect(call.body).toMatchObject({
			currency_code: 'TRY',
			name: 'Ayse',
			surname: 'Yilmaz',
			max_installment: 3,
			sale_web_hook_key: 'sale',
			bill_city: 'Izmir',
		});
		expect(JSON.parse(String(call.body.invoice))).toEqual({
			invoice_id: 'INV-LINK-1',
			invoice_description: 'Order by link',
			total: '30.00',
			items: [{ name: 'Lamp', price: '17.50', quantity: 2, description: 'Lamp' }],
			return_url: URLS.returnUrl,
			cancel_url: URLS.cancelUrl,
			discount: '5.00',
			response_method: 'POST',
		});

		const page = await fetch(String(items[0].json.link));
		expect(page.status).toBe(200);
		const start = await postForm(String(items[0].json.link), {
			cc_holder_name: VISA.cardHolderName,
			cc_no: VISA.cardNumber,
			expiry_month: VISA.expiryMonth,
			expiry_year: VISA.expiryYear,
			cvv: VISA.cvv,
			installments_number: '3',
		});
		const result = await passThreeDSecure(await start.text());
		expect(result.action).toBe(URLS.returnUrl);
		expect(await checkStatus(context, 'INV-LINK-1')).toMatchObject({ status: 'completed', sipay: { installment: 3 } });
		const verified = await context.harness.runSipay({
			parameters: operation('payment', 'verifyHash'),
			items: [{ body: result.fields }],
		});
		expect(verified.items[0].json.valid).toBe(true);
	});

	it('a recurring link carries the recurring block', async () => {
		await registerWebhook(sandbox, 'recurring', 'rec');
		const { error } = await context.harness.runSipay({
			parameters: link('INV-LINK-REC', {
				recurring: true,
				recurringPaymentNumber: 4,
				recurringCycle: 'D',
				recurringInterval: 7,
				recurringWebhookKey: 'rec',
			}),
		});
		expect(error).toBeUndefined();
		expect(sandbox.requestsTo('/ccpayment/purchase/link')[0].body).toMatchObject({
			order_type: 1,
			recurring_payment_number: 4,
			recurring_payment_cycle: 'D',
			recurring_payment_interval: 7,
			recurring_web_hook_key: 'rec',
		});
	});

	it('refuses items that do not add up before sending anything', async () => {
		const { error } = await context.harness.runSipay({
			parameters: link('INV-LINK-BAD', { items: { item: [{ name: 'Lamp', price: 10, quantity: 2 }] } }),
		});
		expect(error?.message).toBe('Items: price × quantity adds up to 20.00, but must equal Amount 30.00');
		expect(sandbox.requests).toHaveLength(0);
	});
});
