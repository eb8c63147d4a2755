import type { IDataObject } from 'n8n-workflow';

import { decryptHashKey, generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { parseForm } from '../../sandbox/http';
import {
	BUYER,
	checkStatus,
	decryptedHash,
	operation,
	passThreeDSecure,
	postForm,
	URLS,
	useSandbox,
	VISA,
} from './helpers';

describe('Payment › Pay (3-D Secure), Complete 3-D Payment, Verify Hash', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const run = async (parameters: IDataObject, items?: IDataObject[]) =>
		await context.harness.runSipay({ parameters, items });

	const threeD = (invoiceId: string, extra: IDataObject = {}): IDataObject => ({
		...operation('payment', 'payThreeD'),
		invoiceId,
		amount: 25.5,
		currency: 'TRY',
		installments: 1,
		invoiceDescription: 'Demo order',
		...VISA,
		...BUYER,
		...URLS,
		...extra,
	});

	const verify = async (received: IDataObject) =>
		(await run({ ...operation('payment', 'verifyHash') }, [{ body: received }])).items[0].json;

	it('returns the bank page for the shopper; the result posted to the return URL verifies', async () => {
		const { items, error } = await run(threeD('INV-3D-1'));
		expect(error).toBeUndefined();
		const [call] = sandbox.requestsTo('/ccpayment/api/paySmart3D');
		expect(call.bodyType).toBe('form');
		expect(call.status).toBe(200);
		expect(call.body).toMatchObject({
			total: '25.50',
			installments_number: '1',
			return_url: URLS.returnUrl,
			cancel_url: URLS.cancelUrl,
			cc_no: VISA.cardNumber,
		});
		expect(JSON.parse(String(call.body.items))).toEqual([
			{ name: 'Demo order', price: '25.50', quantity: 1, description: 'Demo order' },
		]);
		expect(decryptedHash(call.body.hash_key, sandbox)).toBe(
			`25.50|1|TRY|${sandbox.payment.merchant.merchantKey}|INV-3D-1`,
		);

		const output = items[0].json;
		expect(output.invoice_id).toBe('INV-3D-1');
		expect(output.form_action).toBe(`${sandbox.url}/sandbox/3d/bank`);
		expect(output.next_step).toContain('return URL');
		expect(output.next_step).not.toContain('Complete 3-D Payment');
		expect(await checkStatus(context, 'INV-3D-1')).toMatchObject({ status: 'pending' });

		const result = await passThreeDSecure(String(output.html));
		expect(result.action).toBe(URLS.returnUrl);
		expect(result.fields).toMatchObject({ invoice_id: 'INV-3D-1', payment_status: '1', md_status: '1', amount: '25.5' });

		const verified = await verify(result.fields);
		expect(verified).toMatchObject({
			valid: true,
			reason: null,
			layout: 'payment',
			mismatches: [],
			fields: { status: '1', total: '25.5', invoice_id: 'INV-3D-1', order_id: result.fields.order_id },
		});
		expect(verified.compared).toEqual(['status', 'total', 'invoice_id', 'order_id']);
		expect(await checkStatus(context, 'INV-3D-1')).toMatchObject({ status: 'completed', sipay: { md_status: 1 } });
	});

	it('a forged result does not verify', async () => {
		const { items } = await run(threeD('INV-3D-FORGED'));
		const result = await passThreeDSecure(String(items[0].json.html), 'wrong');
		expect(result.action).toBe(URLS.cancelUrl);
		expect(result.fields.payment_status).toBe('0');
		expect(await verify(result.fields)).toMatchObject({ valid: true });

		const forged = await verify({ ...result.fields, payment_status: '1' });
		expect(forged).toMatchObject({ valid: false, mismatches: ['status'] });
		expect(forged.reason).toBe('Received fields differ from the hash: status');

		// The same fields signed with another merchant's App Secret.
		const signed = decryptHashKey(result.fields.hash_key, sandbox.payment.merchant.appSecret) ?? [];
		expect(signed).toHaveLength(5);
		const otherSecret = await verify({ ...result.fields, hash_key: generateHashKey(signed, 'another-merchants-app-secret') });
		expect(otherSecret).toMatchObject({ valid: false, reason: 'The hash_key does not decrypt with this App Secret' });

		expect(await verify({ invoice_id: 'INV-3D-FORGED' })).toMatchObject({ valid: false, reason: 'No hash_key received' });
	});

	it('merchant-completed 3-D: the charge happens at Complete 3-D Payment', async () => {
		const { items } = await run(threeD('INV-3D-MERCHANT', { additionalFields: { paymentCompletedBy: 'merchant' } }));
		expect(sandbox.requestsTo('/ccpayment/api/paySmart3D')[0].body.payment_completed_by).toBe('merchant');
		expect(items[0].json.next_step).toContain('Complete 3-D Payment');
		const result = await passThreeDSecure(String(items[0].json.html));
		expect(result.fields).toMatchObject({ md_status: '1', status: 'Pending' });
		expect((await checkStatus(context, 'INV-3D-MERCHANT')).status).toBe('pending');

		const complete = await run({
			...operation('payment', 'completeThreeD'),
			invoiceId: 'INV-3D-MERCHANT',
			orderId: result.fields.order_id,
			completeStatus: 'complete',
		});
		expect(complete.error).toBeUndefined();
		expect(complete.items[0].json).toMatchObject({
			approved: true,
			invoice_id: 'INV-3D-MERCHANT',
			order_id: result.fields.order_id,
			status: 'approved',
			sipay: { status_code: 100, data: { payment_status: 1 } },
			hash_verified: true,
		});
		const [call] = sandbox.requestsTo('/ccpayment/payment/complete');
		expect(call.body).toMatchObject({ invoice_id: 'INV-3D-MERCHANT', order_id: result.fields.order_id, status: 'complete' });
		expect(decryptedHash(call.body.hash_key, sandbox)).toBe(
			`${sandbox.payment.merchant.merchantKey}|INV-3D-MERCHANT|${result.fields.order_id}|complete`,
		);
		expect(await checkStatus(context, 'INV-3D-MERCHANT')).toMatchObject({ status: 'completed' });
	});

	it('merchant-completed 3-D pre-authorization can be cancelled instead', async () => {
		const { items } = await run(
			threeD('INV-3D-DROP', { additionalFields: { paymentCompletedBy: 'merchant', transactionType: 'PreAuth' } }),
		);
		const result = await passThreeDSecure(String(items[0].json.html));
		expect(result.fields.status).toBe('Pre-Authorization Pending');
		const cancel = await run({
			...operation('payment', 'completeThreeD'),
			invoiceId: 'INV-3D-DROP',
			orderId: result.fields.order_id,
			completeStatus: 'cancel',
		});
		expect(cancel.items[0].json).toMatchObject({ approved: false, status: 'declined', hash_verified: true });
		expect(await checkStatus(context, 'INV-3D-DROP')).toMatchObject({ status: 'cancelled' });
	});

	it('response method GET: the result comes in the query string of the return URL', async () => {
		const { items } = await run(threeD('INV-3D-GET', { additionalFields: { responseMethod: 'GET' } }));
		const start = parseForm(String(items[0].json.html));
		const bank = parseForm(await (await postForm(start.action, start.fields)).text());
		const redirect = await postForm(bank.action, { ...bank.fields, password: 'a' }, 'manual');
		expect(redirect.status).toBe(302);
		const location = new URL(String(redirect.headers.get('location')));
		expect(`${location.origin}${location.pathname}`).toBe(URLS.returnUrl);
		const verified = await verify(Object.fromEntries(location.searchParams));
		expect(verified).toMatchObject({ valid: true });
	});

	it.each([
		[{ cancelUrl: '  ' }, 'Cancel URL is required'],
		[{ returnUrl: 'ftp://shop.example' }, 'Return URL must be an http(s) URL, got "ftp://shop.example"'],
		[
			{ additionalFields: { maturityPeriod: 3 } },
			'Agriculture Maturity Period and Agriculture Payment Frequency must be set together',
		],
	])('refuses %j before sending anything', async (change, message) => {
		const { error } = await run(threeD('INV-3D-BAD', change as IDataObject));
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('sends the agriculture fields', async () => {
		await run(threeD('INV-3D-AGRI', { additionalFields: { maturityPeriod: 6, paymentFrequency: 2 } }));
		expect(sandbox.requestsTo('/ccpayment/api/paySmart3D')[0].body).toMatchObject({
			maturity_period: '6',
			payment_frequency: '2',
		});
	});

	it('Verify Hash from individual fields (payment-api.md §2.6 vector B)', async () => {
		const vectorB = {
			...operation('payment', 'verifyHash'),
			hashSource: 'fields',
			hashKey: '356a192b7913b04c:77de:iDcPjZbGdUSRHs6AI+fnac4lZPlagufJIOH1pqZdbscWQ9a8RqYTKrmLtVF0iO1k',
			status: '1',
			amount: '100',
			invoiceId: 'INV-TEST-0001',
			orderId: 'VP17743519948303411',
			currencyCode: 'TRY',
		};
		const valid = await run(vectorB);
		expect(valid.items[0].json).toMatchObject({
			valid: true,
			fields: { status: '1', total: '100.00', invoice_id: 'INV-TEST-0001', order_id: 'VP17743519948303411', currency_code: 'TRY' },
		});
		const wrong = await run({ ...vectorB, amount: '10', currencyCode: 'USD' });
		expect(wrong.items[0].json).toMatchObject({ valid: false, mismatches: ['total', 'currency_code'] });
		expect(sandbox.requests).toHaveLength(0);
	});
});
