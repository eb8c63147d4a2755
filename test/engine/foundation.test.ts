import type { IDataObject } from 'n8n-workflow';

import { Harness } from '../harness/run';
import { useSimulator } from '../harness/simulator';
import { SipaySandbox } from '../sandbox/server';
import { decryptedHash, payParameters, URLS } from './payment/helpers';

const installments = { api: 'payment', resource: 'installment', operation: 'getMerchantInstallments' };
const businessAccount = { api: 'business', resource: 'account', operation: 'getBusinessAccount' };

describe('credentials and transport through the n8n engine', () => {
	const context = useSimulator();
	const { sandbox } = context;

	const items = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));

	it('Payment API: 50 items over 3 executions use one token', async () => {
		for (let execution = 0; execution < 3; execution++) {
			const { items: output, error } = await context.harness.runSipay({ parameters: installments, items: items(50) });
			expect(error).toBeUndefined();
			expect(output).toHaveLength(50);
			expect(output[49].json.installments).toEqual([1, 2, 3, 6, 9, 12]);
			expect(output[49].pairedItem).toEqual({ item: 49 });
		}
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(1);
		expect(sandbox.requestsTo('/ccpayment/api/installments')).toHaveLength(150);
		const call = sandbox.requestsTo('/ccpayment/api/installments')[0];
		expect(call.headers.authorization).toMatch(/^Bearer sim\./);
		expect(call.body.merchant_key).toBe(sandbox.payment.merchant.merchantKey);
		expect(context.harness.credentials.get('sipayPaymentApi').integrationMode).toBe(
			'Non-secure (2-D) or 3-D Secure payments',
		);
	});

	it('a cold start of 10 executions at once fetches one token per credential, and so does a revocation', async () => {
		const burst = (parameters: IDataObject) =>
			Promise.all(Array.from({ length: 10 }, async () => await context.harness.runSipay({ parameters, items: items(3) })));
		for (const runs of [await burst(installments), await burst(businessAccount)]) {
			expect(runs.map((run) => run.error)).toEqual(Array(10).fill(undefined));
		}
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(1);
		expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(1);
		sandbox.payment.revokeTokens();
		const after = await burst(installments);
		expect(after.map((run) => run.error)).toEqual(Array(10).fill(undefined));
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(2);
	});

	it('Payment API: a revoked token is refreshed once and the call retried once', async () => {
		await context.harness.runSipay({ parameters: installments });
		sandbox.payment.revokeTokens();
		const { items: output, error } = await context.harness.runSipay({ parameters: installments, items: items(5) });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(5);
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(2);
		const calls = sandbox.requestsTo('/ccpayment/api/installments');
		expect(calls.map((call) => call.status)).toEqual([200, 401, 200, 200, 200, 200, 200]);
	});

	/** `iv:salt` of a hash_key: what must be new on every request (payment-api.md §2.1). */
	const randomness = (hashKey: unknown) => String(hashKey).split(':').slice(0, 2).join(':');

	const signedCalls: Array<[string, string, () => Promise<IDataObject>]> = [
		['Pay (Non-Secure 2-D)', '/ccpayment/api/paySmart2D', async () => payParameters('INV-401-PAY')],
		[
			'Pay (3-D Secure), a form body',
			'/ccpayment/api/paySmart3D',
			async () => ({ ...payParameters('INV-401-3D'), operation: 'payThreeD', ...URLS }),
		],
		[
			'Refund',
			'/ccpayment/api/refund',
			async () => {
				const paid = await context.harness.runSipay({ parameters: payParameters('INV-401-REFUND', 30) });
				expect(paid.items[0].json.approved).toBe(true);
				return { api: 'payment', resource: 'payment', operation: 'refund', invoiceId: 'INV-401-REFUND', amount: 5 };
			},
		],
		[
			'Saved Card › Save',
			'/ccpayment/api/saveCard',
			async () => ({
				api: 'payment',
				resource: 'savedCard',
				operation: 'save',
				customerNumber: 'CUST-401',
				cardHolderName: 'Ayse Yilmaz',
				cardNumber: '4508034508034509',
				expiryMonth: '12',
				expiryYear: '2030',
			}),
		],
		[
			'Cash Out › To Bank',
			'/ccpayment/api/cashout/tobank',
			async () => ({
				api: 'payment',
				resource: 'cashOut',
				operation: 'toBank',
				transfers: {
					transfer: [{ nameSurname: 'Burak Yilmaz', iban: 'TR220006221935787735797651', amount: 12, currency: 'TRY', gsmNumber: '905321234567' }],
				},
			}),
		],
		[
			'Check Status',
			'/ccpayment/api/checkstatus',
			async () => {
				await context.harness.runSipay({ parameters: payParameters('INV-401-STATUS') });
				return { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: 'INV-401-STATUS' };
			},
		],
	];

	it.each(signedCalls)(
		'%s right after a token revocation: the repeat carries a new iv and salt, and Sipay accepts it',
		async (_name, path, prepare) => {
			const parameters = await prepare();
			await context.harness.runSipay({ parameters: installments });
			sandbox.payment.revokeTokens();
			const { error } = await context.harness.runSipay({ parameters });
			expect(error).toBeUndefined();
			const calls = sandbox.requestsTo(path).slice(-2);
			expect(calls.map((call) => call.status)).toEqual([401, 200]);
			const [refused, repeat] = calls.map((call) => call.body.hash_key);
			expect(randomness(repeat)).toMatch(/^[0-9a-f]{16}:[0-9a-f]{4}$/);
			expect(randomness(repeat)).not.toBe(randomness(refused));
			expect(decryptedHash(repeat, sandbox)).toBe(decryptedHash(refused, sandbox));
			expect(sandbox.requestsTo('/ccpayment/api/token').length).toBeGreaterThanOrEqual(2);
		},
	);

	it('every signed request has an iv and salt of its own, item after item', async () => {
		const { error } = await context.harness.runSipay({
			parameters: { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: 'INV-SAME' },
			items: [{}, {}, {}],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		const sent = sandbox.requestsTo('/ccpayment/api/checkstatus').map((call) => randomness(call.body.hash_key));
		expect(new Set(sent).size).toBe(3);
	});

	it('Payment API: a token that keeps failing is not retried in a loop', async () => {
		await context.harness.runSipay({ parameters: installments });
		sandbox.faults.add({ path: '/ccpayment/api/installments', fault: { kind: 'http', status: 401 } });
		const { error } = await context.harness.runSipay({ parameters: installments });
		expect(error?.message).toContain('authentication failed after refreshing the token');
		expect(sandbox.requestsTo('/ccpayment/api/installments')).toHaveLength(3);
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(2);
	});

	it('Business API: 50 items over 3 executions use one token and send x-client-id', async () => {
		for (let execution = 0; execution < 3; execution++) {
			const { items: output, error } = await context.harness.runSipay({ parameters: businessAccount, items: items(50) });
			expect(error).toBeUndefined();
			expect(output).toHaveLength(50);
			expect(output[0].json.account_number).toBe('1122334455');
		}
		expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(1);
		const token = sandbox.requestsTo('/ids/connect/token')[0];
		expect(token.bodyType).toBe('form');
		expect(token.body.scope).toBe('sts_business_api');
		const call = sandbox.requestsTo('/sts/v1/Account/GetBusinessAccount')[0];
		expect(call.headers['x-client-id']).toBe(sandbox.business.client.xClientId);
		expect(call.headers['content-type']).toBe('application/json');
		expect(call.rawBody).toBe('{}');
	});

	it('Business API: a revoked token is refreshed once and the call retried once', async () => {
		await context.harness.runSipay({ parameters: businessAccount });
		sandbox.business.revokeTokens();
		const { items: output, error } = await context.harness.runSipay({ parameters: businessAccount, items: items(3) });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(3);
		expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(2);
		expect(sandbox.requestsTo('/sts/v1/Account/GetBusinessAccount').map((call) => call.status)).toEqual([
			200, 401, 200, 200, 200,
		]);
	});

	it('Business answers keep 19-digit ids that Sipay sends as bare numbers', async () => {
		sandbox.faults.add({
			path: '/sts/v1/Account/GetBusinessAccount',
			fault: {
				kind: 'http',
				status: 200,
				rawBody: '{"status":0,"code":"100","message":null,"payload":{"id":2111111222222333333,"business_type":1}}',
			},
		});
		const { items: output } = await context.harness.runSipay({ parameters: businessAccount });
		expect(output[0].json.sipay).toEqual({ id: '2111111222222333333', business_type: 1 });
	});

	it('a Sipay error becomes an n8n error with Sipay code and message, and no secret', async () => {
		context.harness.credentials.set('sipayPaymentApi', {
			...sandbox.paymentCredentials(),
			merchantKey: '$2y$10$wrongwrongwrongwrongwrongwrongwrong',
		});
		const { error } = await context.harness.runSipay({ parameters: installments });
		expect(error?.message).toBe('Sipay Payment API error 14: Merchant not found');
		expect(error?.description).toContain('check the Merchant Key');
		const serialized = JSON.stringify(error) + String(error?.stack);
		expect(serialized).not.toContain('wrongwrongwrong');
		expect(serialized).not.toContain(sandbox.payment.merchant.appSecret);
	});

	it('continue-on-fail outputs the error per item, paired to its item', async () => {
		sandbox.faults.add({
			path: '/ccpayment/api/installments',
			fault: { kind: 'sipayCode', code: 99, message: 'Unknown error' },
			times: 1,
		});
		const { items: output, error } = await context.harness.runSipay({
			parameters: installments,
			items: items(2),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(output[0].json).toMatchObject({ error: 'Sipay Payment API error 99: Unknown error', sipayCode: '99' });
		expect(output[0].pairedItem).toEqual({ item: 0 });
		expect(output[1].json.installments).toBeDefined();
		expect(output[1].pairedItem).toEqual({ item: 1 });
	});

	it('a Business error carries the code, its meaning and Sipay message', async () => {
		await context.harness.runSipay({ parameters: businessAccount });
		sandbox.faults.add({
			path: '/sts/v1/Account/GetBusinessAccount',
			fault: { kind: 'sipayCode', code: '311', message: 'Cüzdan bakiyeniz yetersiz' },
		});
		const { error } = await context.harness.runSipay({ parameters: businessAccount });
		expect(error?.message).toBe('Sipay Business API error 311: Insufficient wallet balance');
		expect(error?.description).toContain('Cüzdan bakiyeniz yetersiz');
	});

	it('credentials Sipay refuses during a run are reported as such, with Sipay message', async () => {
		context.harness.credentials.set('sipayPaymentApi', { ...sandbox.paymentCredentials(), appSecret: 'wrong-secret-789' });
		const { error } = await context.harness.runSipay({ parameters: installments });
		expect(error?.message).toBe(
			'Sipay Payment API error: Sipay refused the token request: Invalid credentials (status_code 30, HTTP 200)',
		);
		expect(error?.description).toContain('Check App ID and App Secret');
		expect(JSON.stringify(error)).not.toContain('wrong-secret-789');
		expect(sandbox.requestsTo('/ccpayment/api/installments')).toHaveLength(0);

		context.harness.credentials.set('sipayBusinessApi', { ...sandbox.businessCredentials(), clientSecret: 'nope-123' });
		const business = await context.harness.runSipay({ parameters: businessAccount });
		expect(business.error?.message).toBe(
			'Sipay Business API error: Sipay identity server refused the client credentials: invalid_client (HTTP 400)',
		);
	});

	it('an unreachable token endpoint is named', async () => {
		context.harness.credentials.set('sipayPaymentApi', { ...sandbox.paymentCredentials(), baseUrl: 'http://127.0.0.1:9' });
		const { error } = await context.harness.runSipay({ parameters: installments });
		expect(error?.message).toBe(
			'Sipay Payment API error: Could not reach http://127.0.0.1:9/ccpayment/api/token: the connection was refused',
		);
	});

	it('an unreachable Sipay is reported without retrying', async () => {
		context.harness.credentials.set('sipayPaymentApi', { ...sandbox.paymentCredentials(), token: 'sim.stale' });
		sandbox.faults.add({ path: '/ccpayment/api/installments', fault: { kind: 'reset' } });
		const { error } = await context.harness.runSipay({ parameters: installments });
		expect(error?.message).toMatch(/^Sipay Payment API error: no answer: the connection was reset from http/);
		expect(sandbox.requestsTo('/ccpayment/api/installments')).toHaveLength(1);
	});

	it('checkstatus is signed with invoice_id|merchant_key and Sipay accepts the hash', async () => {
		const { error } = await context.harness.runSipay({
			parameters: { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: 'INV-404' },
		});
		expect(error?.message).toBe('Sipay Payment API error 31: Transaction not found');
		const [call] = sandbox.requestsTo('/ccpayment/api/checkstatus');
		expect(call.body).toMatchObject({ invoice_id: 'INV-404', app_lang: 'en', include_pending_status: true });
		expect(call.body.hash_key).toMatch(/^[0-9a-f]{16}:[0-9a-f]{4}:/);
	});

	it('bad input is refused with the field named and nothing is sent', async () => {
		const { error } = await context.harness.runSipay({
			parameters: { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: '  ' },
		});
		expect(error?.message).toBe('Invoice ID is required');
		expect(sandbox.requests).toHaveLength(0);
	});

	describe('credential tests', () => {
		it('Payment: valid credentials name the integration mode', async () => {
			const result = await context.harness.testCredential('sipayPaymentApi', sandbox.paymentCredentials());
			expect(result).toEqual({
				status: 'OK',
				message: 'Connected. Integration mode: Non-secure (2-D) or 3-D Secure payments (is_3d=1)',
			});
		});

		it('Payment: wrong secret fails with Sipay own message and without the secret', async () => {
			const result = await context.harness.testCredential('sipayPaymentApi', {
				...sandbox.paymentCredentials(),
				appSecret: 'not-the-secret-123',
			});
			expect(result.status).toBe('Error');
			expect(result.message).toContain('Invalid credentials');
			expect(result.message).toContain('status_code 30');
			expect(result.message).not.toContain('not-the-secret-123');
		});

		it('Business: valid and invalid client credentials', async () => {
			const ok = await context.harness.testCredential('sipayBusinessApi', sandbox.businessCredentials());
			expect(ok).toEqual({ status: 'OK', message: 'Connected. Token valid for 3600 s' });
			const bad = await context.harness.testCredential('sipayBusinessApi', {
				...sandbox.businessCredentials(),
				clientSecret: 'wrong-secret-456',
			});
			expect(bad.status).toBe('Error');
			expect(bad.message).toContain('invalid_client');
			expect(bad.message).not.toContain('wrong-secret-456');
		});
	});
});

describe('x-client-id (business-api.md §2.1: sent when set)', () => {
	const sandbox = new SipaySandbox({ business: { client: { xClientId: '' } } });
	const harness = new Harness();

	beforeAll(async () => {
		await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
	});
	beforeEach(() => sandbox.reset());

	it('a credential with X-Client-ID left empty sends no x-client-id header (not the Client ID)', async () => {
		harness.credentials.set('sipayBusinessApi', { ...sandbox.businessCredentials(), xClientId: '' });
		const { items, error } = await harness.runSipay({ parameters: businessAccount });
		expect(error).toBeUndefined();
		expect(items[0].json.account_number).toBe('1122334455');
		const [call] = sandbox.requestsTo('/sts/v1/Account/GetBusinessAccount');
		expect(call.headers['x-client-id']).toBeUndefined();
		expect(call.headers.authorization).toMatch(/^Bearer sim\./);
	});

	it('a value Sipay did not issue is refused by the simulator', async () => {
		harness.credentials.set('sipayBusinessApi', { ...sandbox.businessCredentials(), xClientId: 'made-up-key' });
		const { error } = await harness.runSipay({ parameters: businessAccount });
		expect(error?.message).toBe('Sipay Business API error: authentication failed after refreshing the token');
		expect(sandbox.requestsTo('/sts/v1/Account/GetBusinessAccount').map((call) => call.headers['x-client-id'])).toEqual([
			'made-up-key',
			'made-up-key',
		]);
	});
});

describe('expired tokens', () => {
	const sandbox = new SipaySandbox({ paymentTokenTtlMs: 150, businessTokenTtlSeconds: 0.15 });
	const harness = new Harness();

	beforeAll(async () => {
		await sandbox.start();
		harness.credentials.set('sipayPaymentApi', sandbox.paymentCredentials());
		harness.credentials.set('sipayBusinessApi', sandbox.businessCredentials());
	});
	afterAll(async () => {
		await sandbox.stop();
	});

	it('an expired token is replaced once per API, and the call goes through', async () => {
		await harness.runSipay({ parameters: installments });
		await harness.runSipay({ parameters: businessAccount });
		await new Promise((resolve) => setTimeout(resolve, 250));
		const payment = await harness.runSipay({ parameters: installments });
		const business = await harness.runSipay({ parameters: businessAccount });
		expect(payment.error).toBeUndefined();
		expect(business.error).toBeUndefined();
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(2);
		expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(2);
		expect(harness.credentials.preAuthenticationRuns.get('sipayPaymentApi')).toBe(2);
	});
});
