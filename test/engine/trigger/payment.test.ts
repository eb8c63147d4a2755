import { decryptHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { browserPosts, TestMerchant } from '../../harness/merchant';
import { flipStatus, rewriteFirstBlock } from '../../security/forge';
import { TriggerSession } from '../../harness/trigger';
import { parseForm } from '../../sandbox/http';
import { useRelay } from './relay';

const { sandbox, relay } = useRelay();
const shop = new TestMerchant(sandbox);

const merchant = () => shop.credentials;
const hash = (parts: string[]) => shop.hash(parts);
const api = (path: string, body: Record<string, unknown>, form = false) => shop.api(path, body, form);
const order = (invoiceId: string, total: string, extra: Record<string, unknown> = {}) => shop.order(invoiceId, total, extra);
const registerWebhook = (type: 'sale' | 'refund' | 'recurring', key: string) => shop.registerWebhook(type, key, `${relay.url}/webhook`);

function useTrigger(parameters: Record<string, unknown> = {}, credentials = sandbox.paymentCredentials()) {
	const session = new TriggerSession({ source: 'payment', events: ['*'], ...parameters });
	session.credentials.set('sipayPaymentApi', credentials);
	relay.session = session;
	relay.answers.length = 0;
	return session;
}

beforeEach(async () => {
	sandbox.reset();
	await shop.login();
});

/** A declined sale webhook whose hash an attacker can turn into "paid" (an iv that stays hex). */
async function forgeablePaidFromDeclined(prefix: string) {
	for (let attempt = 1; attempt <= 20; attempt++) {
		const invoiceId = `${prefix}-${attempt}`;
		sandbox.webhooks.reset();
		await api('/api/paySmart2D', order(invoiceId, '10.00', { sale_web_hook_key: 'n8n-sale', cc_no: '4000000000000002' }));
		const declined = sandbox.webhooks.deliveries[0].payload as Record<string, string>;
		const known = decryptHashKey(declined.hash_key, merchant().appSecret)!.join('|');
		const forged = flipStatus(declined.hash_key, known, '1');
		if (forged.ivIsHex) return { declined, known, forged: forged.hashKey };
	}
	throw new Error('no forgeable hash in 20 payments');
}

const started = () => relay.started;

describe('Sipay Trigger: payment webhooks, confirmed with Sipay', () => {
	it('a sale webhook starts the workflow once with what checkstatus says; a repeat starts nothing', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-S1', '10.00', { sale_web_hook_key: 'n8n-sale' }));
		expect(started()).toHaveLength(1);
		const item = started()[0];
		expect(item).toMatchObject({
			event: 'payment.succeeded',
			confirmed: true,
			invoice_id: 'INV-S1',
			amount: '10.00',
			currency: 'TRY',
			status: 'Completed',
			received_on: 'webhook',
			dedupe_key: expect.stringMatching(/^[0-9a-f]{16}$/),
			confirmation: expect.objectContaining({ transaction_status: 'Completed', invoice_id: 'INV-S1' }),
			unconfirmed: expect.objectContaining({ payment_status: '1', invoice_id: 'INV-S1' }),
		});
		expect(item.order_id).toBe((item.confirmation as { order_id: string }).order_id);
		expect(JSON.stringify(item)).not.toContain('hash_key');
		expect(relay.answers[0]).toMatchObject({ status: 200, body: 'OK' });

		const delivery = sandbox.webhooks.deliveries[0];
		const checks = sandbox.requestsTo('/ccpayment/api/checkstatus').length;
		await sandbox.webhooks.send(delivery.url, delivery.payload, 'form');
		expect(relay.answers[1]).toMatchObject({ status: 200, body: 'OK', items: undefined });
		// A repeat of a result already confirmed is not asked about again.
		expect(sandbox.requestsTo('/ccpayment/api/checkstatus')).toHaveLength(checks);
	});

	it('a declined payment is its own event', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-D1', '10.00', { sale_web_hook_key: 'n8n-sale', cc_no: '4000000000000002' }));
		expect(started().map((item) => [item.event, item.status])).toEqual([['payment.failed', 'Failed']]);
	});

	it('a declined payment rewritten to "paid" through the hash iv decrypts, and Sipay refutes it', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		const { declined, forged } = await forgeablePaidFromDeclined('INV-F');
		relay.answers.length = 0;
		const checks = sandbox.requestsTo('/ccpayment/api/checkstatus').length;
		expect(decryptHashKey(forged, merchant().appSecret)?.[0]).toBe('1');
		await sandbox.webhooks.send(`${relay.url}/webhook`, { ...declined, hash_key: forged, payment_status: '1', sipay_status: '1' }, 'form');
		expect(relay.answers.map((answer) => [answer.status, answer.body])).toEqual([[401, 'not verified']]);
		expect(sandbox.requestsTo('/ccpayment/api/checkstatus').length).toBe(checks + 1);
		expect(started()).toHaveLength(0);
	});

	it('a paid hash rewritten to another amount is refuted; unsigned fields are never believed', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-A1', '25.00', { sale_web_hook_key: 'n8n-sale' }));
		const paid = sandbox.webhooks.deliveries[0].payload as Record<string, string>;
		const known = decryptHashKey(paid.hash_key, merchant().appSecret)!.join('|');
		expect(known.startsWith('1|25|INV-A1|')).toBe(true);
		const more = rewriteFirstBlock(paid.hash_key, known, `1|99${known.slice(4, 16)}`);
		expect(started().map((item) => [item.event, item.amount])).toEqual([['payment.succeeded', '25.00']]);
		relay.answers.length = 0;
		await sandbox.webhooks.send(`${relay.url}/webhook`, { ...paid, hash_key: more.hashKey }, 'form');
		await sandbox.webhooks.send(`${relay.url}/webhook`, { ...paid, hash_key: more.hashKey, amount: '99' }, 'form');
		// An edited IV that is still lowercase hex (about 1 in 16) passes the hash filter and names the payment
		// that already ran: it is answered as that duplicate. Either way nothing starts.
		const answers = relay.answers.map((answer) => answer.status);
		if (more.ivIsHex) expect(answers.every((status) => status === 401 || status === 200)).toBe(true);
		else expect(answers).toEqual([401, 401]);
		expect(started()).toHaveLength(0);

		// Unsigned extra fields (total, currency) that contradict the signed ones are refused.
		for (const extra of [{ total: '99999' }, { currency_code: 'USD' }, { order_no: 'VP000' }]) {
			await sandbox.webhooks.send(`${relay.url}/webhook`, { ...paid, ...extra }, 'form');
		}
		expect(relay.answers.slice(2).map((answer) => answer.status)).toEqual([401, 401, 401]);
		// The genuine event ran once, when Sipay delivered it: a replay of it starts nothing.
		await sandbox.webhooks.send(`${relay.url}/webhook`, paid, 'form');
		expect(relay.answers.at(-1)).toMatchObject({ status: 200, items: undefined });
	});

	it('forged, unsigned, foreign or malformed notifications answer one generic text and start nothing', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		await api('/api/paySmart2D', order('INV-G1', '10.00', { sale_web_hook_key: 'n8n-sale', cc_no: '4000000000000002' }));
		const declined = sandbox.webhooks.deliveries[0];
		relay.answers.length = 0;
		await sandbox.webhooks.send(declined.url, { ...declined.payload, payment_status: '1', sipay_status: '1' }, 'form');
		await sandbox.webhooks.send(declined.url, { ...declined.payload, invoice_id: 'INV-OTHER' }, 'form');
		await sandbox.webhooks.send(declined.url, { ...declined.payload, hash_key: '' }, 'form');
		const { invoice_id: _invoice, ...withoutInvoice } = declined.payload as Record<string, string>;
		await sandbox.webhooks.send(declined.url, withoutInvoice, 'form');
		await sandbox.webhooks.send(declined.url, declined.payload, 'json');
		expect(relay.answers.map((answer) => [answer.status, answer.body])).toEqual([
			[401, 'not verified'],
			[401, 'not verified'],
			[401, 'not verified'],
			[400, 'bad request'],
			[400, 'bad request'],
		]);
		useTrigger({}, { ...sandbox.paymentCredentials(), appSecret: 'another-merchant-secret' });
		await sandbox.webhooks.send(declined.url, declined.payload, 'form');
		expect(relay.answers).toEqual([expect.objectContaining({ status: 401, body: 'not verified' })]);
		expect(started()).toHaveLength(0);
	});

	it('when Sipay does not answer the confirmation, nothing starts and Sipay is asked to redeliver', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		sandbox.faults.add({ path: '/ccpayment/api/checkstatus', fault: { kind: 'http', status: 502 }, times: 1 });
		await api('/api/paySmart2D', order('INV-U1', '10.00', { sale_web_hook_key: 'n8n-sale' }));
		expect(relay.answers.map((answer) => [answer.status, answer.body])).toEqual([[503, 'not verified']]);
		const delivery = sandbox.webhooks.deliveries[0];
		await sandbox.webhooks.send(delivery.url, delivery.payload, 'form');
		expect(started().map((item) => item.event)).toEqual(['payment.succeeded']);
	});

	it('refund webhooks: two equal partial refunds are two events, and replays of them start nothing', async () => {
		useTrigger();
		await registerWebhook('refund', 'n8n-refund');
		await api('/api/paySmart2D', order('INV-R1', '30.00'));
		for (const refundId of ['R-1', 'R-2']) {
			const refund = await shop.refund('INV-R1', '10.00', refundId, 'n8n-refund');
			expect(refund.text).toContain('"status_code":100');
		}
		expect(started().map((item) => [item.event, item.refund_amount, item.refunded_amount])).toEqual([
			['refund.completed', '10.00', '10.00'],
			['refund.completed', '10.00', '20.00'],
		]);
		for (const delivery of sandbox.webhooks.deliveries.slice(-2)) {
			await sandbox.webhooks.send(delivery.url, delivery.payload, 'form');
			await sandbox.webhooks.send(delivery.url, { ...delivery.payload, amount: '10.0' }, 'form');
		}
		expect(started()).toHaveLength(2);
		// A refund Sipay never made is refuted.
		const real = sandbox.webhooks.deliveries.at(-1)!.payload as Record<string, string>;
		await sandbox.webhooks.send(`${relay.url}/webhook`, { ...real, amount: '5.00', hash_key: hash(['Completed', '5.00', 'INV-R1', real.order_id]) }, 'form');
		expect(relay.answers.at(-1)).toMatchObject({ status: 401 });
	});

	it('recurring charges: each charge once with Sipay\'s plan data, failures as their own event', async () => {
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
		expect(started()).toHaveLength(0);
		const planCode = await shop.planCodeOf('INV-P1');
		for (const fail of [true, false]) await shop.chargePlan(planCode, fail);
		expect(started().map((item) => [item.event, item.recurring_number, item.attempts, item.amount, item.currency])).toEqual([
			['recurring.failed', 2, 1, '5.00', 'TRY'],
			['recurring.completed', 2, 2, '5.00', 'TRY'],
		]);
		expect(JSON.stringify(started()[0])).not.toContain('merchant_key');
		// Replays, also with the unsigned attempts changed, start nothing more.
		const charges = sandbox.webhooks.deliveries.filter((delivery) => 'plan_code' in delivery.payload);
		for (const delivery of charges) {
			await sandbox.webhooks.send(delivery.url, delivery.payload, 'form');
			await sandbox.webhooks.send(delivery.url, { ...delivery.payload, attempts: '7' }, 'form');
		}
		expect(started()).toHaveLength(2);
	});

	it('concurrent identical deliveries start one execution; different events arriving together are all kept', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		for (let index = 1; index <= 10; index++) {
			await api('/api/paySmart2D', order(`INV-C${index}`, '10.00', { sale_web_hook_key: 'n8n-sale' }));
		}
		const events = sandbox.webhooks.deliveries.map((delivery) => delivery.payload);
		relay.answers.length = 0;
		await Promise.all(Array.from({ length: 20 }, () => sandbox.webhooks.send(`${relay.url}/webhook`, events[0], 'form')));
		await Promise.all(events.flatMap((payload) => [payload, payload]).map((payload) => sandbox.webhooks.send(`${relay.url}/webhook`, payload, 'form')));
		// The ten were already started by the live deliveries: nothing more.
		expect(started()).toHaveLength(0);

		const fresh = useTrigger();
		await Promise.all(Array.from({ length: 20 }, () => sandbox.webhooks.send(`${relay.url}/webhook`, events[0], 'form')));
		expect(started()).toHaveLength(1);
		await Promise.all(events.flatMap((payload) => [payload, payload]).map((payload) => sandbox.webhooks.send(`${relay.url}/webhook`, payload, 'form')));
		expect(started()).toHaveLength(10);
		expect(new Set(started().map((item) => item.invoice_id)).size).toBe(10);
		// Every key reached the saved static data, and its size does not depend on the payloads.
		expect(String(fresh.staticData.eventKeys)).toHaveLength(10 * 11);
	});
});

describe('Sipay Trigger: 3-D Secure returns', () => {
	const threeD = (invoiceId: string, password: string, extra: Record<string, unknown> = {}) =>
		shop.threeD(invoiceId, password, `${relay.url}/3ds-return`, extra);

	it('a verified successful return starts the workflow and shows the shopper a page', async () => {
		useTrigger();
		const bankAnswer = await threeD('INV-3D1', 'a');
		const page = await browserPosts(bankAnswer.html);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Payment received');
		expect(relay.started).toEqual([
			expect.objectContaining({ event: 'threeDSecure.succeeded', invoice_id: 'INV-3D1', md_status: '1', confirmed: true, received_on: '3ds-return' }),
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

	it('a tampered return never reaches the success page and starts nothing', async () => {
		useTrigger({ options: { successRedirectUrl: 'https://shop.example.com/thanks' } });
		const bankAnswer = await threeD('INV-3D3', 'wrong');
		const page = await browserPosts(bankAnswer.html, { payment_status: '1', sipay_status: '1' });
		expect(page.status).toBe(401);
		expect(await page.text()).toContain('We are checking your payment');
		expect(relay.started).toHaveLength(0);
	});

	it('a failed return whose hash iv was rewritten to success decrypts, and Sipay refutes it', async () => {
		useTrigger({ options: { successRedirectUrl: 'https://shop.example.com/thanks' } });
		for (let attempt = 1; attempt <= 20; attempt++) {
			const form = parseForm((await threeD(`INV-3DF${attempt}`, 'wrong')).html);
			const known = decryptHashKey(form.fields.hash_key, merchant().appSecret)!.join('|');
			const forged = flipStatus(form.fields.hash_key, known, '1');
			if (!forged.ivIsHex) continue;
			const page = await fetch(form.action, {
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ ...form.fields, hash_key: forged.hashKey, payment_status: '1', sipay_status: '1', status_code: '100' }),
				redirect: 'manual',
			});
			expect(page.status).toBe(401);
			expect(page.headers.get('location')).toBeNull();
			expect(relay.started).toHaveLength(0);
			return;
		}
		throw new Error('no forgeable hash in 20 payments');
	});

	it('the same payment on /webhook and /3ds-return runs once; a query string cannot make a webhook a 3-D return', async () => {
		useTrigger();
		await registerWebhook('sale', 'n8n-sale');
		const page = await browserPosts((await threeD('INV-3D5', 'a', { sale_web_hook_key: 'n8n-sale' })).html);
		expect(page.status).toBe(200);
		const sale = sandbox.webhooks.deliveries.find((delivery) => delivery.payload.invoice_id === 'INV-3D5');
		expect(sale).toBeDefined();
		await sandbox.webhooks.send(`${relay.url}/webhook?x=/3ds-return`, sale!.payload, 'form');
		expect(relay.answers.at(-1)).toMatchObject({ status: 200, body: 'OK', contentType: 'text/plain' });
		expect(relay.started.map((item) => item.invoice_id)).toEqual(['INV-3D5']);
	});

	it('merchant-completed 3-D payments are confirmed as waiting for completion, never as paid', async () => {
		useTrigger({ options: { successRedirectUrl: 'https://shop.example.com/thanks' } });
		const page = await browserPosts((await threeD('INV-3D6', 'a', { payment_completed_by: 'merchant' })).html);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('We are checking your payment');
		expect(relay.started).toEqual([
			expect.objectContaining({ event: 'threeDSecure.awaitingCompletion', status: 'Pending', md_status: '1', confirmed: true }),
		]);
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
