import { generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { TriggerSession } from '../../harness/trigger';
import { parseForm } from '../../sandbox/http';
import { useRelay } from './relay';

const { sandbox, relay } = useRelay();
let token = '';

const merchant = () => sandbox.payment.merchant;
const hash = (parts: string[]) => generateHashKey(parts, merchant().appSecret);

async function api(path: string, body: Record<string, unknown>, form = false) {
	const response = await fetch(`${sandbox.url}/ccpayment${path}`, {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${token}`,
			'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
		},
		body: form
			? new URLSearchParams(
					Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
				)
			: JSON.stringify(body),
	});
	return { status: response.status, text: await response.text() };
}

function order(invoiceId: string, total: string, extra: Record<string, unknown> = {}) {
	return {
		merchant_key: merchant().merchantKey,
		cc_holder_name: 'Ayse Yilmaz',
		cc_no: '4508034508034509',
		expiry_month: '12',
		expiry_year: '2026',
		cvv: '000',
		currency_code: 'TRY',
		installments_number: 1,
		invoice_id: invoiceId,
		invoice_description: 'Order',
		name: 'Ayse',
		surname: 'Yilmaz',
		total,
		items: [{ name: 'Item', price: total, quantity: 1, description: 'Item' }],
		hash_key: hash([total, '1', 'TRY', merchant().merchantKey, invoiceId]),
		...extra,
	};
}

async function registerWebhook(type: 'sale' | 'refund' | 'recurring', key: string) {
	await fetch(`${sandbox.url}/sandbox/payment/webhooks`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ type, key, url: `${relay.url}/webhook` }),
	});
}

function useTrigger(parameters: Record<string, unknown> = {}, credentials = sandbox.paymentCredentials()) {
	const session = new TriggerSession({ source: 'payment', events: ['*'], ...parameters });
	session.credentials.set('sipayPaymentApi', credentials);
	relay.session = session;
	relay.answers.length = 0;
	return session;
}

beforeEach(async () => {
	sandbox.reset();
	const answer = await fetch(`${sandbox.url}/ccpayment/api/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ app_id: merchant().appId, app_secret: merchant().appSecret }),
	});
	token = ((await answer.json()) as { data: { token: string } }).data.token;
});

describe('Sipay Trigger: payment webhooks from the simulator', () => {
	it('a sale webhook starts the workflow once, verified, and a repeated delivery starts nothing', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-S1', '10.00', { sale_web_hook_key: 'n8n-sale' }));
		expect(relay.started).toHaveLength(1);
		expect(relay.started[0]).toMatchObject({
			event: 'payment.succeeded',
			verified: true,
			invoice_id: 'INV-S1',
			payment_status: '1',
			signed: { status: '1', total: '10', invoice_id: 'INV-S1', currency_code: 'TRY' },
		});
		expect(relay.started[0]).not.toHaveProperty('hash_key');
		expect(relay.answers[0]).toMatchObject({ status: 200, body: 'OK' });

		const delivery = sandbox.webhooks.deliveries[0];
		await sandbox.webhooks.send(delivery.url, delivery.payload, 'form');
		expect(relay.answers).toHaveLength(2);
		expect(relay.answers[1]).toMatchObject({ status: 200, body: 'OK', items: undefined });
	});

	it('a declined payment is its own event', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-D1', '10.00', { sale_web_hook_key: 'n8n-sale', cc_no: '4000000000000002' }));
		expect(relay.started.map((item) => item.event)).toEqual(['payment.failed']);
	});

	it('forged, unsigned or foreign notifications are refused and start nothing', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-F1', '10.00', { sale_web_hook_key: 'n8n-sale', cc_no: '4000000000000002' }));
		const declined = sandbox.webhooks.deliveries[0];
		relay.answers.length = 0;

		await sandbox.webhooks.send(declined.url, { ...declined.payload, payment_status: '1', sipay_status: '1' }, 'form');
		await sandbox.webhooks.send(declined.url, { ...declined.payload, invoice_id: 'INV-OTHER' }, 'form');
		await sandbox.webhooks.send(declined.url, { ...declined.payload, hash_key: '' }, 'form');
		expect(relay.answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
		expect(relay.answers[0].body).toBe('hash_key does not match status');
		expect(relay.started).toHaveLength(0);

		useTrigger({}, { ...sandbox.paymentCredentials(), appSecret: 'another-merchant-secret' });
		await sandbox.webhooks.send(declined.url, declined.payload, 'form');
		expect(relay.answers[0]).toMatchObject({ status: 401, body: 'hash_key is not authentic' });
		expect(relay.started).toHaveLength(0);
	});

	it('refund webhooks: two partial refunds of the same amount are two events', async () => {
		useTrigger();
		await registerWebhook('refund', 'n8n-refund');
		await api('/api/paySmart2D', order('INV-R1', '30.00'));
		for (const refundId of ['R-1', 'R-2']) {
			const refund = await api('/api/refund', {
				merchant_key: merchant().merchantKey,
				app_id: merchant().appId,
				app_secret: merchant().appSecret,
				invoice_id: 'INV-R1',
				amount: '10.00',
				refund_transaction_id: refundId,
				refund_web_hook_key: 'n8n-refund',
				hash_key: hash(['10.00', 'INV-R1', merchant().merchantKey]),
			});
			expect(refund.text).toContain('"status_code":100');
		}
		expect(relay.started.map((item) => [item.event, item.amount])).toEqual([
			['refund.completed', '10.00'],
			['refund.completed', '10.00'],
		]);
	});

	it('recurring charges: each charge once, failures as their own event', async () => {
		useTrigger({ events: ['recurring.completed', 'recurring.failed'] });
		await registerWebhook('sale', 'n8n-sale');
		await registerWebhook('recurring', 'n8n-recurring');
		const first = await api(
			'/api/paySmart2D',
			order('INV-P1', '5.00', {
				sale_web_hook_key: 'n8n-sale',
				order_type: 1,
				recurring_payment_number: 3,
				recurring_payment_cycle: 'M',
				recurring_payment_interval: 1,
				recurring_web_hook_key: 'n8n-recurring',
			}),
		);
		expect(first.text).toContain('"payment_status":1');
		expect(relay.answers).toHaveLength(1);
		expect(relay.started).toHaveLength(0);
		const status = await api('/api/checkstatus', {
			merchant_key: merchant().merchantKey,
			invoice_id: 'INV-P1',
			hash_key: hash(['INV-P1', merchant().merchantKey]),
		});
		const planCode = (JSON.parse(status.text) as { recurring_plan_code: string }).recurring_plan_code;
		for (const fail of [true, false]) {
			await fetch(`${sandbox.url}/sandbox/payment/recurring/charge`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ plan_code: planCode, fail }),
			});
		}
		expect(relay.started.map((item) => [item.event, item.recurring_number, item.attempts])).toEqual([
			['recurring.failed', '2', '1'],
			['recurring.completed', '2', '2'],
		]);
		expect(relay.started[0]).not.toHaveProperty('merchant_key');
	});
});

describe('Sipay Trigger: 3-D Secure returns', () => {
	async function threeD(invoiceId: string, password: string, extra: Record<string, unknown> = {}) {
		const start = await api(
			'/api/paySmart3D',
			order(invoiceId, '20.00', {
				return_url: `${relay.url}/3ds-return`,
				cancel_url: `${relay.url}/3ds-return`,
				...extra,
			}),
			true,
		);
		const bank = parseForm(start.text);
		const complete = await fetch(`${sandbox.url}/sandbox/3d/complete`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ session: bank.fields.session, password }),
			redirect: 'manual',
		});
		return { status: complete.status, location: complete.headers.get('location'), html: await complete.text() };
	}

	async function browserPosts(html: string, change: Record<string, string> = {}) {
		const form = parseForm(html);
		return await fetch(form.action, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ ...form.fields, ...change }),
			redirect: 'manual',
		});
	}

	it('a verified successful return starts the workflow and shows the shopper a page', async () => {
		useTrigger();
		const bankAnswer = await threeD('INV-3D1', 'a');
		const page = await browserPosts(bankAnswer.html);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Payment received');
		expect(relay.started).toEqual([
			expect.objectContaining({ event: 'threeDSecure.succeeded', invoice_id: 'INV-3D1', md_status: '1', verified: true }),
		]);
	});

	it('redirects the shopper when redirect URLs are set; a wrong password is a failure event', async () => {
		useTrigger({
			options: {
				successRedirectUrl: 'https://shop.example.com/thanks',
				failureRedirectUrl: 'https://shop.example.com/sorry',
			},
		});
		const page = await browserPosts((await threeD('INV-3D2', 'wrong')).html);
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('https://shop.example.com/sorry?invoice_id=INV-3D2');
		expect(relay.started.map((item) => item.event)).toEqual(['threeDSecure.failed']);
	});

	it('a tampered return is refused and starts nothing', async () => {
		useTrigger();
		const bankAnswer = await threeD('INV-3D3', 'wrong');
		const page = await browserPosts(bankAnswer.html, { payment_status: '1', sipay_status: '1' });
		expect(page.status).toBe(403);
		expect(relay.started).toHaveLength(0);
	});

	it('GET returns (response_method=GET) are read from the query string', async () => {
		useTrigger();
		const bankAnswer = await threeD('INV-3D4', 'a', { response_method: 'GET' });
		expect(bankAnswer.status).toBe(302);
		const page = await fetch(bankAnswer.location!, { redirect: 'manual' });
		expect(page.status).toBe(200);
		expect(relay.started.map((item) => [item.event, item.invoice_id])).toEqual([['threeDSecure.succeeded', 'INV-3D4']]);
	});
});
