import type { IDataObject } from 'n8n-workflow';

import {
	checkStatus,
	DECLINED_CARD,
	decryptedHash,
	operation,
	payParameters,
	registerWebhook,
	useSandbox,
} from './helpers';

describe('Payment › Pay (Non-Secure 2-D)', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const pay = async (parameters: IDataObject, continueOnFail = false) =>
		await context.harness.runSipay({ parameters, continueOnFail });

	it('charges the card with a signed JSON request and one item for the total', async () => {
		const { items, error } = await pay(payParameters('INV-2D-1', 10));
		expect(error).toBeUndefined();
		const [call] = sandbox.requestsTo('/ccpayment/api/paySmart2D');
		expect(call.bodyType).toBe('json');
		expect(call.status).toBe(200);
		expect(call.body).toMatchObject({
			cc_holder_name: 'Ayse Yilmaz',
			cc_no: '4508034508034509',
			expiry_month: '12',
			expiry_year: '2030',
			total: '10.00',
			currency_code: 'TRY',
			installments_number: 1,
			invoice_id: 'INV-2D-1',
			invoice_description: 'Demo order',
			name: 'Ayse',
			surname: 'Yilmaz',
			ip: '88.255.1.10',
			app_lang: 'en',
			items: [{ name: 'Demo order', price: '10.00', quantity: 1, description: 'Demo order' }],
		});
		expect(call.body.order_type).toBeUndefined();
		expect(decryptedHash(call.body.hash_key, sandbox)).toBe(
			`10.00|1|TRY|${sandbox.payment.merchant.merchantKey}|INV-2D-1`,
		);

		const output = items[0].json;
		expect(output).toMatchObject({
			approved: true,
			status: 'approved',
			message: 'Payment process successful',
			amount: '10.00',
			currency: 'TRY',
			installments: 1,
			invoice_id: 'INV-2D-1',
			transaction_type: 'Auth',
			hash_verified: true,
			sipay: {
				status_code: 100,
				data: { payment_status: 1, credit_card_no: '450803****4509', auth_code: expect.stringMatching(/^P\d{5}$/) },
			},
		});
		expect(output.order_id).toMatch(/^VP\d+$/);
		// The lead fields come first, Sipay's answer last; no duplicate or error-looking field at the top.
		expect(Object.keys(output)).toEqual([
			'approved',
			'status',
			'message',
			'amount',
			'currency',
			'installments',
			'invoice_id',
			'order_id',
			'transaction_type',
			'hash_verified',
			'sipay',
		]);
		expect(JSON.stringify(output)).not.toContain('hash_key');
		expect(JSON.stringify(items)).not.toContain('4508034508034509');
		expect(JSON.stringify(items)).not.toContain(sandbox.payment.merchant.merchantKey);
	});

	it('pay, status Completed, partial refund, status Partially Refunded, an over-refund is refused (49)', async () => {
		await pay(payParameters('INV-2D-FLOW', 100));
		expect(await checkStatus(context, 'INV-2D-FLOW')).toMatchObject({ status: 'completed' });

		const refund = { ...operation('payment', 'refund'), invoiceId: 'INV-2D-FLOW' };
		const partial = await pay({ ...refund, amount: 30 });
		expect(partial.error).toBeUndefined();
		expect(partial.items[0].json).toMatchObject({ refunded: true, queued: false, amount: '30.00' });
		expect(await checkStatus(context, 'INV-2D-FLOW')).toMatchObject({
			status: 'partially refunded',
			refunded_amount: '30.00',
		});

		const over = await pay({ ...refund, amount: 70.01 });
		expect(over.error?.message).toBe('Sipay Payment API error 49: Refund failed: the amount exceeds the net amount');
	});

	it('a declined card is an output item with approved false, not an error', async () => {
		const { items, error } = await pay(payParameters('INV-2D-DECLINE', 10, DECLINED_CARD));
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			approved: false,
			status: 'declined',
			message: 'Insufficient funds',
			amount: '10.00',
			hash_verified: true,
			sipay: { status_code: 41, data: { payment_status: 0, original_bank_error_code: '51' } },
		});
		expect(await checkStatus(context, 'INV-2D-DECLINE')).toMatchObject({ status: 'failed' });
	});

	it('sends the basket lines, discount and the optional fields the user set', async () => {
		await registerWebhook(sandbox, 'sale', 'sale');
		const { items, error } = await pay(
			payParameters('INV-2D-FIELDS', 25.5, {
				items: {
					item: [
						{ name: 'Book', price: 10.25, quantity: 2, description: 'Paperback' },
						{ name: 'Bag', price: 10, quantity: 1 },
					],
				},
				additionalFields: {
					discount: 5,
					billAddress1: 'Istiklal Cd. 1',
					billCity: 'Istanbul',
					billCountry: 'Turkey',
					billEmail: 'ayse@example.com',
					billPhone: '905321234567',
					metadata: 'campaign=spring',
					saleWebhookKey: 'sale',
					insuranceIdentityNumber: '12345678950',
					isCommissionFromUser: true,
				},
			}),
		);
		expect(error).toBeUndefined();
		expect(items[0].json.approved).toBe(true);
		const [call] = sandbox.requestsTo('/ccpayment/api/paySmart2D');
		expect(call.body).toMatchObject({
			total: '25.50',
			discount: '5.00',
			items: [
				{ name: 'Book', price: '10.25', quantity: 2, description: 'Paperback' },
				{ name: 'Bag', price: '10.00', quantity: 1, description: 'Bag' },
			],
			bill_address1: 'Istiklal Cd. 1',
			bill_city: 'Istanbul',
			bill_country: 'Turkey',
			bill_email: 'ayse@example.com',
			bill_phone: '905321234567',
			ip: '88.255.1.10',
			metadata: 'campaign=spring',
			sale_web_hook_key: 'sale',
			vpos_type: 'insurance',
			identity_number: '12345678950',
			is_commission_from_user: 1,
		});
		expect(items[0].json).toMatchObject({ approved: true, sipay: { data: { user_commission: 0.51 } } });

		const [delivery] = sandbox.webhooks.deliveries;
		expect(delivery.payload.invoice_id).toBe('INV-2D-FIELDS');
		const verified = await pay({ ...operation('payment', 'verifyHash'), receivedData: delivery.payload });
		expect(verified.items[0].json).toMatchObject({ valid: true, mismatches: [] });
	});

	it.each([
		[{ invoiceId: ' ' }, 'Invoice ID is required'],
		[{ amount: 10.005 }, 'Amount must have at most 2 decimals, got 10.005'],
		[{ amount: 0 }, 'Amount must be greater than 0'],
		[{ currency: 'TL' }, 'Currency must be a 3-letter code such as TRY, USD or EUR, got "TL"'],
		[{ installments: 1.5 }, 'Installments must be a whole number at least 1, got 1.5'],
		[{ cardNumber: '4508 0345' }, 'Card Number must be 12 to 19 digits'],
		[{ expiryMonth: '13' }, 'Expiry Month must be 01 to 12, got "13"'],
		[{ expiryYear: '26' }, 'Expiry Year must have four digits (e.g. 2026), got "26"'],
		[{ cvv: '0a0' }, 'CVV must be 3 or 4 digits'],
		[{ buyerSurname: '={{ $json.surname ?? "" }}' }, 'Buyer Last Name is required'],
		[{ customerIp: '={{ $json.ip ?? "" }}' }, 'Customer IP is required'],
		[{ customerIp: '10.0.0.300' }, 'Customer IP must be the shopper\'s IPv4 or IPv6 address, got "10.0.0.300"'],
		[{ cardNumber: '4508034508034508' }, 'Card Number is not a valid card number: its check digit is wrong'],
		[{ expiryYear: '2019' }, 'Expiry Month and Expiry Year: the card expired (12/2019)'],
		[
			{ items: { item: [{ name: 'Book', price: 4.5, quantity: 2 }, { name: 'Pen', price: 0.5, quantity: 1 }] } },
			'Items: price × quantity adds up to 9.50, but must equal Amount 10.00',
		],
		[
			{ items: { item: [{ name: 'Book', price: 4, quantity: 2.5 }] } },
			'Items line 1: Quantity must be a whole number at least 1, got 2.5',
		],
		[{ items: { item: [{ name: '', price: 10, quantity: 1 }] } }, 'Items line 1: Name is required'],
		[
			{ items: { item: [{ name: 'Book', price: 10, quantity: 1 }] }, additionalFields: { discount: 1 } },
			'Items: price × quantity adds up to 10.00, but must equal Amount 10.00 plus Discount 1.00',
		],
		[{ additionalFields: { billEmail: 'ayse' } }, 'Billing Email is not an email address: "ayse"'],
		[{ additionalFields: { returnUrl: 'shop.example' } }, 'Return URL must be an http(s) URL, got "shop.example"'],
		[
			{ additionalFields: { insuranceIdentityNumber: '123' } },
			'Insurance Identity Number must be 10 or 11 digits, got "123"',
		],
		[
			{ recurring: true, recurringPaymentNumber: 1, recurringWebhookKey: 'rec' },
			'Number of Payments must be a whole number between 2 and 121, got 1',
		],
		[
			{ recurring: true, recurringPaymentNumber: 3, recurringInterval: 100, recurringWebhookKey: 'rec' },
			'Interval must be a whole number between 1 and 99, got 100',
		],
		[{ recurring: true, recurringWebhookKey: '  ' }, 'Recurring Webhook Key is required'],
		[
			{ recurring: true, installments: 3, recurringWebhookKey: 'rec' },
			'Installments must be 1 for a recurring payment',
		],
	])('refuses %j before sending anything', async (change, message) => {
		const { error } = await pay(payParameters('INV-2D-BAD', 10, change as IDataObject));
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('sends an IPv6 shopper address as given', async () => {
		const { error } = await pay(payParameters('INV-2D-IPV6', 10, { customerIp: '2001:db8:85a3::8a2e:370:7334' }));
		expect(error).toBeUndefined();
		expect(sandbox.requestsTo('/ccpayment/api/paySmart2D')[0].body.ip).toBe('2001:db8:85a3::8a2e:370:7334');
	});

	it('pre-authorization: blocks the amount, cannot be refunded, is captured in part', async () => {
		const preAuth = await pay(payParameters('INV-PRE-1', 10, { additionalFields: { transactionType: 'PreAuth' } }));
		expect(preAuth.items[0].json).toMatchObject({ approved: true, transaction_type: 'Pre-Authorization' });
		expect(sandbox.requestsTo('/ccpayment/api/paySmart2D')[0].body.transaction_type).toBe('PreAuth');

		const early = await pay({ ...operation('payment', 'refund'), invoiceId: 'INV-PRE-1', amount: 1 });
		expect(early.error?.message).toContain('Sipay Payment API error 49');

		const capture = { ...operation('payment', 'confirmPreAuthorization'), invoiceId: 'INV-PRE-1' };
		const { items, error } = await pay({ ...capture, preAuthorizationAction: 'capture', captureAmount: 6 });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			status: 'captured',
			captured_amount: '6.00',
			invoice_id: 'INV-PRE-1',
			sipay: { status_code: 100 },
		});
		const [confirm] = sandbox.requestsTo('/ccpayment/api/confirmPayment');
		expect(confirm.body).toMatchObject({ invoice_id: 'INV-PRE-1', status: 1, total: '6.00' });
		expect(decryptedHash(confirm.body.hash_key, sandbox)).toBe(
			`${sandbox.payment.merchant.merchantKey}|INV-PRE-1|1`,
		);
		expect(await checkStatus(context, 'INV-PRE-1')).toMatchObject({ sipay: { product_price: '6' } });

		const again = await pay({ ...capture, preAuthorizationAction: 'capture' });
		expect(again.error?.message).toBe('Sipay Payment API error 31: Pre-authorization not found');
	});

	it('pre-authorization: captured in full without an amount, or released', async () => {
		const withPreAuth = { additionalFields: { transactionType: 'PreAuth' } };
		await pay(payParameters('INV-PRE-FULL', 40, withPreAuth));
		await pay(payParameters('INV-PRE-CANCEL', 40, withPreAuth));
		const confirm = operation('payment', 'confirmPreAuthorization');

		const full = await pay({ ...confirm, invoiceId: 'INV-PRE-FULL', preAuthorizationAction: 'capture', captureAmount: 0 });
		expect(full.items[0].json).toMatchObject({ captured_amount: 'full' });
		expect(sandbox.requestsTo('/ccpayment/api/confirmPayment')[0].body.total).toBeUndefined();
		expect(await checkStatus(context, 'INV-PRE-FULL')).toMatchObject({ sipay: { product_price: '40' } });

		const cancel = await pay({ ...confirm, invoiceId: 'INV-PRE-CANCEL', preAuthorizationAction: 'cancel', captureAmount: 5 });
		expect(cancel.items[0].json).toMatchObject({
			status: 'cancelled',
			captured_amount: null,
			sipay: { transaction_status: 'Cancelled' },
		});
		expect(sandbox.requestsTo('/ccpayment/api/confirmPayment')[1].body).toMatchObject({ status: 2 });
		expect(sandbox.requestsTo('/ccpayment/api/confirmPayment')[1].body.total).toBeUndefined();
	});

	it('a reused invoice ID is refused by Sipay (117), and continue-on-fail keeps the other items', async () => {
		await pay(payParameters('INV-2D-TWICE', 10));
		const { items, error } = await context.harness.runSipay({
			parameters: payParameters('={{ $json.invoice }}', 10),
			items: [{ invoice: 'INV-2D-TWICE' }, { invoice: 'INV-2D-NEW' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ sipayCode: '117' });
		expect(items[0].json.error).toContain('Invoice id already processed');
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json).toMatchObject({ approved: true, invoice_id: 'INV-2D-NEW' });
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});
});
