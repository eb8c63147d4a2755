import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { SipaySandbox, startSandbox } from './server';

/** The simulated Sipay Business API over real HTTP, checked the way a client would see it. */

interface Envelope {
	status: number;
	code: string;
	message: string | null;
	payload: any;
}

const OWN_ACCOUNT = '1122334455';
const MAIN_TRY = '754938444';
const SECOND_TRY = '754938447';
const USD_WALLET = '754938445';
const AYSE_WALLET = '484863917';
const OTHER_BUSINESS_TRY = '864200001';
const BURAK_IBAN = 'TR220006221935787735797651';

let sandbox: SipaySandbox;
let accessToken: string;
let extCounter = 0;

const nextExt = () => `ext-${Date.now()}-${++extCounter}`;

async function requestToken(fields: Record<string, string>, asJson = false, target = sandbox): Promise<Response> {
	const client = target.business.client;
	const body = {
		grant_type: 'client_credentials',
		client_id: client.clientId,
		client_secret: client.clientSecret,
		scope: 'sts_business_api',
		...fields,
	};
	return await fetch(`${target.url}/ids/connect/token`, {
		method: 'POST',
		headers: { 'Content-Type': asJson ? 'application/json' : 'application/x-www-form-urlencoded' },
		body: asJson ? JSON.stringify(body) : new URLSearchParams(body).toString(),
	});
}

async function newToken(target = sandbox): Promise<string> {
	return ((await (await requestToken({}, false, target)).json()) as { access_token: string }).access_token;
}

async function api(
	path: string,
	body: unknown = {},
	options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; token?: string } = {},
): Promise<{ http: number; body: Envelope }> {
	const method = options.method ?? 'POST';
	const response = await fetch(`${sandbox.url}/sts${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${options.token ?? accessToken}`,
			'x-client-id': sandbox.business.client.xClientId,
			'Content-Type': 'application/json',
			...options.headers,
		},
		body: method === 'POST' ? JSON.stringify(body) : undefined,
	});
	return { http: response.status, body: (await response.json()) as Envelope };
}

async function control(path: string, body: unknown): Promise<{ http: number; body: any }> {
	const response = await fetch(`${sandbox.url}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	return { http: response.status, body: await response.json() };
}

async function balance(walletNumber: string): Promise<number> {
	const { body } = await api('/v1/Wallet/Info', { wallet_number: walletNumber });
	return body.payload.wallet_info.total_balance;
}

/** Any wallet's balance, including other account holders' (simulator state). */
async function anyBalance(walletNumber: string): Promise<number> {
	const state = (await (await fetch(`${sandbox.url}/sandbox/business/state`)).json()) as {
		wallets: Array<{ number: string; total_balance: number }>;
	};
	return state.wallets.find((wallet) => wallet.number === walletNumber)!.total_balance;
}

const transferBody = (fields: Record<string, unknown> = {}) => ({
	sender_account_number: OWN_ACCOUNT,
	sender_wallet_number: MAIN_TRY,
	receiver_wallet_number: AYSE_WALLET,
	amount: 100,
	currency_code: 'TRY',
	ext_transaction_id: nextExt(),
	description: 'Hakediş ödemesi',
	...fields,
});

const payoutBody = (fields: Record<string, unknown> = {}) => ({
	sender_account_number: OWN_ACCOUNT,
	sender_wallet_number: MAIN_TRY,
	ext_transaction_id: nextExt(),
	receiver_account_holder_name: 'Burak Yılmaz',
	receiver_iban: BURAK_IBAN,
	receiver_national_id_or_tax_no: '10000000146',
	amount: 720,
	currency_code: 'TRY',
	description: 'Tedarikçi ödemesi',
	...fields,
});

/** A webhook endpoint on 127.0.0.1 that keeps the raw bodies it receives. */
class Receiver {
	readonly bodies: string[] = [];

	private server?: Server;

	url = '';

	async start(): Promise<void> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				this.bodies.push(Buffer.concat(chunks).toString('utf8'));
				res.writeHead(200).end('OK');
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/sipay`;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	get last(): string {
		return this.bodies[this.bodies.length - 1];
	}
}

let receiver: Receiver;

beforeAll(async () => {
	sandbox = await startSandbox();
	receiver = new Receiver();
	await receiver.start();
});

afterAll(async () => {
	await sandbox.stop();
	await receiver.stop();
});

beforeEach(async () => {
	sandbox.reset();
	receiver.bodies.length = 0;
	accessToken = await newToken();
});

describe('authentication (§5, §2.1)', () => {
	it('issues a bearer token for the client credentials form', async () => {
		const response = await requestToken({});
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'sts_business_api' });
	});

	it('refuses a wrong secret, a wrong scope and a JSON body', async () => {
		const wrongSecret = await requestToken({ client_secret: 'nope' });
		expect(wrongSecret.status).toBe(400);
		expect(await wrongSecret.json()).toEqual({ error: 'invalid_client' });
		const wrongScope = await requestToken({ scope: 'sts_api' });
		expect(await wrongScope.json()).toEqual({ error: 'invalid_scope' });
		const asJson = await requestToken({}, true);
		expect(asJson.status).toBe(400);
		expect(await asJson.json()).toEqual({ error: 'invalid_request' });
	});

	it('answers 401 without x-client-id, with a revoked token and with an expired one', async () => {
		const noClientId = await fetch(`${sandbox.url}/sts/v1/Account/GetBusinessAccount`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
			body: '{}',
		});
		expect(noClientId.status).toBe(401);

		sandbox.business.revokeTokens();
		expect((await api('/v1/Account/GetBusinessAccount')).http).toBe(401);

		const shortLived = await startSandbox({ businessTokenTtlSeconds: 1 });
		try {
			const client = shortLived.business.client;
			const access_token = await newToken(shortLived);
			await new Promise((resolve) => setTimeout(resolve, 1100));
			const expired = await fetch(`${shortLived.url}/sts/v1/Account/GetBusinessAccount`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${access_token}`, 'x-client-id': client.xClientId, 'Content-Type': 'application/json' },
				body: '{}',
			});
			expect(expired.status).toBe(401);
		} finally {
			await shortLived.stop();
		}
	});

	it('a client without a platform key sends no x-client-id; any value it sends is refused (§2.1)', async () => {
		const withoutKey = await startSandbox({ business: { client: { xClientId: '' } } });
		try {
			const client = withoutKey.business.client;
			const access_token = await newToken(withoutKey);
			const call = async (headers: Record<string, string>) =>
				await fetch(`${withoutKey.url}/sts/v1/Account/GetBusinessAccount`, {
					method: 'POST',
					headers: { Authorization: `Bearer ${access_token}`, 'Content-Type': 'application/json', ...headers },
					body: '{}',
				});
			expect((await call({})).status).toBe(200);
			const asClientId = await call({ 'x-client-id': client.clientId });
			expect(asClientId.status).toBe(401);
			expect(await asClientId.json()).toMatchObject({ code: '401', message: 'unknown x-client-id header' });
		} finally {
			await withoutKey.stop();
		}
	});
});

describe('account (§6)', () => {
	it('returns the business behind the token', async () => {
		const { http, body } = await api('/v1/Account/GetBusinessAccount', {});
		expect(http).toBe(200);
		expect(body).toMatchObject({ status: 0, code: '100', message: 'İşlem Başarılı' });
		expect(body.payload).toMatchObject({ account_number: OWN_ACCOUNT, tenant_id: '1', kyc_level: 'Contracted' });
		expect(body.payload.id).toMatch(/^\d{19}$/);
	});

	it('rejects a request without a JSON body', async () => {
		const post = async (headers: Record<string, string>, body?: string) =>
			await fetch(`${sandbox.url}/sts/v1/Account/GetBusinessAccount`, {
				method: 'POST',
				headers: { Authorization: `Bearer ${accessToken}`, 'x-client-id': sandbox.business.client.xClientId, ...headers },
				body,
			});
		expect((await post({})).status).toBe(415);
		expect((await post({ 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=1')).status).toBe(415);
		const empty = await post({ 'Content-Type': 'application/json' });
		expect(empty.status).toBe(400);
		expect(await empty.json()).toMatchObject({ status: 2, code: '400' });
	});

	it('finds a personal wallet by account number and by phone', async () => {
		const byAccount = await api('/v1/Account/CheckPersonalWallet', { account_number: '876543210', currency_code: 'TRY' });
		expect(byAccount.body.payload).toEqual({
			exist: true,
			wallet_number: AYSE_WALLET,
			first_name: 'Ayşe',
			last_name: 'Kaya',
			currency_code: 'TRY',
		});
		const byPhone = await api('/v1/Account/CheckPersonalWallet', {
			phone_country_number: '90',
			phone_number: '5559876543',
			currency_code: 'EUR',
		});
		expect(byPhone.body.payload).toMatchObject({ exist: true, wallet_number: '484863919', first_name: 'Mehmet' });
	});

	it('reports unknown users, missing currencies and missing lookup fields', async () => {
		const unknown = await api('/v1/Account/CheckPersonalWallet', { account_number: '999999999', currency_code: 'TRY' });
		expect(unknown.body).toMatchObject({ status: 0, code: '100', payload: { exist: false, wallet_number: null } });
		const noEuro = await api('/v1/Account/CheckPersonalWallet', { account_number: '876543210', currency_code: 'EUR' });
		expect(noEuro.body).toMatchObject({ status: 2, code: '300' });
		const noKey = await api('/v1/Account/CheckPersonalWallet', { currency_code: 'TRY' });
		expect(noKey.http).toBe(400);
	});
});

describe('wallets (§7)', () => {
	it('creates a wallet and shows it in Info and ListByFilter', async () => {
		const created = await api('/v1/Wallet/CreateWalletForBusinessAccount', {
			name: 'Kampanya',
			currency_code: 'TRY',
			use_fast_iban: true,
			tenant_id: 1,
		});
		expect(created.body).toMatchObject({ status: 0, code: '100', message: null });
		expect(typeof created.body.payload).toBe('string');
		const info = await api('/v1/Wallet/Info', { wallet_number: created.body.payload, account_number: OWN_ACCOUNT });
		expect(info.body.payload.wallet_info).toMatchObject({
			number: created.body.payload,
			name: 'Kampanya',
			total_balance: 0,
			currency_code: 'TRY',
			account_type: 'Business',
		});
		expect(info.body.payload.wallet_info.fast_iban).toMatch(/^TR\d{24}$/);
		const list = await api('/v1/Wallet/ListByFilter', {
			page_index: 0,
			page_size: 10,
			order_column: 'CreatedDateUtc',
			order_by: 'desc',
			name: 'kampanya',
		});
		expect(list.body.payload.results.map((wallet: { number: string }) => wallet.number)).toEqual([created.body.payload]);
	});

	it('answers 300 for a wallet of another account and 400 for a bad currency', async () => {
		expect((await api('/v1/Wallet/Info', { wallet_number: AYSE_WALLET })).body.code).toBe('300');
		expect((await api('/v1/Wallet/Info', { wallet_number: MAIN_TRY, account_number: '2233445566' })).body.code).toBe('300');
		const bad = await api('/v1/Wallet/CreateWalletForBusinessAccount', { name: 'x', currency_code: 'XYZ' });
		expect(bad.http).toBe(400);
	});

	it('filters and pages the wallet list', async () => {
		const paging = { page_size: 2, page_index: 0, order_column: 'Id', order_by: 'asc' };
		const all = await api('/v1/Wallet/ListByFilter', paging);
		expect(all.body.payload).toMatchObject({ row_count: 4, page_count: 2, page_index: 0, page_size: 2, last_row_index: 2 });
		expect(all.body.payload.results).toHaveLength(2);
		const second = await api('/v1/Wallet/ListByFilter', { ...paging, page_index: 1 });
		expect(second.body.payload.results).toHaveLength(2);
		const usd = await api('/v1/Wallet/ListByFilter', { ...paging, currency_code: 'USD' });
		expect(usd.body.payload.results.map((wallet: { number: string }) => wallet.number)).toEqual([USD_WALLET]);
		const rich = await api('/v1/Wallet/ListByFilter', { ...paging, min: 5000 });
		expect(rich.body.payload.results.map((wallet: { number: string }) => wallet.number)).toEqual([MAIN_TRY]);
		const missingPaging = await api('/v1/Wallet/ListByFilter', { currency_code: 'TRY' });
		expect(missingPaging.http).toBe(400);
	});
});

describe('transfers (§8.1, §8.2, §8.4)', () => {
	it('moves money from the business to a personal wallet', async () => {
		const { body } = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 100 }));
		expect(body).toMatchObject({ status: 0, code: '100' });
		expect(body.payload).toMatchObject({
			transaction_amount: 100,
			receiver_first_name: 'Ayşe',
			receiver_last_name: 'Kaya',
			receiver_account_number: '876543210',
			receiver_wallet_number: AYSE_WALLET,
			sender_wallet_info: { number: MAIN_TRY, total_balance: 9900 },
		});
		expect(body.payload.transaction_id).toMatch(/^\d{19}$/);
		expect(await balance(MAIN_TRY)).toBe(9900);
		expect(await anyBalance(AYSE_WALLET)).toBe(350);
	});

	it('refuses a reused ext_transaction_id with 301, across transfer kinds', async () => {
		const first = transferBody();
		expect((await api('/v1/Transaction/BusinessToPersonalTransfer', first)).body.code).toBe('100');
		const again = await api('/v1/Transaction/BusinessToPersonalTransfer', first);
		expect(again.http).toBe(200);
		expect(again.body).toMatchObject({ status: 2, code: '301' });
		const asB2b = await api(
			'/v1/Transaction/BusinessToBusinessTransfer',
			{ ...first, receiver_wallet_number: OTHER_BUSINESS_TRY },
		);
		expect(asB2b.body.code).toBe('301');
		expect(await balance(MAIN_TRY)).toBe(9900);
	});

	it('answers 311, 303 and 300 and moves nothing', async () => {
		const tooMuch = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 10000.01 }));
		expect(tooMuch.body).toMatchObject({ status: 2, code: '311' });
		const sameWallet = await api('/v1/Transaction/TransferToVirement', transferBody({ receiver_wallet_number: MAIN_TRY }));
		expect(sameWallet.body.code).toBe('303');
		const unknown = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ receiver_wallet_number: '111111111' }));
		expect(unknown.body.code).toBe('300');
		const businessReceiver = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ receiver_wallet_number: OTHER_BUSINESS_TRY }));
		expect(businessReceiver.body.code).toBe('300');
		const notOurs = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ sender_account_number: '2233445566' }));
		expect(notOurs.body.code).toBe('300');
		const wrongCurrency = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ currency_code: 'USD' }));
		expect(wrongCurrency.body.code).toBe('300');
		const zero = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 0 }));
		expect(zero.http).toBe(400);
		expect(await balance(MAIN_TRY)).toBe(10000);
		const retried = transferBody({ amount: 20000 });
		expect((await api('/v1/Transaction/BusinessToPersonalTransfer', retried)).body.code).toBe('311');
		expect((await api('/v1/Transaction/BusinessToPersonalTransfer', { ...retried, amount: 10 })).body.code).toBe('100');
	});

	it('moves money between the business own wallets', async () => {
		const { body } = await api(
			'/v1/Transaction/TransferToVirement',
			transferBody({ receiver_wallet_number: SECOND_TRY, amount: 2500.5 }),
		);
		expect(body.payload).toMatchObject({
			receiver_first_name: '',
			receiver_last_name: '',
			receiver_account_number: OWN_ACCOUNT,
			receiver_wallet_number: SECOND_TRY,
			sender_wallet_info: { total_balance: 7499.5 },
		});
		expect(await balance(SECOND_TRY)).toBe(2500.5);
		const toOutsider = await api('/v1/Transaction/TransferToVirement', transferBody({ receiver_wallet_number: AYSE_WALLET }));
		expect(toOutsider.body.code).toBe('300');
	});

	it('moves money to another business and reports the balance split', async () => {
		await api('/v1/Transaction/TransferToVirement', transferBody({ receiver_wallet_number: SECOND_TRY, amount: 300 }));
		const { body } = await api(
			'/v1/Transaction/BusinessToBusinessTransfer',
			transferBody({ sender_wallet_number: SECOND_TRY, receiver_wallet_number: OTHER_BUSINESS_TRY, amount: 200 }),
		);
		expect(body.payload).toMatchObject({
			receiver_first_name: 'Y Ticaret A.Ş.',
			receiver_account_number: '2233445566',
			payment_balance_movement: 200,
			cash_balance_movement: 0,
			sender_wallet_info: { total_balance: 100, payment_balance: { available: 100 } },
		});
		expect(await anyBalance(OTHER_BUSINESS_TRY)).toBe(5200);
		const toPersonal = await api('/v1/Transaction/BusinessToBusinessTransfer', transferBody());
		expect(toPersonal.body.code).toBe('300');
	});
});

describe('payouts (§8.3, §9.2, §10.2)', () => {
	beforeEach(async () => {
		await control('/sandbox/business/webhooks', { url: receiver.url });
	});

	it('accepts a payout, then the bank completes it and the webhook arrives with bare big ids', async () => {
		const request = payoutBody({ amount: 720 });
		const { body } = await api('/v1/Transaction/SendMoneyToBankAccount', request);
		expect(body).toMatchObject({ status: 0, code: '100' });
		expect(body.payload).toMatchObject({
			ext_transaction_id: request.ext_transaction_id,
			transaction_amount: 720,
			transaction_fee_amount: 1.5,
			previous_amount: 10000,
			wallet_info: { total_balance: 9278.5 },
		});
		expect(body.payload.request_id).toMatch(/^\d{19}$/);
		const pending = await api('/v1/TransactionData/GetRequestWithdrawByExtId', { ext_transaction_id: request.ext_transaction_id });
		expect(pending.body.payload).toMatchObject({ process_level_status: 0, iban: BURAK_IBAN, base_amount: 720, currency: 'TRY' });

		const done = await control('/sandbox/business/payouts/complete', { ext_transaction_id: request.ext_transaction_id, outcome: 'completed' });
		expect(done.body.webhook).toMatchObject({ status: 200 });
		const raw = receiver.last;
		expect(raw).toContain(`"request_withdraw_id":${body.payload.request_id}`);
		expect(raw).toContain(`"transaction_id":${body.payload.transaction_id}`);
		expect(raw).toContain(`"ext_transaction_id":"${request.ext_transaction_id}"`);
		expect(JSON.parse(raw)).toMatchObject({
			tenant_id: 1,
			amount: 720,
			after_process_status: 1,
			before_process_status: 0,
			to_iban: BURAK_IBAN,
			to_name: 'Bxxxx Yxxxxx',
			wallet_number: MAIN_TRY,
		});
		const completed = await api('/v1/TransactionData/GetRequestWithdrawByExtId', { ext_transaction_id: request.ext_transaction_id });
		expect(completed.body.payload.process_level_status).toBe(1);
		expect(await balance(MAIN_TRY)).toBe(9278.5);

		const returned = await control('/sandbox/business/payouts/complete', { ext_transaction_id: request.ext_transaction_id, outcome: 'refunded' });
		expect(returned.http).toBe(200);
		expect(JSON.parse(receiver.last)).toMatchObject({ after_process_status: 5, before_process_status: 1 });
		expect(await balance(MAIN_TRY)).toBe(10000);
		const twice = await control('/sandbox/business/payouts/complete', { ext_transaction_id: request.ext_transaction_id, outcome: 'completed' });
		expect(twice.http).toBe(409);
	});

	it('refunds the wallet when the bank rejects the payout and hides it from the summary', async () => {
		const request = payoutBody({ amount: 50 });
		const accepted = await api('/v1/Transaction/SendMoneyToBankAccount', request);
		expect(await balance(MAIN_TRY)).toBe(9948.5);
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: request.ext_transaction_id, outcome: 'rejected' });
		expect(JSON.parse(receiver.last)).toMatchObject({ after_process_status: 2, transaction_id: 0 });
		expect(await balance(MAIN_TRY)).toBe(10000);
		const status = await api('/v1/TransactionData/GetRequestWithdrawByExtId', { ext_transaction_id: request.ext_transaction_id });
		expect(status.body.payload.process_level_status).toBe(2);
		const summary = await api('/v1/TransactionData/SummaryRecordByFilter', {
			order_column: 'CreatedDateUtc',
			ext_transaction_id: request.ext_transaction_id,
		});
		expect(summary.body.payload.row_count).toBe(0);
		const receipt = await api('/v1/TransactionData/TransactionReceipt', { id: accepted.body.payload.transaction_id });
		expect(receipt.body.code).toBe('300');

		const failed = payoutBody({ amount: 10 });
		await api('/v1/Transaction/SendMoneyToBankAccount', failed);
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: failed.ext_transaction_id, outcome: 'failed' });
		expect(JSON.parse(receiver.last)).toMatchObject({ after_process_status: 4 });
		expect((await api('/v1/TransactionData/GetRequestWithdrawByExtId', { ext_transaction_id: failed.ext_transaction_id })).body.payload.process_level_status).toBe(3);
		expect(await balance(MAIN_TRY)).toBe(10000);
	});

	it('answers 503 when the recipient does not match the bank records, and sends no webhook', async () => {
		const wrongName = await api('/v1/Transaction/SendMoneyToBankAccount', payoutBody({ receiver_account_holder_name: 'Ahmet Yılmaz' }));
		expect(wrongName.body).toMatchObject({ status: 2, code: '503' });
		const wrongId = await api('/v1/Transaction/SendMoneyToBankAccount', payoutBody({ receiver_national_id_or_tax_no: '11111111111' }));
		expect(wrongId.body.code).toBe('503');
		const badChecksum = await api('/v1/Transaction/SendMoneyToBankAccount', payoutBody({ receiver_iban: 'TR230006221935787735797651' }));
		expect(badChecksum.body.code).toBe('503');
		const notTurkish = await api('/v1/Transaction/SendMoneyToBankAccount', payoutBody({ receiver_iban: 'DE89370400440532013000' }));
		expect(notTurkish.body.code).toBe('503');
		const tooMuch = await api('/v1/Transaction/SendMoneyToBankAccount', payoutBody({ amount: 9999 }));
		expect(tooMuch.body.code).toBe('311');
		const missing = await api('/v1/TransactionData/GetRequestWithdrawByExtId', { ext_transaction_id: 'never-sent' });
		expect(missing.body.code).toBe('300');
		expect(await balance(MAIN_TRY)).toBe(10000);
		expect(receiver.bodies).toHaveLength(0);
	});

	it('lists withdraw requests by filter', async () => {
		const first = payoutBody({ amount: 100 });
		const second = payoutBody({ amount: 200 });
		await api('/v1/Transaction/SendMoneyToBankAccount', first);
		await api('/v1/Transaction/SendMoneyToBankAccount', second);
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: first.ext_transaction_id, outcome: 'completed' });
		const base = { tenant_id: 1, page_size: 10, page_index: 0 };
		const all = await api('/v1/TransactionData/GetRequestWithdrawListByFilter', base);
		expect(all.body.payload).toMatchObject({ row_count: 2, page_count: 1 });
		const pending = await api('/v1/TransactionData/GetRequestWithdrawListByFilter', { ...base, process_level_status_id: 0 });
		expect(pending.body.payload.results.map((row: { ext_transaction_id: string }) => row.ext_transaction_id)).toEqual([second.ext_transaction_id]);
		const big = await api('/v1/TransactionData/GetRequestWithdrawListByFilter', { ...base, begin_amount: 150, iban: BURAK_IBAN });
		expect(big.body.payload.row_count).toBe(1);
		const noTenant = await api('/v1/TransactionData/GetRequestWithdrawListByFilter', { page_size: 10, page_index: 0 });
		expect(noTenant.http).toBe(400);
	});
});

describe('transaction data (§9)', () => {
	it('lists the last 3 days by default and older records with dates, with filters and paging', async () => {
		await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 10 }));
		await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 20 }));
		const virement = transferBody({ receiver_wallet_number: SECOND_TRY, amount: 30 });
		await api('/v1/Transaction/TransferToVirement', virement);

		const recent = await api('/v1/TransactionData/SummaryRecordByFilter', { order_column: 'CreatedDateUtc', order_by: 'asc' });
		expect(recent.body.payload.row_count).toBe(3);
		expect(recent.body.payload.results.map((row: { tx_base_amount: number }) => row.tx_base_amount)).toEqual([10, 20, 30]);

		const since = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString();
		const withOpenings = await api('/v1/TransactionData/SummaryRecordByFilter', {
			order_column: 'CreatedDateUtc',
			start_date: since,
			end_date: new Date().toISOString(),
			transaction_type_code_list: [1004],
		});
		expect(withOpenings.body.payload.row_count).toBe(3);
		expect(withOpenings.body.payload.results[0]).toMatchObject({ transaction_type_id: 1004, result_code: 'Success' });

		const usd = await api('/v1/TransactionData/SummaryRecordByFilter', { order_column: 'Id', start_date: since, currency_code: ['USD'] });
		expect(usd.body.payload.results).toHaveLength(1);
		expect(usd.body.payload.results[0]).toMatchObject({ to_wallet_number: USD_WALLET, tx_base_amount: 1000 });

		const b2p = await api('/v1/TransactionData/SummaryRecordByFilter', {
			order_column: 'CreatedDateUtc',
			order_by: 'desc',
			transaction_type_code: 3004,
			page_size: 1,
			page_index: 1,
		});
		expect(b2p.body.payload).toMatchObject({ row_count: 2, page_count: 2, page_index: 1, last_row_index: 2 });
		expect(b2p.body.payload.results[0]).toMatchObject({ tx_base_amount: 10, to_wallet_number: AYSE_WALLET, from_wallet_number: MAIN_TRY });

		const byExt = await api('/v1/TransactionData/SummaryRecordByFilter', { order_column: 'Id', ext_transaction_id: virement.ext_transaction_id });
		expect(byExt.body.payload.results[0]).toMatchObject({ transaction_type_id: 3006, to_wallet_number: SECOND_TRY });
		expect(JSON.parse(byExt.body.payload.results[0].tx_additional_data_json).Message.ReceiverWalletNumber).toBe(SECOND_TRY);

		const range = await api('/v1/TransactionData/SummaryRecordByFilter', { order_column: 'Id', min_amount: 15, max_amount: 25 });
		expect(range.body.payload.row_count).toBe(1);

		const stringCurrency = await api('/v1/TransactionData/SummaryRecordByFilter', { order_column: 'Id', currency_code: 'TRY' });
		expect(stringCurrency.http).toBe(400);
	});

	it('returns a PDF receipt for a transaction and 300 for an unknown id', async () => {
		const transfer = await api('/v1/Transaction/BusinessToPersonalTransfer', transferBody({ amount: 42 }));
		const { body } = await api('/v1/TransactionData/TransactionReceipt', { id: transfer.body.payload.transaction_id });
		expect(body.payload).toMatch(/^JVBER/);
		const pdf = Buffer.from(body.payload, 'base64').toString('latin1');
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toContain(transfer.body.payload.transaction_id);
		expect(pdf).toContain('42.00 TRY');
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
		const unknown = await api('/v1/TransactionData/TransactionReceipt', { id: '1234567890123456789' });
		expect(unknown.body.code).toBe('300');
	});

	it('lists payment types with GET', async () => {
		const { http, body } = await api('/v1/Transaction/GetPaymentTypes', undefined, { method: 'GET', headers: { locale: 'en' } });
		expect(http).toBe(200);
		expect(body.status).toBe(0);
		expect(body.payload[0]).toMatchObject({ code: '01', name: 'Residential rent payment' });
	});
});

describe('top-up webhooks (§10.3, §10.4)', () => {
	beforeEach(async () => {
		await control('/sandbox/business/webhooks', { url: receiver.url });
	});

	it('credits the wallet and sends the top-up webhook', async () => {
		const result = await control('/sandbox/business/topup', { wallet_number: MAIN_TRY, amount: 500, description: '1122334455' });
		expect(result.body).toMatchObject({ credited: true, webhook: { status: 200 } });
		expect(await balance(MAIN_TRY)).toBe(10500);
		const raw = receiver.last;
		expect(raw).toMatch(/"id":\d{19},/);
		expect(raw).toMatch(/"wallet_id":\d{19},/);
		expect(raw).toContain(`"id":${result.body.transaction_id}`);
		const webhook = JSON.parse(raw);
		expect(webhook).toMatchObject({
			tenant_id: 1,
			transaction_type_id: 1004,
			transaction_status_id: 20,
			transaction_status: 'NormalCompleted',
			result_code: 'Success',
			to_wallet_number: MAIN_TRY,
			tx_description: '1122334455',
			currency_code: 'TRY',
			amount: 500,
		});
		expect(typeof webhook.tx_additional_data_json).toBe('string');
		expect(JSON.parse(webhook.tx_additional_data_json).Message).toMatchObject({ Amount: 500, Description: '1122334455' });
	});

	it('sends the failed top-up webhook without crediting', async () => {
		const limit = await control('/sandbox/business/topup', { wallet_number: MAIN_TRY, amount: 500, fail: '310' });
		expect(limit.body).toMatchObject({ credited: false, result_code: '310' });
		expect(JSON.parse(receiver.last)).toMatchObject({ tenant_id: 1, result_code: '310', wallet_number: MAIN_TRY, amount: 500 });
		expect(await balance(MAIN_TRY)).toBe(10000);

		await control('/sandbox/business/topup', { wallet_number: '000000000', amount: 75, description: '8473940087' });
		expect(JSON.parse(receiver.last)).toMatchObject({ result_code: '300', wallet_number: '', description: '8473940087' });

		await control('/sandbox/business/topup', { wallet_number: MAIN_TRY, amount: 10, bank_receipt_no: 'R-1' });
		const reused = await control('/sandbox/business/topup', { wallet_number: MAIN_TRY, amount: 10, bank_receipt_no: 'R-1' });
		expect(reused.body.result_code).toBe('360');
		expect(JSON.parse(receiver.last).result_message).toContain('R-1');
		expect(await balance(MAIN_TRY)).toBe(10010);
	});
});
