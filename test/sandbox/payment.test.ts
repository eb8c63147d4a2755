import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { decryptHashKey, generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { parseForm } from './http';
import { SipaySandbox, startSandbox } from './server';

/** The simulated Payment API over real HTTP: what it accepts, refuses and remembers (payment-api.md). */

type Body = Record<string, unknown>;

interface Answer {
	status: number;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
	text: string;
	headers: Headers;
}

interface Received {
	path: string;
	fields: Record<string, string>;
}

const APP_SECRET = 'b46a67571aa1e7ef5641dc3fa6f1712a';
const VISA = '4508034508034509';
const MASTERCARD = '5406675406675403';
const TROY = '6501700139082826';

let sandbox: SipaySandbox;
let receiver: Server;
let receiverUrl = '';
const received: Received[] = [];
let token = '';
let sequence = 0;

const merchantKey = () => sandbox.payment.merchant.merchantKey;
const sign = (...parts: Array<string | number>) => generateHashKey(parts, APP_SECRET);
const decrypt = (hashKey: unknown) => decryptHashKey(hashKey, APP_SECRET);
const newInvoice = () => `INV-${Date.now()}-${++sequence}`;

async function send(
	path: string,
	body: Body,
	options: { form?: boolean; auth?: string | null; method?: 'GET' | 'POST'; base?: string } = {},
): Promise<Answer> {
	const headers: Record<string, string> = { Accept: 'application/json' };
	const auth = options.auth === undefined ? token : options.auth;
	if (auth !== null) headers.Authorization = `Bearer ${auth}`;
	let payload: string | undefined;
	if (options.method !== 'GET') {
		if (options.form) {
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
			payload = new URLSearchParams(
				Object.entries(body).map(([key, value]): [string, string] => [
					key,
					typeof value === 'object' ? JSON.stringify(value) : String(value),
				]),
			).toString();
		} else {
			headers['Content-Type'] = 'application/json';
			payload = JSON.stringify(body);
		}
	}
	const response = await fetch(`${options.base ?? sandbox.url}${path}`, {
		method: options.method ?? 'POST',
		headers,
		body: payload,
		redirect: 'manual',
	});
	const text = await response.text();
	let parsed: unknown = undefined;
	try {
		parsed = JSON.parse(text);
	} catch {
		parsed = undefined;
	}
	return { status: response.status, body: parsed, text, headers: response.headers };
}

const api = (path: string, body: Body, options: Parameters<typeof send>[2] = {}) => send(`/ccpayment${path}`, body, options);

async function newToken(target = sandbox): Promise<string> {
	const response = await fetch(`${target.url}/ccpayment/api/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ app_id: target.payment.merchant.appId, app_secret: APP_SECRET }),
	});
	return ((await response.json()) as { data: { token: string } }).data.token;
}

/** A valid payment body; the hash is computed over the final values unless `hash_key` is given. */
function payment(overrides: Body = {}): Body {
	const body: Body = {
		merchant_key: merchantKey(),
		cc_holder_name: 'Ayse Yilmaz',
		cc_no: VISA,
		expiry_month: '12',
		expiry_year: '2030',
		cvv: '000',
		currency_code: 'TRY',
		installments_number: 1,
		invoice_id: newInvoice(),
		invoice_description: 'Order',
		name: 'Ayse',
		surname: 'Yilmaz',
		total: '10.00',
		items: [{ name: 'Book', price: '10.00', quantity: 1, description: 'Paperback' }],
		return_url: `${receiverUrl}/return`,
		cancel_url: `${receiverUrl}/cancel`,
		ip: '88.255.1.10',
		...overrides,
	};
	body.hash_key ??= sign(
		String(body.total),
		String(body.installments_number),
		String(body.currency_code),
		String(body.merchant_key),
		String(body.invoice_id),
	);
	return body;
}

const checkStatus = (invoiceId: string, extra: Body = {}) =>
	api('/api/checkstatus', { merchant_key: merchantKey(), invoice_id: invoiceId, hash_key: sign(invoiceId, merchantKey()), ...extra });

function refund(invoiceId: string, amount: string, extra: Body = {}) {
	return api('/api/refund', {
		invoice_id: invoiceId,
		amount,
		app_id: sandbox.payment.merchant.appId,
		app_secret: APP_SECRET,
		merchant_key: merchantKey(),
		hash_key: sign(amount, invoiceId, merchantKey()),
		refund_transaction_id: `RF-${++sequence}`,
		...extra,
	});
}

const confirm = (invoiceId: string, status: number, extra: Body = {}) =>
	api('/api/confirmPayment', {
		merchant_key: merchantKey(),
		invoice_id: invoiceId,
		status,
		hash_key: sign(merchantKey(), invoiceId, status),
		...extra,
	});

const registerWebhook = (type: 'sale' | 'recurring' | 'refund', key: string, url = `${receiverUrl}/${type}`) =>
	send('/sandbox/payment/webhooks', { type, key, url }, { auth: null });

/** From Sipay's 3-D HTML through the simulated bank page; returns the page the bank answers with. */
async function passBank(html: string, password: string): Promise<Answer> {
	const redirect = parseForm(html);
	expect(redirect.action).toBe(`${sandbox.url}/sandbox/3d/bank`);
	const bank = await send(new URL(redirect.action).pathname, redirect.fields, { form: true, auth: null });
	expect(bank.status).toBe(200);
	const form = parseForm(bank.text);
	expect(form.action).toBe(`${sandbox.url}/sandbox/3d/complete`);
	expect(Object.keys(form.fields).sort()).toEqual(['password', 'session']);
	return await send('/sandbox/3d/complete', { ...form.fields, password }, { form: true, auth: null });
}

beforeAll(async () => {
	sandbox = await startSandbox();
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			received.push({ path: req.url ?? '', fields: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString())) });
			res.writeHead(200).end('OK');
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await sandbox.stop();
	await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

beforeEach(async () => {
	sandbox.reset();
	received.length = 0;
	token = await newToken();
});

describe('authentication', () => {
	it('refuses wrong credentials with 30 and missing ones with 1', async () => {
		const wrong = await api('/api/token', { app_id: sandbox.payment.merchant.appId, app_secret: 'nope' }, { auth: null });
		expect(wrong.body).toEqual({ status_code: 30, status_description: 'Invalid credentials' });
		const missing = await api('/api/token', { app_id: sandbox.payment.merchant.appId }, { auth: null });
		expect(missing.body.status_code).toBe(1);
		const good = await api('/api/token', { app_id: sandbox.payment.merchant.appId, app_secret: APP_SECRET }, { auth: null });
		expect(good.body.status_code).toBe(100);
		expect(good.body.data.is_3d).toBe(1);
		expect(good.body.data.expires_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
	});

	it('answers HTTP 401 for a missing, unknown or revoked token', async () => {
		const body = { merchant_key: merchantKey() };
		expect((await api('/api/installments', body, { auth: null })).status).toBe(401);
		expect((await api('/api/installments', body, { auth: 'sim.forged' })).status).toBe(401);
		expect((await api('/api/installments', body)).status).toBe(200);
		sandbox.payment.revokeTokens();
		const revoked = await api('/api/installments', body);
		expect(revoked.status).toBe(401);
		expect(revoked.body.status_code).toBe(401);
		expect((await api('/api/paySmart2D', payment())).status).toBe(401);
	});

	it('answers HTTP 401 once the token expired', async () => {
		const shortLived = await new SipaySandbox({ paymentTokenTtlMs: 1500 }).start();
		try {
			const fresh = await newToken(shortLived);
			const body = { merchant_key: merchantKey() };
			expect((await api('/api/installments', body, { auth: fresh, base: shortLived.url })).status).toBe(200);
			await new Promise((resolve) => setTimeout(resolve, 1600));
			expect((await api('/api/installments', body, { auth: fresh, base: shortLived.url })).status).toBe(401);
		} finally {
			await shortLived.stop();
		}
	});

	it('refuses card APIs the merchant integration mode does not allow with 34', async () => {
		const nonSecureOnly = await new SipaySandbox({ payment: { is3d: 0 } }).start();
		try {
			const fresh = await newToken(nonSecureOnly);
			const options = { auth: fresh, base: nonSecureOnly.url };
			expect((await api('/api/paySmart3D', payment(), { ...options, form: true })).body.status_code).toBe(34);
			expect((await api('/api/paySmart2D', payment(), options)).body.status_code).toBe(100);
		} finally {
			await nonSecureOnly.stop();
		}
	});

	it('refuses a wrong merchant_key with 14', async () => {
		const answer = await api('/api/installments', { merchant_key: '$2y$10$other' });
		expect(answer.body.status_code).toBe(14);
	});
});

describe('non-secure payments', () => {
	it('charges a test card and answers every §5.1 field with a hash of status|total|invoice|order|currency', async () => {
		const body = payment({ cc_no: MASTERCARD });
		const answer = await api('/api/paySmart2D', body);
		expect(answer.body.status_code).toBe(100);
		expect(answer.body.status_description).toBe('Payment process successful');
		const data = answer.body.data;
		expect(Object.keys(data).sort()).toEqual(
			[
				'sipay_status', 'order_no', 'order_id', 'invoice_id', 'sipay_payment_method', 'credit_card_no', 'transaction_type',
				'payment_status', 'payment_method', 'error_code', 'error', 'auth_code', 'merchant_commission', 'user_commission',
				'merchant_commission_percentage', 'merchant_commission_fixed', 'installment', 'amount', 'payment_reason_code',
				'payment_reason_code_detail', 'hash_key', 'original_bank_error_code', 'original_bank_error_description',
				'host_reference_id',
			].sort(),
		);
		expect(data).toMatchObject({
			sipay_status: 1,
			payment_status: 1,
			invoice_id: body.invoice_id,
			credit_card_no: '540667****5403',
			transaction_type: 'Auth',
			error_code: 100,
			amount: 10,
			installment: 1,
			merchant_commission: 0.2,
			merchant_commission_percentage: 2,
		});
		expect(data.order_id).toMatch(/^VP\d{17}$/);
		expect(data.order_no).toBe(data.order_id);
		expect(decrypt(data.hash_key)).toEqual(['1', '10', body.invoice_id, data.order_id, 'TRY']);

		const status = await checkStatus(String(body.invoice_id));
		expect(status.body).toMatchObject({
			status_code: 100,
			transaction_status: 'Completed',
			order_id: data.order_id,
			product_price: '10',
			transaction_amount: 10,
			total_refunded_amount: 0,
			cc_no: '540667****5403',
			merchant_commission: '0.20',
			installment: 1,
			card_type: 'CREDIT CARD',
		});
		expect(status.body.settlement_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(status.body.recurring_plan_code).toBeUndefined();
	});

	it('accepts a total sent as a number and hashed with two decimals, and items as a JSON string', async () => {
		const invoice = newInvoice();
		const answer = await api(
			'/api/paySmart2D',
			payment({ invoice_id: invoice, total: 25.5, items: JSON.stringify([{ name: 'A', price: 12.75, quantity: 2 }]), hash_key: sign('25.50', 1, 'TRY', merchantKey(), invoice) }),
		);
		expect(answer.body.status_code).toBe(100);
		expect(decrypt(answer.body.data.hash_key)?.[1]).toBe('25.5');
	});

	it('refuses a non-secure payment without the shopper ip (1), also with a saved card; checks its form', async () => {
		const withoutIp = (overrides: Body = {}) => {
			const body = payment(overrides);
			delete body.ip;
			return body;
		};
		const missing = await api('/api/paySmart2D', withoutIp());
		expect(missing.body).toEqual({ status_code: 1, status_description: 'The ip field is required.' });
		expect((await api('/api/paySmart2D', payment({ ip: '999.1.1.1' }))).body.status_code).toBe(1);
		expect((await api('/api/paySmart2D', payment({ ip: '2001:db8::7' }))).body.status_code).toBe(100);
		const token = await api('/api/payByCardTokenNonSecure', payment({ ip: '', card_token: 't', customer_number: 'c', customer_email: 'a@b.co', customer_phone: '905551112233', customer_name: 'A' }));
		expect(token.body).toEqual({ status_code: 1, status_description: 'The ip field is required.' });
		// 3-D Secure calls come from the shopper's browser: no ip needed.
		const threeD = await api('/api/paySmart3D', withoutIp(), { form: true });
		expect(threeD.text).toContain('<form');
		expect(sandbox.payment.state.payments.size).toBe(2);
	});

	it('refuses a hash_key whose iv and salt it accepted before (90), even over the same fields (§2.1)', async () => {
		const body = payment();
		expect((await api('/api/paySmart2D', body)).body.status_code).toBe(100);
		const resent = await api('/api/paySmart2D', body);
		expect(resent.body).toEqual({
			status_code: 90,
			status_description: 'Invalid hash key: this iv and salt were already used, generate a new hash key for every request',
		});
		// The same iv and salt over other fields: refused too.
		const [iv, salt] = String(body.hash_key).split(':');
		const other = newInvoice();
		const reused = generateHashKey(['10.00', '1', 'TRY', merchantKey(), other], APP_SECRET, { iv, salt });
		expect((await api('/api/paySmart2D', payment({ invoice_id: other, hash_key: reused }))).body.status_code).toBe(90);
		// A new hash for the same invoice reaches the invoice check (117).
		expect((await api('/api/paySmart2D', payment({ invoice_id: body.invoice_id }))).body.status_code).toBe(117);
		// A refused hash (68) is not remembered; a refund sent twice as is is refused the second time.
		const refundBody = { invoice_id: body.invoice_id, amount: '1.00', app_id: sandbox.payment.merchant.appId, app_secret: APP_SECRET, merchant_key: merchantKey(), refund_transaction_id: 'RF-IV-1', hash_key: sign('1.00', String(body.invoice_id), merchantKey()) };
		expect((await api('/api/refund', { ...refundBody, amount: '2.00' })).body.status_code).toBe(68);
		expect((await api('/api/refund', refundBody)).body.status_code).toBe(100);
		expect((await api('/api/refund', { ...refundBody, refund_transaction_id: 'RF-IV-2' })).body.status_code).toBe(90);
	});

	it('refuses a reused invoice_id with 117 once processed', async () => {
		const invoice = newInvoice();
		expect((await api('/api/paySmart2D', payment({ invoice_id: invoice }))).body.status_code).toBe(100);
		const again = await api('/api/paySmart2D', payment({ invoice_id: invoice }));
		expect(again.body.status_code).toBe(117);
	});

	it.each([
		['a hash over other values', { hash_key: sign('99.00', 1, 'TRY', 'x', 'y') }, 68],
		['a hash that does not decrypt', { hash_key: 'b6589fc6ab0dc82c:f823:AAAA' }, 90],
		['a hash made with another secret', { hash_key: generateHashKey(['10.00', 1, 'TRY', 'k', 'i'], 'other-secret') }, 90],
		['items that do not add up', { items: [{ name: 'Book', price: '9.00', quantity: 1 }] }, 13],
		['items that are not an array', { items: '{"name":"Book"}' }, 12],
		['a fractional quantity', { total: '15.00', items: [{ name: 'Book', price: '10.00', quantity: 1.5 }] }, 33],
		['a currency the merchant has not enabled', { currency_code: 'GBP' }, 12],
		['an installment count without POS', { installments_number: 5 }, 102],
		['a Troy card with installments', { cc_no: TROY, installments_number: 3 }, 102],
		['a card number failing Luhn', { cc_no: '4508034508034500' }, 108],
		['an unknown sale webhook key', { sale_web_hook_key: 'nope' }, 56],
		['installments on a recurring payment', { installments_number: 3, order_type: 1, recurring_payment_number: 3, recurring_payment_cycle: 'M', recurring_payment_interval: 1, recurring_web_hook_key: 'r' }, 55],
		['a missing field', { cvv: '' }, 1],
		['an insurance payment without identity number', { vpos_type: 'insurance' }, 1],
	])('refuses %s', async (_name, overrides, code) => {
		const answer = await api('/api/paySmart2D', payment(overrides as Body));
		expect(answer.body.status_code).toBe(code);
		expect(answer.body.data).toBeUndefined();
	});

	it('names the missing fields in status 1', async () => {
		const body = payment();
		delete body.cc_no;
		delete body.surname;
		const answer = await api('/api/paySmart2D', body);
		expect(answer.body).toEqual({ status_code: 1, status_description: 'The cc_no, surname fields are required.' });
	});

	it.each([
		['a wrong CVV', { cvv: '123' }, '82'],
		['a wrong expiry', { expiry_year: '2027' }, '54'],
		['the decline card', { cc_no: '4000000000000002' }, '51'],
	])('declines %s with 41 and payment_status 0', async (_name, overrides, bankCode) => {
		const body = payment(overrides);
		const answer = await api('/api/paySmart2D', body);
		expect(answer.body.status_code).toBe(41);
		expect(answer.body.data).toMatchObject({ sipay_status: 0, payment_status: 0, error_code: 41, original_bank_error_code: bankCode });
		expect(answer.body.data.error).not.toBe('');
		expect(decrypt(answer.body.data.hash_key)?.[0]).toBe('0');
		const status = await checkStatus(String(body.invoice_id));
		expect(status.body).toMatchObject({ status_code: 100, transaction_status: 'Failed', original_bank_error_code: bankCode });
		expect((await refund(String(body.invoice_id), '10.00')).body.status_code).toBe(49);
	});
});

describe('refunds', () => {
	it('allows partial then full refunds, never more than paid, and tracks the state', async () => {
		const body = payment({ total: '100.00', items: [{ name: 'Lamp', price: '50.00', quantity: 2 }] });
		const invoice = String(body.invoice_id);
		expect((await api('/api/paySmart2D', body)).body.status_code).toBe(100);

		expect((await refund(invoice, '100.01')).body.status_code).toBe(49);
		const partial = await refund(invoice, '30.50', { refund_transaction_id: 'RF-A' });
		expect(partial.body).toMatchObject({ status_code: 100, invoice_id: invoice, status_description: 'Refund completed successfully' });
		expect(partial.body.ref_no).toMatch(/^\d{12}$/);
		let status = await checkStatus(invoice, { show_refund_info: 'Y' });
		expect(status.body).toMatchObject({ transaction_status: 'Partially Refunded', total_refunded_amount: 30.5 });
		expect(status.body.refund_info).toHaveLength(1);

		expect((await refund(invoice, '10.00', { refund_transaction_id: 'RF-A' })).body.status_code).toBe(104);
		expect((await refund(invoice, '69.51')).body.status_code).toBe(49);
		expect((await refund(invoice, '69.50')).body.status_code).toBe(100);
		status = await checkStatus(invoice, { show_refund_info: 'Y' });
		expect(status.body).toMatchObject({ transaction_status: 'Refunded', total_refunded_amount: 100 });
		expect(status.body.refund_info.map((entry: Body) => entry.amount)).toEqual([30.5, 69.5]);
		expect((await refund(invoice, '0.01')).body.status_code).toBe(49);
	});

	it('checks the repeated credentials, the hash and the invoice', async () => {
		const body = payment();
		const invoice = String(body.invoice_id);
		await api('/api/paySmart2D', body);
		expect((await refund(invoice, '5.00', { app_secret: 'wrong' })).body.status_code).toBe(30);
		expect((await refund(invoice, '5.00', { hash_key: sign('6.00', invoice, merchantKey()) })).body.status_code).toBe(68);
		expect((await refund(invoice, '5.00', { hash_key: 'garbage' })).body.status_code).toBe(90);
		expect((await refund('INV-unknown', '5.00')).body.status_code).toBe(31);
	});
});

describe('3-D Secure', () => {
	it('goes through the bank page to return_url with a verifiable hash', async () => {
		const body = payment({ total: '42.00', items: [{ name: 'Mug', price: '21.00', quantity: 2 }] });
		const invoice = String(body.invoice_id);
		const start = await api('/api/paySmart3D', body, { form: true });
		expect(start.headers.get('content-type')).toContain('text/html');
		expect(start.text).toContain('id="redirectForm"');

		const pending = await checkStatus(invoice, { include_pending_status: false });
		expect(pending.body).toEqual({ status_code: 69, status_description: 'Oder is not processed yet!' });
		const detailed = await checkStatus(invoice, { include_pending_status: true });
		expect(detailed.body).toMatchObject({ status_code: 69, transaction_status: 'Pending', invoice_id: invoice });
		expect((await api('/api/paySmart3D', payment({ invoice_id: invoice }), { form: true })).body.status_code).toBe(3);

		const result = await passBank(start.text, 'a');
		const back = parseForm(result.text);
		expect(back.action).toBe(`${receiverUrl}/return`);
		expect(back.fields).toMatchObject({
			sipay_status: '1',
			payment_status: '1',
			status_code: '100',
			md_status: '1',
			invoice_id: invoice,
			credit_card_no: '450803****4509',
			transaction_type: 'Auth',
			status: 'Completed',
			amount: '42',
		});
		expect(decrypt(back.fields.hash_key)).toEqual(['1', '42', invoice, back.fields.order_id, 'TRY']);
		const status = await checkStatus(invoice);
		expect(status.body).toMatchObject({ status_code: 100, transaction_status: 'Completed', md_status: 1 });
	});

	it('sends a wrong password to cancel_url with status 0', async () => {
		const body = payment();
		const start = await api('/api/paySmart3D', body, { form: true });
		const back = parseForm((await passBank(start.text, 'wrong')).text);
		expect(back.action).toBe(`${receiverUrl}/cancel`);
		expect(back.fields).toMatchObject({ md_status: '0', payment_status: '0', sipay_status: '0' });
		expect(decrypt(back.fields.hash_key)?.[0]).toBe('0');
		expect((await checkStatus(String(body.invoice_id))).body.transaction_status).toBe('Failed');
	});

	it('uses the Troy password and redirects with GET when response_method=GET', async () => {
		const start = await api('/api/paySmart3D', payment({ cc_no: TROY, response_method: 'GET' }), { form: true });
		const result = await passBank(start.text, '123456');
		expect(result.status).toBe(302);
		const location = new URL(result.headers.get('location') ?? '');
		expect(`${location.origin}${location.pathname}`).toBe(`${receiverUrl}/return`);
		expect(location.searchParams.get('md_status')).toBe('1');
		expect(decrypt(location.searchParams.get('hash_key'))?.[0]).toBe('1');
	});

	it('answers validation errors as JSON and needs a cancel URL (404)', async () => {
		const mismatch = await api('/api/paySmart3D', payment({ total: '11.00' }), { form: true });
		expect(mismatch.body.status_code).toBe(13);
		const noCancel = await api('/api/paySmart3D', payment({ cancel_url: '' }), { form: true });
		expect(noCancel.body.status_code).toBe(404);
	});
});

describe('pre-authorization and completion', () => {
	it('captures part of a 2-D pre-authorization with confirmPayment', async () => {
		const body = payment({ transaction_type: 'PreAuth' });
		const invoice = String(body.invoice_id);
		const answer = await api('/api/paySmart2D', body);
		expect(answer.body.data.transaction_type).toBe('Pre-Authorization');
		expect((await refund(invoice, '1.00')).body.status_code).toBe(49);
		expect((await confirm(invoice, 1, { hash_key: sign(merchantKey(), invoice, 2) })).body.status_code).toBe(68);
		expect((await confirm(invoice, 1, { total: '10.01' })).body.status_code).toBe(1);
		const captured = await confirm(invoice, 1, { total: '6.00' });
		expect(captured.body).toMatchObject({ status_code: 100, transaction_status: 'Completed', invoice_id: invoice });
		expect((await checkStatus(invoice)).body.product_price).toBe('6');
		expect((await confirm(invoice, 1)).body.status_code).toBe(31);
		expect((await refund(invoice, '6.01')).body.status_code).toBe(49);
		expect((await refund(invoice, '6.00')).body.status_code).toBe(100);

		const plain = payment();
		await api('/api/paySmart2D', plain);
		expect((await confirm(String(plain.invoice_id), 1)).body.status_code).toBe(31);
	});

	it('releases a pre-authorization with status 2', async () => {
		const body = payment({ transaction_type: 'PreAuth' });
		await api('/api/paySmart2D', body);
		const released = await confirm(String(body.invoice_id), 2);
		expect(released.body).toMatchObject({ status_code: 100, transaction_status: 'Cancelled' });
		expect((await refund(String(body.invoice_id), '1.00')).body.status_code).toBe(49);
	});

	it('waits for /payment/complete when the merchant completes a 3-D pre-authorization', async () => {
		const body = payment({ transaction_type: 'PreAuth', payment_completed_by: 'merchant' });
		const invoice = String(body.invoice_id);
		const start = await api('/api/paySmart3D', body, { form: true });
		const back = parseForm((await passBank(start.text, 'a')).text);
		expect(back.action).toBe(`${receiverUrl}/return`);
		expect(back.fields).toMatchObject({ md_status: '1', status: 'Pre-Authorization Pending', transaction_type: 'Pre-Authorization' });
		expect((await checkStatus(invoice)).body.status_code).toBe(69);

		const orderId = back.fields.order_id;
		const complete = (status: string, extra: Body = {}) =>
			api('/payment/complete', {
				merchant_key: merchantKey(),
				invoice_id: invoice,
				order_id: orderId,
				status,
				hash_key: sign(merchantKey(), invoice, orderId, status),
				app_lang: 'en',
				...extra,
			});
		expect((await complete('complete', { hash_key: sign(merchantKey(), invoice, orderId, 'cancel') })).body.status_code).toBe(68);
		const done = await complete('complete');
		expect(done.body).toMatchObject({ status_code: 100, status_description: 'Payment Successfully Completed' });
		expect(done.body.data).toMatchObject({ payment_status: 1, transaction_type: 'Pre-Authorization', status: 'Completed', order_id: orderId });
		expect(decrypt(done.body.data.hash_key)).toEqual(['1', '10', invoice, orderId, 'TRY']);
		expect((await complete('complete')).body.status_code).toBe(31);
		expect((await confirm(invoice, 1)).body.status_code).toBe(100);
	});

	it('cancels a merchant-completed 3-D payment after failed authentication', async () => {
		const body = payment({ payment_completed_by: 'merchant' });
		const invoice = String(body.invoice_id);
		const start = await api('/api/paySmart3D', body, { form: true });
		const back = parseForm((await passBank(start.text, 'bad')).text);
		expect(back.action).toBe(`${receiverUrl}/cancel`);
		expect(back.fields.md_status).toBe('0');
		const orderId = back.fields.order_id;
		const call = (status: string) =>
			api('/payment/complete', { merchant_key: merchantKey(), invoice_id: invoice, order_id: orderId, status, hash_key: sign(merchantKey(), invoice, orderId, status) });
		expect((await call('complete')).body.status_code).toBe(105);
		const cancelled = await call('cancel');
		expect(cancelled.body.status_code).toBe(100);
		expect(cancelled.body.data.payment_status).toBe(0);
		expect((await checkStatus(invoice)).body.transaction_status).toBe('Cancelled');
	});
});

describe('saved cards', () => {
	const customer = 'CUST001';
	const saveBody = (overrides: Body = {}, hashParts?: Array<string | number>): Body => {
		const body: Body = {
			merchant_key: merchantKey(),
			card_holder_name: 'Ayse Yilmaz',
			card_number: MASTERCARD,
			expiry_month: '12',
			expiry_year: '2030',
			customer_number: customer,
			customer_name: 'Ayse Yilmaz',
			customer_email: 'ayse@example.com',
			customer_phone: '905551112233',
			...overrides,
		};
		body.hash_key = sign(
			...(hashParts ?? [merchantKey(), customer, 'Ayse Yilmaz', String(body.card_number), '12', '2030']),
		);
		return body;
	};
	const tokenHash = (cardToken: string, customerNumber = customer) => sign(merchantKey(), customerNumber, cardToken);

	it('saves, lists, edits, pays with and deletes a card', async () => {
		expect((await api('/api/saveCard', saveBody({}, [merchantKey(), customer, 'Ayse Yilmaz', '12', '2030']))).body.status_code).toBe(94);
		expect((await api('/api/saveCard', saveBody({}, [merchantKey(), 'OTHER', 'Ayse Yilmaz', MASTERCARD, '12', '2030']))).body.status_code).toBe(92);
		expect((await api('/api/saveCard', saveBody({ card_number: '5406675406675404' }))).body.status_code).toBe(108);
		const saved = await api('/api/saveCard', saveBody());
		expect(saved.body).toMatchObject({ status_code: 100, status_description: 'The card token saved successfully' });
		const cardToken = String(saved.body.card_token);
		expect(cardToken).toMatch(/^[0-9a-f]{32}$/);

		const list = await api(`/api/getCardTokens?${new URLSearchParams({ merchant_key: merchantKey(), customer_number: customer })}`, {}, { method: 'GET' });
		expect(list.body.status_code).toBe(100);
		expect(list.body.data).toHaveLength(1);
		expect(list.body.data[0]).toMatchObject({ card_token: cardToken, card_number: '540667****5403', customer_number: 'CUST001-18309', merchant_id: 18309 });

		const edit = (overrides: Body) =>
			api('/api/editCard', { merchant_key: merchantKey(), card_token: cardToken, customer_number: customer, expiry_month: '12', expiry_year: '2030', card_holder_name: 'A Yilmaz', hash_key: tokenHash(cardToken), ...overrides });
		expect((await edit({ hash_key: tokenHash('other-token') })).body.status_code).toBe(97);
		expect((await edit({ customer_number: 'CUST002', hash_key: tokenHash(cardToken, 'CUST002') })).body.status_code).toBe(87);
		expect((await edit({})).body).toMatchObject({ status_code: 100, card_token: cardToken });

		const tokenPayment = (overrides: Body = {}) => {
			const body = payment({ card_token: cardToken, customer_number: customer, customer_email: 'ayse@example.com', customer_phone: '905551112233', customer_name: 'Ayse Yilmaz', ...overrides });
			for (const field of ['cc_no', 'cc_holder_name', 'expiry_month', 'expiry_year', 'cvv']) delete body[field];
			return body;
		};
		expect((await api('/api/payByCardTokenNonSecure', tokenPayment({ customer_number: 'CUST002' }))).body.status_code).toBe(87);
		const paid = await api('/api/payByCardTokenNonSecure', tokenPayment());
		expect(paid.body.status_code).toBe(100);
		expect(paid.body.data.credit_card_no).toBe('540667****5403');

		const secure = tokenPayment();
		const start = await api('/api/payByCardToken', secure, { form: true });
		const back = parseForm((await passBank(start.text, 'a')).text);
		expect(back.action).toBe(`${receiverUrl}/return`);
		expect(decrypt(back.fields.hash_key)).toEqual(['1', '10', secure.invoice_id, back.fields.order_id, 'TRY']);

		const jsonOnGet = await new Promise<Body>((resolve, reject) => {
			const payload = JSON.stringify({ merchant_key: merchantKey(), customer_number: customer });
			const req = httpRequest(
				`${sandbox.url}/ccpayment/api/getCardTokens`,
				{ method: 'GET', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString()) as Body));
				},
			);
			req.on('error', reject);
			req.end(payload);
		});
		expect(jsonOnGet).toMatchObject({ status_code: 100, data: [expect.objectContaining({ card_token: cardToken })] });

		const removed = await api('/api/deleteCard', { merchant_key: merchantKey(), card_token: cardToken, customer_number: customer, hash_key: tokenHash(cardToken) });
		expect(removed.body.status_code).toBe(100);
		const after = await api(`/api/getCardTokens?${new URLSearchParams({ merchant_key: merchantKey(), customer_number: customer })}`, {}, { method: 'GET' });
		expect(after.body.data).toEqual([]);
		expect((await api('/api/payByCardTokenNonSecure', tokenPayment())).body.status_code).toBe(87);
	});
});

describe('recurring plans', () => {
	const recurringPayment = () =>
		payment({
			order_type: 1,
			recurring_payment_number: 3,
			recurring_payment_cycle: 'M',
			recurring_payment_interval: 1,
			recurring_web_hook_key: 'subs',
		});

	it('refuses an unregistered recurring webhook key with 55', async () => {
		expect((await api('/api/paySmart2D', recurringPayment())).body.status_code).toBe(55);
	});

	it('plan process: 100 after a completed charge, 41 after a failed one, 113 when it failed again', async () => {
		await registerWebhook('recurring', 'subs');
		const body = recurringPayment();
		expect((await api('/api/paySmart2D', body)).body.status_code).toBe(100);
		const planCode = String((await checkStatus(String(body.invoice_id))).body.recurring_plan_code);
		const processOf = async () => (await api('/api/recurring/plan/process', { merchant_key: merchantKey(), plan_code: planCode })).body;
		const charge = async (fail: boolean) => (await send('/sandbox/payment/recurring/charge', { plan_code: planCode, fail }, { auth: null })).body;
		expect(await processOf()).toMatchObject({ status_code: 100, recurring_number: 1 });
		expect(await charge(true)).toMatchObject({ recurring_number: 2, attempts: 1, status: 'Fail' });
		expect(await processOf()).toMatchObject({ status_code: 41, recurring_number: 2 });
		expect(await charge(true)).toMatchObject({ recurring_number: 2, attempts: 2, status: 'Fail' });
		expect(await processOf()).toMatchObject({ status_code: 113, message: expect.stringMatching(/^Failed/), recurring_number: 2 });
		expect(await charge(false)).toMatchObject({ recurring_number: 2, attempts: 3, status: 'Completed' });
		expect(await processOf()).toMatchObject({ status_code: 100, recurring_number: 2 });
	});

	it('creates a plan, charges it with webhooks, and follows updates', async () => {
		await registerWebhook('recurring', 'subs');
		const body = recurringPayment();
		const invoice = String(body.invoice_id);
		const first = await api('/api/paySmart2D', body);
		expect(first.body.status_code).toBe(100);
		const status = await checkStatus(invoice);
		expect(status.body).toMatchObject({ recurring_status: 'ACTIVE' });
		expect(status.body.next_action_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const planCode = String(status.body.recurring_plan_code);

		const query = (number: number) => api('/api/recurringPlan/query', { merchant_key: merchantKey(), plan_code: planCode, recurring_number: number });
		const plan = await query(1);
		expect(plan.body).toMatchObject({
			status_code: 100,
			plan_code: planCode,
			payment_number: 3,
			payment_cycle: 'M',
			payment_interval: 1,
			first_order_id: first.body.data.order_id,
			recurring_amount: 10,
			total_amount: 30,
			recurring_status: 'ACTIVE',
			card_no: '450803****4509',
		});
		expect(plan.body.transactionHistories).toEqual([expect.objectContaining({ recurring_number: 1, status: 'Completed', attempts: 1 })]);

		const charge = await send('/sandbox/payment/recurring/charge', { plan_code: planCode }, { auth: null });
		expect(charge.body).toMatchObject({ status: 'Completed', recurring_number: 2, webhook: { status: 200 } });
		const hook = received.find((entry) => entry.path === '/recurring');
		expect(hook?.fields).toMatchObject({ plan_code: planCode, recurring_number: '2', status: 'Completed', invoice_id: invoice, product_price: '10.00', merchant_key: merchantKey() });
		expect(decrypt(hook?.fields.hash_key)).toEqual(['Completed', '10', invoice, hook?.fields.order_id, 'TRY']);
		expect((await query(2)).body.transactionHistories[0]).toMatchObject({ status: 'Completed', recurring_number: 2 });

		const failed = await send('/sandbox/payment/recurring/charge', { plan_code: planCode, fail: true }, { auth: null });
		expect(failed.body).toMatchObject({ status: 'Fail', recurring_number: 3 });
		expect(decrypt(received[received.length - 1].fields.hash_key)?.[0]).toBe('Fail');
		const process = await api('/api/recurring/plan/process', { merchant_key: merchantKey(), merchant_id: '18309', plan_code: planCode });
		expect(process.body.status_code).toBe(41);

		const update = (fields: Body) => api('/api/recurringPlan/update', { merchant_key: merchantKey(), plan_code: planCode, ...fields });
		expect((await update({ plan_code: 'nope' })).body.status_code).toBe(71);
		expect((await update({ recurring_status: 'PAUSED' })).body.status_code).toBe(1);
		expect((await update({ recurring_amount: '12.50', recurring_status: 'INACTIVE' })).body).toEqual({
			status_code: 100,
			message: 'Recurring plan updated successfully',
		});
		const updated = await query(3);
		expect(updated.body).toMatchObject({ recurring_amount: 12.5, recurring_status: 'INACTIVE', next_action_date: null });
		expect(updated.body.transactionHistories).toEqual([expect.objectContaining({ status: 'Fail', attempts: 1 })]);
		expect((await send('/sandbox/payment/recurring/charge', { plan_code: planCode }, { auth: null })).status).toBe(409);

		await update({ recurring_status: 'ACTIVE' });
		const last = await send('/sandbox/payment/recurring/charge', { plan_code: planCode }, { auth: null });
		expect(last.body).toMatchObject({ status: 'Completed', recurring_number: 3, attempts: 2 });
		expect(received[received.length - 1].fields.product_price).toBe('12.50');
		expect((await query(3)).body.recurring_status).toBe('COMPLETED');
		expect((await api('/api/recurring/plan/process', { merchant_key: merchantKey(), plan_code: planCode })).body.status_code).toBe(100);
	});
});

describe('webhooks', () => {
	it('posts the sale webhook with a verifiable hash for 2-D and 3-D payments', async () => {
		await registerWebhook('sale', 'shop');
		const direct = payment({ sale_web_hook_key: 'shop' });
		const answer = await api('/api/paySmart2D', direct);
		expect(received).toHaveLength(1);
		const fields = received[0].fields;
		expect(received[0].path).toBe('/sale');
		expect(fields).toMatchObject({ invoice_id: direct.invoice_id, order_no: answer.body.data.order_id, payment_status: '1', status_code: '100', status: 'Completed' });
		expect(decrypt(fields.hash_key)).toEqual(['1', '10', direct.invoice_id, fields.order_no, 'TRY']);

		const secure = payment({ sale_web_hook_key: 'shop' });
		const start = await api('/api/paySmart3D', secure, { form: true });
		expect(received).toHaveLength(1);
		await passBank(start.text, 'a');
		expect(received).toHaveLength(2);
		expect(received[1].fields).toMatchObject({ invoice_id: secure.invoice_id, md_status: '1' });
	});

	it('does not fail the payment when the webhook cannot be delivered', async () => {
		await registerWebhook('sale', 'gone', 'http://127.0.0.1:9/unreachable');
		const answer = await api('/api/paySmart2D', payment({ sale_web_hook_key: 'gone' }));
		expect(answer.body.status_code).toBe(100);
		expect(sandbox.webhooks.deliveries.at(-1)?.error).toBeDefined();
	});

	it('posts the refund webhook with status|amount|invoice_id|order_id', async () => {
		await registerWebhook('refund', 'returns');
		const body = payment();
		const invoice = String(body.invoice_id);
		const paid = await api('/api/paySmart2D', body);
		expect((await refund(invoice, '4.00', { refund_web_hook_key: 'nope' })).body.status_code).toBe(1);
		expect((await refund(invoice, '4.00', { refund_web_hook_key: 'returns' })).body.status_code).toBe(100);
		const hook = received.find((entry) => entry.path === '/refund');
		expect(hook?.fields).toMatchObject({ invoice_id: invoice, order_id: paid.body.data.order_id, amount: '4.00', status: 'Completed' });
		expect(decrypt(hook?.fields.hash_key)).toEqual(['Completed', '4.00', invoice, paid.body.data.order_id]);
	});
});

describe('payment link', () => {
	it('creates a link whose page completes the payment through the bank to return_url', async () => {
		const invoice = newInvoice();
		const invoiceJson = JSON.stringify({
			invoice_id: invoice,
			invoice_description: 'Link order',
			total: 30,
			items: [{ name: 'Shirt', price: 15, quantity: 2, description: '' }],
			return_url: `${receiverUrl}/return`,
			cancel_url: `${receiverUrl}/cancel`,
		});
		const body = { merchant_key: merchantKey(), invoice: invoiceJson, currency_code: 'TRY', name: 'Ayse', surname: 'Yilmaz', max_installment: 3 };
		expect((await api('/purchase/link', body, { auth: 'sim.forged' })).status).toBe(401);
		const wrongSum = await api('/purchase/link', { ...body, invoice: invoiceJson.replace('"total":30', '"total":31') });
		expect(wrongSum.body.status_code).toBe(13);
		const created = await api('/purchase/link', body, { form: true, auth: null });
		expect(created.body).toMatchObject({ status: true, status_code: 100 });
		expect(created.body.link).toMatch(new RegExp(`^${sandbox.url}/sandbox/link/[0-9a-f]+$`));
		expect((await checkStatus(invoice)).body.status_code).toBe(69);

		const pagePath = new URL(created.body.link).pathname;
		const pageHtml = (await send(pagePath, {}, { method: 'GET', auth: null })).text;
		expect(pageHtml).toContain('<option value="3">');
		expect(pageHtml).not.toContain('<option value="6">');
		const cardForm = parseForm(pageHtml);
		const start = await send(new URL(cardForm.action).pathname, { cc_holder_name: 'Ayse', cc_no: VISA, expiry_month: '12', expiry_year: '2030', cvv: '000', installments_number: '3' }, { form: true, auth: null });
		const back = parseForm((await passBank(start.text, 'a')).text);
		expect(back.action).toBe(`${receiverUrl}/return`);
		expect(back.fields).toMatchObject({ invoice_id: invoice, order_id: created.body.order_id, installment: '3' });
		expect(decrypt(back.fields.hash_key)).toEqual(['1', '30', invoice, created.body.order_id, 'TRY']);
		expect((await checkStatus(invoice)).body).toMatchObject({ status_code: 100, transaction_status: 'Completed', installment: 3 });
		expect((await send(pagePath, {}, { method: 'GET', auth: null })).status).toBe(404);
	});
});

describe('cash out, POS info, settlements', () => {
	const rows = [
		{ name_surname: 'Ali Veli', iban: 'TR330006100519786457841326', amount: 100.5, currency: 'TRY', gsm_number: '905551112233' },
		{ name_surname: 'Ayse Fatma', iban: 'TR330006100519786457841327', amount: '20', currency: 'TRY', gsm_number: '905551112234' },
	];

	it('checks the cash-out hash and answers in the legacy envelope', async () => {
		const good = sign('120.50', rows[0].iban, '100.5', 'TRY', '905551112233');
		const wrong = await api('/api/cashout/tobank', { merchant_key: merchantKey(), cashout_type: 1, cashout_data: rows, hash_key: sign(merchantKey()) });
		expect(wrong.body).toEqual({ statuscode: 422, description: 'Invalid hash key', data: [] });
		const nested = await api('/api/cashout/tobank', { merchant_key: merchantKey(), cashout_type: 1, cashout_data: rows.map((row) => [row]), hash_key: good });
		expect(nested.body).toEqual({ statuscode: 100, description: 'Success', data: [] });
		const badRow = await api('/api/cashout/tobank', { merchant_key: merchantKey(), cashout_type: 1, cashout_data: [{ ...rows[0], gsm_number: '+905551112233' }], hash_key: good });
		expect(badRow.body.statuscode).toBe(422);
		expect(badRow.body.data).toEqual([expect.objectContaining({ row: 1 })]);
	});

	it('lists POS options for a BIN and the commission table', async () => {
		const pos = await api('/api/getpos', { credit_card: '540667', amount: 100, currency_code: 'TRY', merchant_key: merchantKey() });
		expect(pos.body.status_code).toBe(100);
		expect(pos.body.data.map((option: Body) => option.installments_number)).toEqual([1, 2, 3, 6, 9, 12]);
		expect(pos.body.data[0]).toMatchObject({ card_program: 'WORLD', card_scheme: 'mastercard', payable_amount: 100, amount_to_be_paid: '100.00', currency_code: 'TRY' });
		const byUser = await api('/api/getpos', { credit_card: '540667', amount: 100, currency_code: 'TRY', merchant_key: merchantKey(), commission_by: 'user' });
		expect(byUser.body.data[2]).toMatchObject({ installments_number: 3, payable_amount: 104.5 });
		const troy = await api('/api/getpos', { credit_card: '650170', amount: 100, currency_code: 'TRY', merchant_key: merchantKey() });
		expect(troy.body.data.map((option: Body) => option.installments_number)).toEqual([1]);
		expect((await api('/api/getpos', { credit_card: '540667', amount: 100, currency_code: 'TRY' })).body.status_code).toBe(1);

		const table = await api('/api/commissions', { currency_code: 'TRY' });
		expect(table.body.status_code).toBe(100);
		expect(Object.keys(table.body.data)).toEqual(['1', '2', '3', '6', '9', '12']);
		const three = table.body.data['3'] as Body[];
		expect(three.find((row) => row.card_program === 'WORLD')).toMatchObject({ merchant_commission_percentage: '4.50', installment: 3 });
		expect(three.find((row) => row.card_program === 'TROY')).toMatchObject({ merchant_commission_percentage: 'x' });
		expect((await api('/api/commissions', { currency_code: 'GBP' })).body).toEqual({ status_code: 0, status_description: 'No Data Found' });
	});

	it('reports captured payments in settlements with paging', async () => {
		const first = payment();
		const second = payment({ currency_code: 'USD' });
		await api('/api/paySmart2D', first);
		await api('/api/paySmart2D', second);
		await api('/api/paySmart2D', payment({ cvv: '999' }));
		const all = await api('/api/settlements', { merchant_key: merchantKey() });
		expect(all.body).toMatchObject({ status: true, total_count: 2, page: 1, per_page: 20 });
		const invoices = all.body.settlements.flatMap((entry: { transactions: Body[] }) => entry.transactions.map((row) => row.invoice_id));
		expect(invoices.sort()).toEqual([first.invoice_id, second.invoice_id].sort());
		expect(all.body.settlements[0]).toMatchObject({ total_amount: 10, commission_amount: 0.2, net_amount: 9.8 });
		const paged = await api('/api/settlements', { merchant_key: merchantKey(), page: 2, per_page: 1 });
		expect(paged.body.settlements).toHaveLength(1);
		const state = await send('/sandbox/payment/state', {}, { method: 'GET', auth: null });
		expect(state.body.payments).toHaveLength(3);
	});
});
