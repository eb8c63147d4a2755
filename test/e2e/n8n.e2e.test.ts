import {
	BUSINESS_EVENTS_WEBHOOK,
	loadExamples,
	newWebhookToken,
	READY_WEBHOOK,
	RealN8n,
	simulatorCredentials,
} from '../../scripts/n8n';
import { passThreeDSecure, postForm } from '../engine/payment/helpers';
import { saveTestCard } from '../harness/merchant';
import { OUTPUT_KINDS } from '../../nodes/Sipay/shared/output';
import { parseForm } from '../sandbox/http';
import { SipaySandbox } from '../sandbox/server';

/**
 * The built package inside a real n8n (the release in package.json), with the example workflows
 * imported and published, against the Sipay simulator over real HTTP.
 */

// A real n8n and a browser share two cores with the other test files: allow them time.
jest.setTimeout(120_000);

// n8n listens here and its task broker on the next port; SIPAY_E2E_N8N_PORT moves both.
const N8N_PORT = Number(process.env.SIPAY_E2E_N8N_PORT ?? 25678);
// The Business API trigger's secret token, set when the examples are imported (they ship without one).
const WEBHOOK_TOKEN = newWebhookToken();
const sandbox = new SipaySandbox();
let n8n: RealN8n;
let manualRun = '';

const post = async (url: string, body: unknown) => {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (done(value) || Date.now() > deadline) return value;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

const sink = async () => (await (await fetch(`${sandbox.url}/sandbox/sink`)).json()) as Array<Record<string, unknown>>;

const order = (invoiceId: string, cardNumber = '4508034508034509') => ({
	invoice_id: invoiceId,
	amount: '25.00',
	card: { holder: 'Ayse Yilmaz', number: cardNumber, expiry_month: '12', expiry_year: '2030', cvv: '000' },
	buyer: { name: 'Ayse', surname: 'Yilmaz' },
	ip: '88.255.1.10',
});

beforeAll(async () => {
	await sandbox.start();
	n8n = new RealN8n({
		port: N8N_PORT,
		credentials: simulatorCredentials(sandbox),
		workflows: loadExamples({ sandboxUrl: sandbox.url, n8nUrl: `http://127.0.0.1:${N8N_PORT}`, webhookToken: WEBHOOK_TOKEN }),
	});
	n8n.prepare();
	manualRun = JSON.stringify(await n8n.execute('sipayExInstall01'));
	await n8n.start(READY_WEBHOOK);
}, 1_200_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox.stop();
}, 60_000);

describe('n8n-nodes-sipay in a real n8n', () => {
	it('n8n execute runs a manual workflow with the Sipay node and the stored credential', () => {
		expect(manualRun).toContain('"installments":[1,2,3,6,9,12]');
		expect(sandbox.requestsTo('/ccpayment/api/token').length).toBeGreaterThanOrEqual(1);
	});

	it("the credential dialog's Test (n8n's REST endpoint) names the integration mode or Sipay's refusal", async () => {
		const setup = await fetch(`${n8n.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ email: 'owner@example.com', firstName: 'Test', lastName: 'Owner', password: 'Sipay-Test-Passw0rd' }),
		});
		expect(setup.status).toBe(200);
		const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0];
		const saved = Object.fromEntries(simulatorCredentials(sandbox).map((credential) => [credential.type, credential.id]));
		const test = async (type: string, data: Record<string, unknown>) => {
			const response = await fetch(`${n8n.url}/rest/credentials/test`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', cookie },
				body: JSON.stringify({ credentials: { id: saved[type], name: 'Sipay', type, data } }),
			});
			return ((await response.json()) as { data: { status: string; message: string } }).data;
		};
		expect(await test('sipayPaymentApi', sandbox.paymentCredentials())).toEqual({
			status: 'OK',
			message: 'Connected. Integration mode: Non-secure (2-D) or 3-D Secure payments (is_3d=1)',
		});
		expect(await test('sipayPaymentApi', { ...sandbox.paymentCredentials(), appSecret: 'not-it' })).toEqual({
			status: 'Error',
			message: 'Sipay refused the token request: Invalid credentials (status_code 30, HTTP 200)',
		});
		expect(await test('sipayBusinessApi', sandbox.businessCredentials())).toEqual({
			status: 'OK',
			message: 'Connected. Token valid for 3600 s',
		});
	});

	it('a webhook workflow takes a card payment through the Sipay node', async () => {
		const tokensBefore = sandbox.requestsTo('/ccpayment/api/token').length;
		const answer = await post(`${n8n.url}/webhook/sipay-demo/pay`, order('E2E-PAY-1'));
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({
			approved: true,
			status: 'approved',
			amount: '25.00',
			currency: 'TRY',
			invoice_id: 'E2E-PAY-1',
			hash_verified: true,
			sipay: { data: { payment_status: 1 } },
		});
		expect(JSON.stringify(answer.json)).not.toContain('4508034508034509');
		const [call] = sandbox.requestsTo('/ccpayment/api/paySmart2D');
		expect(call.body).toMatchObject({ invoice_id: 'E2E-PAY-1', total: '25.00', currency_code: 'TRY' });

		const again = await post(`${n8n.url}/webhook/sipay-demo/pay`, order('E2E-PAY-1'));
		expect(again.json).toMatchObject({ sipayCode: '117' });
		expect(sandbox.requestsTo('/ccpayment/api/paySmart2D')).toHaveLength(2);
		// The token stored with the credential is reused by both executions (at most one new request).
		expect(sandbox.requestsTo('/ccpayment/api/token').length - tokensBefore).toBeLessThanOrEqual(1);
	});

	it('the Sipay Trigger runs once per sale webhook Sipay confirms and refuses forged ones', async () => {
		await post(`${sandbox.url}/sandbox/payment/webhooks`, {
			type: 'sale',
			key: 'n8n',
			url: `${n8n.url}/webhook/sipay-payment-events/webhook`,
		});
		const before = (await sink()).length;
		const paid = await post(`${n8n.url}/webhook/sipay-demo/pay`, order('E2E-SALE-1'));
		expect(paid.json.approved).toBe(true);
		// The example Pay node sends no sale webhook key: send the webhook Sipay sends for such a sale.
		const status = sandbox.payment.state.payments.get('E2E-SALE-1');
		expect(status).toBeDefined();
		const webhookUrl = `${n8n.url}/webhook/sipay-payment-events/webhook`;
		const { generateHashKey } = await import('../../nodes/Sipay/hash/hashKey');
		const payload = {
			sipay_status: '1',
			order_no: status!.orderId,
			invoice_id: 'E2E-SALE-1',
			status_code: '100',
			status_description: 'Payment Successfully Completed',
			payment_status: '1',
			transaction_type: 'Auth',
			hash_key: generateHashKey(['1', '25', 'E2E-SALE-1', status!.orderId, 'TRY'], sandbox.payment.merchant.appSecret),
		};
		const first = await sandbox.webhooks.send(webhookUrl, payload, 'form');
		const repeat = await sandbox.webhooks.send(webhookUrl, payload, 'form');
		const forged = await sandbox.webhooks.send(webhookUrl, { ...payload, invoice_id: 'E2E-SALE-2' }, 'form');
		expect([first.status, repeat.status, forged.status]).toEqual([200, 200, 401]);
		await eventually(sink, (rows) => rows.length > before);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expect((await sink()).slice(before)).toEqual([expect.objectContaining({ event: 'payment.succeeded', invoice_id: 'E2E-SALE-1', confirmed: true, amount: '25.00', status: 'Completed' })]);
	});

	it('a 3-D Secure return through the shopper browser reaches the trigger', async () => {
		const before = (await sink()).length;
		const token = await post(`${sandbox.url}/ccpayment/api/token`, {
			app_id: sandbox.payment.merchant.appId,
			app_secret: sandbox.payment.merchant.appSecret,
		});
		const { generateHashKey } = await import('../../nodes/Sipay/hash/hashKey');
		const merchant = sandbox.payment.merchant;
		const returnUrl = `${n8n.url}/webhook/sipay-payment-events/3ds-return`;
		const form = new URLSearchParams({
			merchant_key: merchant.merchantKey,
			cc_holder_name: 'Ayse Yilmaz',
			cc_no: '5406675406675403',
			expiry_month: '12',
			expiry_year: '2030',
			cvv: '000',
			currency_code: 'TRY',
			installments_number: '1',
			invoice_id: 'E2E-3D-1',
			invoice_description: 'Order',
			name: 'Ayse',
			surname: 'Yilmaz',
			total: '30.00',
			items: JSON.stringify([{ name: 'Item', price: '30.00', quantity: 1, description: 'Item' }]),
			return_url: returnUrl,
			cancel_url: returnUrl,
			hash_key: generateHashKey(['30.00', '1', 'TRY', merchant.merchantKey, 'E2E-3D-1'], merchant.appSecret),
		});
		const start = await fetch(`${sandbox.url}/ccpayment/api/paySmart3D`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/x-www-form-urlencoded',
				Authorization: `Bearer ${(token.json.data as { token: string }).token}`,
			},
			body: form,
		});
		const session = parseForm(await start.text()).fields.session;
		const bank = await fetch(`${sandbox.url}/sandbox/3d/complete`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ session, password: 'a' }),
		});
		const back = parseForm(await bank.text());
		expect(back.action).toBe(returnUrl);
		const page = await fetch(back.action, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams(back.fields),
		});
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Payment received');
		const rows = await eventually(sink, (value) => value.length > before);
		expect(rows.slice(before)).toEqual([
			expect.objectContaining({ event: 'threeDSecure.succeeded', invoice_id: 'E2E-3D-1', md_status: '1' }),
		]);
	});

	it('the Business API trigger takes only the secret token set at import', async () => {
		const before = (await sink()).length;
		const deliver = async (query: string) =>
			(
				await fetch(`${n8n.url}/webhook/${BUSINESS_EVENTS_WEBHOOK}${query}`, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ transaction_type: 'TOPUP', amount: 10, currency_code: 'TRY' }),
				})
			).status;
		// No token, an empty one, and the token earlier versions of the example shipped with.
		expect([await deliver(''), await deliver('?token='), await deliver('?token=change-this-webhook-secret')]).toEqual([401, 401, 401]);
		expect(await sink()).toHaveLength(before);
	});

	it('a Business payout through the Sipay node, its result through the Sipay Trigger', async () => {
		await post(`${sandbox.url}/sandbox/business/webhooks`, {
			url: `${n8n.url}/webhook/${BUSINESS_EVENTS_WEBHOOK}?token=${WEBHOOK_TOKEN}`,
		});
		const before = (await sink()).length;
		const payout = {
			name: 'BURAK YILMAZ',
			iban: 'TR220006221935787735797651',
			national_id: '10000000146',
			amount: '40.00',
			reference: 'E2E-PAYOUT-1',
		};
		const answer = await post(`${n8n.url}/webhook/sipay-demo/payout`, payout);
		expect(answer.json).toMatchObject({ status: 'accepted', ext_transaction_id: 'E2E-PAYOUT-1' });
		const again = await post(`${n8n.url}/webhook/sipay-demo/payout`, payout);
		expect(again.json).toMatchObject({ sipayCode: '301' });

		await post(`${sandbox.url}/sandbox/business/payouts/complete`, { ext_transaction_id: 'E2E-PAYOUT-1', outcome: 'completed' });
		const rows = await eventually(sink, (value) => value.length > before);
		const event = rows.slice(before)[0];
		expect(event).toMatchObject({ event: 'bankTransfer.completed', ext_transaction_id: 'E2E-PAYOUT-1' });
		expect(String(event.request_withdraw_id)).toMatch(/^\d{19}$/);
	});

	it("n8n serves the Sipay node's output schemas, which its editor previews before the node runs", async () => {
		const schema = async (path: string) => {
			const response = await fetch(`${n8n.url}/schemas/n8n-nodes-sipay.sipay/1.0.0/${path}.json`);
			return { status: response.status, body: response.status === 200 ? ((await response.json()) as { type: string; properties: object }) : null };
		};
		const pay = await schema('payment/pay');
		expect(pay.status).toBe(200);
		expect(pay.body?.type).toBe('object');
		expect(Object.keys(pay.body?.properties ?? {})).toEqual([...Object.keys(OUTPUT_KINDS.charge), 'sipay']);
		const wallets = await schema('wallet/getMany');
		expect(Object.keys(wallets.body?.properties ?? {})).toEqual([...Object.keys(OUTPUT_KINDS.wallet), 'sipay']);
		expect((await schema('payment/noSuchOperation')).status).toBe(404);
	});

	it('the payment link example answers with the link; the card is typed on Sipay\'s page, not in n8n', async () => {
		const answer = await post(`${n8n.url}/webhook/sipay-demo/checkout-link`, {
			invoice_id: 'E2E-LINK-1',
			amount: '19.90',
			buyer: { name: 'Ayse', surname: 'Yilmaz' },
		});
		expect(answer.status).toBe(200);
		expect(answer.json).toMatchObject({
			status: 'created',
			link: expect.stringContaining(`${sandbox.url}/sandbox/link/`),
			amount: '19.90',
			currency: 'TRY',
			invoice_id: 'E2E-LINK-1',
			order_id: expect.stringMatching(/^VP/),
		});
		const page = await fetch(String(answer.json.link));
		expect(page.status).toBe(200);
		const [call] = sandbox.requestsTo('/ccpayment/purchase/link');
		expect(JSON.stringify(call.body)).not.toMatch(/cc_no|cvv|card_number/);
	});

	it('the saved-card example pays 3-D Secure with only the token in n8n; the result reaches the trigger', async () => {
		// The card was saved earlier (e.g. by the merchant's own checkout): here through the node itself.
		const cardToken = await saveTestCard(sandbox, 'E2E-CUST-1', '5406675406675403');

		const before = (await sink()).length;
		const checkout = await fetch(`${n8n.url}/webhook/sipay-demo/pay-saved-card`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				invoice_id: 'E2E-TOKEN-3D-1',
				amount: '33.00',
				customer_number: 'E2E-CUST-1',
				card_token: cardToken,
				customer: { name: 'Ayse Yilmaz', email: 'ayse@example.com', phone: '905321234567' },
			}),
		});
		expect(checkout.headers.get('content-type')).toContain('text/html');
		const result = await passThreeDSecure(await checkout.text());
		expect(result.action).toBe(`${n8n.url}/webhook/sipay-payment-events/3ds-return`);
		const returned = await postForm(result.action, result.fields);
		expect(returned.status).toBe(200);
		const rows = await eventually(sink, (value) => value.length > before);
		expect(rows.slice(before)).toEqual([
			expect.objectContaining({ event: 'threeDSecure.succeeded', invoice_id: 'E2E-TOKEN-3D-1', confirmed: true }),
		]);
		const [call] = sandbox.requestsTo('/ccpayment/api/payByCardToken');
		expect(call.body).toMatchObject({ card_token: cardToken, customer_number: 'E2E-CUST-1' });
		expect(JSON.stringify(call.body)).not.toContain('5406675406675403');
	});
});

describe('the editor in a real browser (Chromium)', () => {
	it("previews the Sipay node's output fields in the next node's input panel before anything ran", async () => {
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		});
		try {
			const [name, value] = (await n8n.ownerCookie()).split('=');
			const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
			await context.addCookies([{ name, value, url: n8n.url }]);
			const page = await context.newPage();
			// The 3-D example's Respond to Webhook node, opened directly: its input is the Sipay node's output.
			await page.goto(`${n8n.url}/workflow/sipayExPay3d0001/respond`);
			const preview = page.getByText('Usually outputs the following fields');
			await preview.waitFor({ timeout: 60_000 });
			for (const field of ['status', 'invoice_id', 'html', 'next_step', 'sipay']) {
				await expect(page.getByText(field, { exact: true }).first().isVisible()).resolves.toBe(true);
			}
			await page.screenshot({ path: `${n8n.userFolder}/output-preview.png` });
		} finally {
			await browser.close();
		}
	});
});

describe('a shopper in a real browser (Chromium)', () => {
	it('3-D Secure: n8n sends the bank page, the shopper authenticates, the result comes back to the trigger', async () => {
		const { chromium } = await import('playwright-core');
		const browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		try {
			const before = (await sink()).length;
			const checkout = await fetch(`${n8n.url}/webhook/sipay-demo/checkout-3d`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ ...order('E2E-BROWSER-1', '5406675406675403'), amount: '42.50' }),
			});
			expect(checkout.headers.get('content-type')).toContain('text/html');
			const html = await checkout.text();
			expect(html).not.toContain('5406675406675403');

			const page = await browser.newPage();
			await page.setContent(html);
			await page.waitForURL(`${sandbox.url}/sandbox/3d/bank**`);
			await page.locator('input[name="password"]').fill('a');
			await page.locator('button[type="submit"], input[type="submit"]').first().click();
			await page.waitForURL(`${n8n.url}/webhook/sipay-payment-events/3ds-return`);
			await expect(page.locator('h1').textContent()).resolves.toBe('Payment received');
			await page.screenshot({ path: `${n8n.userFolder}/3ds-return.png` });

			const rows = await eventually(sink, (value) => value.length > before);
			expect(rows.slice(before)).toEqual([
				expect.objectContaining({ event: 'threeDSecure.succeeded', invoice_id: 'E2E-BROWSER-1', confirmed: true }),
			]);
			expect(sandbox.payment.state.payments.get('E2E-BROWSER-1')).toMatchObject({ status: 'Completed', total: '42.5' });
		} finally {
			await browser.close();
		}
	});
});
