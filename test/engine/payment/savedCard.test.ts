import type { IDataObject } from 'n8n-workflow';

import { checkStatus, decryptedHash, operation, passThreeDSecure, SHOPPER_IP, URLS, useSandbox, VISA } from './helpers';

describe('Saved Card', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const run = async (parameters: IDataObject) => await context.harness.runSipay({ parameters });
	const card = (name: string, extra: IDataObject = {}) => ({ ...operation('savedCard', name), customerNumber: 'CUST001', ...extra });

	const save = async () => {
		const { items, error } = await run(
			card('save', {
				cardHolderName: 'Şükrü Öz',
				cardNumber: '4508 0345 0803 4509',
				expiryMonth: '12',
				expiryYear: '2030',
				additionalFields: { customerName: 'Şükrü Öz', customerEmail: 'sukru@example.com' },
			}),
		);
		expect(error).toBeUndefined();
		return items[0].json;
	};

	const payer = (token: string): IDataObject => ({
		cardToken: token,
		customerName: 'Şükrü Öz',
		customerEmail: 'sukru@example.com',
		customerPhone: '905321234567',
		customerIp: SHOPPER_IP,
		amount: 12,
		currency: 'TRY',
		installments: 1,
		invoiceDescription: 'Subscription box',
	});

	it('save, list, pay non-secure, update, pay 3-D Secure, delete', async () => {
		const saved = await save();
		expect(saved).toMatchObject({
			customer_number: 'CUST001',
			card_number: '450803******4509',
			status: 'saved',
			sipay: { status_code: 100 },
			card_token: expect.stringMatching(/^[0-9a-f]{32}$/),
		});
		const token = String(saved.card_token);
		const [saveCall] = sandbox.requestsTo('/ccpayment/api/saveCard');
		expect(saveCall.body).toMatchObject({
			card_number: VISA.cardNumber,
			card_holder_name: 'Şükrü Öz',
			customer_email: 'sukru@example.com',
		});
		expect(decryptedHash(saveCall.body.hash_key, sandbox)).toBe(
			`${sandbox.payment.merchant.merchantKey}|CUST001|Şükrü Öz|4508034508034509|12|2030`,
		);

		const listed = await run(card('list'));
		expect(listed.items).toHaveLength(1);
		expect(listed.items[0].json).toMatchObject({
			card_token: token,
			card_number: '450803****4509',
			card_bank: expect.any(String),
			customer_number: 'CUST001',
			sipay: { customer_number: 'CUST001-18309' },
		});
		const [listCall] = sandbox.requestsTo('/ccpayment/api/getCardTokens');
		expect(listCall.method).toBe('GET');
		expect(listCall.query).toMatchObject({ customer_number: 'CUST001', merchant_key: sandbox.payment.merchant.merchantKey });

		const paid = await run(card('pay', { ...payer(token), invoiceId: 'INV-TOKEN-1' }));
		expect(paid.error).toBeUndefined();
		expect(paid.items[0].json).toMatchObject({ approved: true, invoice_id: 'INV-TOKEN-1', hash_verified: true });
		const [payCall] = sandbox.requestsTo('/ccpayment/api/payByCardTokenNonSecure');
		expect(payCall.bodyType).toBe('json');
		expect(payCall.body).toMatchObject({ card_token: token, customer_number: 'CUST001', total: '12.00' });

		const updated = await run(card('update', { cardToken: token, expiryMonth: '1', expiryYear: '2030' }));
		expect(updated.items[0].json).toMatchObject({ status: 'updated', card_token: token, sipay: { status_code: 100 } });
		expect(sandbox.requestsTo('/ccpayment/api/editCard')[0].body).toMatchObject({ expiry_month: '01', expiry_year: '2030' });
		const [editCall] = sandbox.requestsTo('/ccpayment/api/editCard');
		expect(decryptedHash(editCall.body.hash_key, sandbox)).toBe(`${sandbox.payment.merchant.merchantKey}|CUST001|${token}`);

		// The simulated bank only knows the card with its real expiry: the updated token is now declined.
		const declined = await run(card('pay', { ...payer(token), invoiceId: 'INV-TOKEN-2' }));
		expect(declined.items[0].json).toMatchObject({ approved: false, status: 'declined', sipay: { data: { original_bank_error_code: '54' } } });

		await run(card('update', { cardToken: token, expiryMonth: '12', expiryYear: '2030' }));
		const threeD = await run(card('payThreeD', { ...payer(token), ...URLS, invoiceId: 'INV-TOKEN-3D' }));
		expect(threeD.error).toBeUndefined();
		const [threeDCall] = sandbox.requestsTo('/ccpayment/api/payByCardToken');
		expect(threeDCall.bodyType).toBe('form');
		expect(typeof threeDCall.body.items).toBe('string');
		const result = await passThreeDSecure(String(threeD.items[0].json.html));
		expect(result.action).toBe(URLS.returnUrl);
		expect(await checkStatus(context, 'INV-TOKEN-3D')).toMatchObject({ status: 'completed' });

		const deleted = await run(card('delete', { cardToken: token }));
		expect(deleted.items[0].json).toMatchObject({ status: 'deleted', card_token: token, sipay: { status_code: 100 } });
		expect((await run(card('list'))).items).toHaveLength(0);
		const gone = await run(card('pay', { ...payer(token), invoiceId: 'INV-TOKEN-GONE' }));
		expect(gone.error?.message).toBe('Sipay Payment API error 87: Invalid card token or customer number');
	});

	it('a token of another customer is refused', async () => {
		const token = String((await save()).card_token);
		const { error } = await run(card('delete', { customerNumber: 'CUST002', cardToken: token }));
		expect(error?.message).toBe('Sipay Payment API error 87: Invalid card token or customer number');
	});

	it.each([
		['save', { cardHolderName: 'A', cardNumber: '1234', expiryMonth: '12', expiryYear: '2030' }, 'Card Number must be 12 to 19 digits'],
		['save', { cardHolderName: 'A', cardNumber: VISA.cardNumber, expiryMonth: '0', expiryYear: '2030' }, 'Expiry Month must be 01 to 12, got "0"'],
		['update', { cardToken: 'abc', expiryMonth: '12', expiryYear: '30' }, 'Expiry Year must have four digits (e.g. 2026), got "30"'],
		['pay', { ...payer('abc'), invoiceId: 'INV-X', customerEmail: 'not-an-email' }, 'Customer Email is not an email address: "not-an-email"'],
	])('%s refuses %j before sending anything', async (name, extra, message) => {
		const { error } = await run(card(name, extra as IDataObject));
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});
});
