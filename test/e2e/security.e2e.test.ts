import { randomBytes } from 'node:crypto';

import { decryptHashKey, generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { loadExample, RealN8n, simulatorCredentials } from '../../scripts/n8n';
import { browserPosts, control as controlSandbox, TestBusiness, TestMerchant } from '../harness/merchant';
import { parseForm } from '../sandbox/http';
import { SipaySandbox } from '../sandbox/server';
import { withBareNumbers } from '../sandbox/business/webhooks';
import { flipStatus, rewriteFirstBlock } from '../security/forge';
import { Tally } from '../security/tally';

/**
 * The Sipay Trigger under attack, in a real n8n: forged, tampered, replayed, malformed and
 * concurrent deliveries of every class, and the real events they imitate, counted by the
 * executions the workflow actually ran. Forged → 0; each real event → exactly 1.
 */

const N8N_PORT = 28678;
const SUCCESS_PAGE = 'https://shop.example.com/thanks';
const TOKEN = randomBytes(18).toString('hex');
const DEAD_URL = 'http://127.0.0.1:9/captured';

const sandbox = new SipaySandbox();
const shop = new TestMerchant(sandbox);
let n8n: RealN8n;
let tally: Tally;

const paymentHook = () => `${n8n.url}/webhook/sipay-payment-events/webhook`;
const returnHook = () => `${n8n.url}/webhook/sipay-payment-events/3ds-return`;
const businessHook = (token = TOKEN) => `${n8n.url}/webhook/sipay-business-events/webhook?token=${token}`;

type Payload = Record<string, string>;

interface Answer {
	status: number;
	location: string | null;
}

async function post(url: string, body: string, contentType = 'application/x-www-form-urlencoded'): Promise<Answer> {
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': contentType }, body, redirect: 'manual' });
	await response.arrayBuffer();
	return { status: response.status, location: response.headers.get('location') };
}

const form = (fields: Record<string, unknown>) =>
	new URLSearchParams(Object.entries(fields).map(([key, value]): [string, string] => [key, String(value ?? '')])).toString();

const sendForm = (url: string, fields: Record<string, unknown>) => post(url, form(fields));

const sendJson = (url: string, payload: Record<string, unknown>, bare: string[] = []) =>
	post(url, withBareNumbers(payload, bare), 'application/json');

const BUSINESS_BARE = ['tenant_id', 'request_withdraw_id', 'transaction_id', 'id', 'wallet_id', 'to_wallet_id'];

const plaintext = (hashKey: string) => decryptHashKey(hashKey, shop.credentials.appSecret)!.join('|');

/** Real Sipay webhooks the simulator sent, by the first field that identifies them. */
const delivered = (test: (payload: Payload) => boolean) =>
	sandbox.webhooks.deliveries.filter((delivery) => delivery.url.startsWith(n8n.url) && test(delivery.payload as Payload));

const control = (path: string, body: Record<string, unknown>) => controlSandbox(sandbox, path, body);
const businessApi = new TestBusiness(sandbox);
async function payout(ext: string, amount = 40) {
	expect(await businessApi.payout(ext, amount)).toBe('100');
}

function workflows() {
	const settings = { sandboxUrl: sandbox.url, n8nUrl: `http://127.0.0.1:${N8N_PORT}`, webhookToken: TOKEN };
	const payment = loadExample('payment-notifications.json', settings);
	const business = loadExample('payout-results.json', settings);
	const nodes = (workflow: Record<string, unknown>) => workflow.nodes as Array<Record<string, unknown>>;
	const trigger = (workflow: Record<string, unknown>) => nodes(workflow).find((node) => String(node.type).endsWith('sipayTrigger'))!;
	// The Business example confirms its events with its Sipay Business API credential.
	expect(trigger(business).credentials).toHaveProperty('sipayBusinessApi');
	trigger(payment).parameters = { source: 'payment', events: ['*'], options: { successRedirectUrl: SUCCESS_PAGE } };
	return [payment, business];
}

beforeAll(async () => {
	await sandbox.start();
	n8n = new RealN8n({ port: N8N_PORT, credentials: simulatorCredentials(sandbox), workflows: workflows() });
	n8n.prepare();
	await n8n.start('sipay-payment-events/3ds-return');
	await shop.login();
	await businessApi.login();
	tally = new Tally(async () => sandbox.sink.length);
}, 1_200_000);

afterAll(async () => {
	if (tally) {
		process.stdout.write(`${tally.table()}\n${tally.summary()}\n`);
	}
	await n8n?.stop();
	await sandbox.stop();
}, 60_000);

describe('Sipay Trigger in a real n8n: the attack corpus', () => {
	const paid: Payload[] = [];
	const declined: Payload[] = [];
	const threeDFailed: Array<Record<string, string>> = [];
	const threeDPaidForms: string[] = [];
	let refunds: Payload[] = [];
	let recurring: Payload[] = [];
	let planCode = '';
	let businessReal: Array<Record<string, unknown>> = [];

	it('real payment events each start exactly one execution', async () => {
		for (const type of ['sale', 'refund', 'recurring'] as const) await shop.registerWebhook(type, `n8n-${type}`, paymentHook());

		const sales = await tally.run('real: 2-D sales, approved and declined', 'real', async () => {
			for (let index = 1; index <= 12; index++) {
				const card = index % 3 === 0 ? { cc_no: '4000000000000002' } : {};
				await shop.api('/api/paySmart2D', shop.order(`SEC-S${index}`, `${10 + index}.00`, { sale_web_hook_key: 'n8n-sale', ...card }));
			}
			const sent = delivered((payload) => payload.invoice_id?.startsWith('SEC-S'));
			for (const delivery of sent) (delivery.payload.payment_status === '1' ? paid : declined).push(delivery.payload as Payload);
			return { deliveries: sent.length, events: 12 };
		});
		expect(sales.executions).toBe(12);

		const threeD = await tally.run('real: 3-D returns with their sale webhooks', 'real', async () => {
			let deliveries = 0;
			for (let index = 1; index <= 6; index++) {
				const password = index <= 4 ? 'a' : 'wrong';
				const bank = await shop.threeD(`SEC-3D${index}`, password, returnHook(), { sale_web_hook_key: 'n8n-sale' });
				const page = await browserPosts(bank.html);
				deliveries += 1;
				if (password === 'a') {
					expect(page.status).toBe(303);
					expect(page.headers.get('location')).toBe(`${SUCCESS_PAGE}?invoice_id=SEC-3D${index}`);
					threeDPaidForms.push(bank.html);
				} else threeDFailed.push(parseForm(bank.html).fields);
			}
			deliveries += delivered((payload) => payload.invoice_id?.startsWith('SEC-3D')).length;
			return { deliveries, events: 6 };
		});
		expect(threeD.executions).toBe(6);

		const refundRun = await tally.run('real: refunds (two equal partial refunds of one order)', 'real', async () => {
			await shop.api('/api/paySmart2D', shop.order('SEC-R1', '30.00'));
			await shop.api('/api/paySmart2D', shop.order('SEC-R2', '15.00'));
			await shop.refund('SEC-R1', '10.00', 'SEC-RF1', 'n8n-refund');
			await shop.refund('SEC-R1', '10.00', 'SEC-RF2', 'n8n-refund');
			await shop.refund('SEC-R2', '15.00', 'SEC-RF3', 'n8n-refund');
			refunds = delivered((payload) => payload.invoice_id?.startsWith('SEC-R') && payload.amount !== undefined).map((d) => d.payload as Payload);
			return { deliveries: refunds.length, events: 3 };
		});
		expect(refundRun.executions).toBe(3);

		const recurringRun = await tally.run('real: recurring plan (first sale, a failed and a completed charge)', 'real', async () => {
			await shop.api(
				'/api/paySmart2D',
				shop.order('SEC-P1', '5.00', {
					sale_web_hook_key: 'n8n-sale',
					order_type: 1,
					recurring_payment_number: 4,
					recurring_payment_cycle: 'M',
					recurring_payment_interval: 1,
					recurring_web_hook_key: 'n8n-recurring',
				}),
			);
			planCode = await shop.planCodeOf('SEC-P1');
			await shop.chargePlan(planCode, true);
			await shop.chargePlan(planCode, false);
			recurring = delivered((payload) => payload.plan_code === planCode).map((d) => d.payload as Payload);
			return { deliveries: recurring.length + 1, events: 3 };
		});
		expect(recurringRun.executions).toBe(3);
	}, 600_000);

	it('real Business events each start exactly one execution', async () => {
		await control('/sandbox/business/webhooks', { url: businessHook() });
		const run = await tally.run('real: payouts (completed, rejected, refunded) and top-ups', 'real', async () => {
			for (const ext of ['SEC-PO1', 'SEC-PO2', 'SEC-PO3', 'SEC-PO4']) await payout(ext);
			for (const ext of ['SEC-PO1', 'SEC-PO2', 'SEC-PO3']) await control('/sandbox/business/payouts/complete', { ext_transaction_id: ext, outcome: 'completed' });
			await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'SEC-PO4', outcome: 'rejected' });
			await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'SEC-PO1', outcome: 'refunded' });
			for (const reference of ['SEC-T1', 'SEC-T2', 'SEC-T3']) {
				await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 100, description: reference });
			}
			await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 99999999, fail: '310' });
			businessReal = sandbox.webhooks.deliveries.filter((delivery) => delivery.url.includes('sipay-business-events')).map((d) => d.payload);
			return { deliveries: businessReal.length, events: 9 };
		});
		expect(businessReal).toHaveLength(9);
		expect(run.executions).toBe(9);
	}, 600_000);

	it('forged, tampered, malformed and replayed deliveries start nothing', async () => {
		const forged: Array<{ name: string; send: () => Promise<number> }> = [];
		let successRedirects = 0;
		const watch = (answer: Answer) => {
			if (answer.location?.startsWith(SUCCESS_PAGE)) successRedirects++;
			return answer;
		};

		forged.push({
			name: 'hash-iv rewrite: declined sale → "paid" (/webhook)',
			send: async () => {
				let count = 0;
				for (const payload of declined) {
					const known = plaintext(payload.hash_key);
					for (const total of ['', '1', '10', '99', '500', '9999', '1e9', '0.01']) {
						const forgedStart = `1|${total || known.split('|')[1]}|${known.split('|').slice(2).join('|')}`.slice(0, 16);
						const forgery = total === '' ? flipStatus(payload.hash_key, known, '1') : rewriteFirstBlock(payload.hash_key, known, forgedStart);
						for (const extra of [{}, { payment_status: '1', sipay_status: '1' }, { payment_status: '1', sipay_status: '1', status_code: '100', error_code: '100' }]) {
							await sendForm(paymentHook(), { ...payload, ...extra, hash_key: forgery.hashKey });
							count++;
						}
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'hash-iv rewrite: failed 3-D return → success (/3ds-return)',
			send: async () => {
				let count = 0;
				for (const fields of threeDFailed) {
					const known = plaintext(fields.hash_key);
					for (let variant = 0; variant < 12; variant++) {
						const forgery = variant === 0 ? flipStatus(fields.hash_key, known, '1') : rewriteFirstBlock(fields.hash_key, known, `1|${variant}${known.split('|').slice(1).join('|')}`.slice(0, 16));
						for (const extra of [{ payment_status: '1', sipay_status: '1' }, { payment_status: '1', sipay_status: '1', md_status: '1', status_code: '100' }]) {
							watch(await sendForm(returnHook(), { ...fields, ...extra, hash_key: forgery.hashKey }));
							count++;
						}
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'hash-iv rewrite: paid sale → other amounts',
			send: async () => {
				let count = 0;
				for (const payload of paid) {
					const known = plaintext(payload.hash_key);
					const rest = known.split('|').slice(2).join('|');
					for (const total of ['1', '2', '9', '99', '999', '1e9', '100000']) {
						const forgery = rewriteFirstBlock(payload.hash_key, known, `1|${total}|${rest}`.slice(0, 16));
						await sendForm(paymentHook(), { ...payload, hash_key: forgery.hashKey });
						await sendForm(paymentHook(), { ...payload, hash_key: forgery.hashKey, amount: total });
						count += 2;
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'cross-layout: one hash rewritten into refund and recurring events',
			send: async () => {
				let count = 0;
				for (const payload of [...paid, ...declined]) {
					const known = plaintext(payload.hash_key);
					const [, , invoice, order] = known.split('|');
					for (const start of ['Completed|1|', 'Completed|10|', 'COMPLETED|5|']) {
						const forgery = rewriteFirstBlock(payload.hash_key, known, `${start}${known}`.slice(0, 16));
						await sendForm(paymentHook(), { invoice_id: invoice, order_id: order, amount: start.split('|')[1], status: 'Completed', hash_key: forgery.hashKey });
						await sendForm(paymentHook(), { invoice_id: invoice, order_id: order, product_price: start.split('|')[1], plan_code: planCode, recurring_number: '3', status: 'Completed', attempts: '1', hash_key: forgery.hashKey });
						count += 2;
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'unsigned or contradicting fields on real signed events',
			send: async () => {
				let count = 0;
				for (const payload of [...paid, ...declined]) {
					for (const change of [
						{ total: '99999' },
						{ currency_code: 'USD' },
						{ order_no: 'VP00000000000000000' },
						{ invoice_id: 'SEC-OTHER' },
						{ payment_status: payload.payment_status === '1' ? '0' : '1' },
						{ amount: '1e9' },
						{ merchant_key: 'another-merchant' },
					]) {
						await sendForm(paymentHook(), { ...payload, ...change });
						count++;
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'missing ids, missing or foreign or malformed hashes',
			send: async () => {
				let count = 0;
				const sample = paid[0];
				const known = plaintext(sample.hash_key);
				const { invoice_id: _invoice, ...noInvoice } = sample;
				const { order_no: _order, ...noOrder } = sample;
				const variants: Array<Record<string, string>> = [
					noInvoice,
					noOrder,
					{ ...sample, hash_key: '' },
					{ ...sample, hash_key: sample.hash_key.slice(0, -4) },
					{ ...sample, hash_key: sample.hash_key.toUpperCase() },
					{ ...sample, hash_key: `${sample.hash_key}:extra` },
					{ ...sample, hash_key: sample.hash_key.replace(/^[0-9a-f]{16}/, 'zzzzzzzzzzzzzzzz') },
					{ ...sample, hash_key: 'not-a-hash' },
				];
				for (let index = 0; index < 40; index++) {
					variants.push({ ...sample, hash_key: generateHashKey(known.split('|'), `foreign-secret-${index}`) });
					variants.push({ ...sample, hash_key: `${randomBytes(8).toString('hex')}:${randomBytes(2).toString('hex')}:${randomBytes(48).toString('base64')}` });
				}
				for (const variant of variants) {
					await sendForm(paymentHook(), variant);
					count++;
				}
				return count;
			},
		});

		forged.push({
			name: 'replays: every real payment delivery again, identical',
			send: async () => {
				let count = 0;
				const all = sandbox.webhooks.deliveries.filter((delivery) => delivery.url === paymentHook()).map((d) => d.payload);
				for (let round = 0; round < 3; round++) {
					for (const payload of all) {
						await sendForm(paymentHook(), payload);
						count++;
					}
					for (const html of threeDPaidForms) {
						await sendForm(returnHook(), parseForm(html).fields);
						count++;
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'replays with unsigned fields changed (status text, amounts spelled, attempts, re-encoded hash)',
			send: async () => {
				let count = 0;
				for (const html of threeDPaidForms) {
					const fields = parseForm(html).fields;
					for (const status of ['Completed', 'Approved', 'x', '']) {
						await sendForm(returnHook(), { ...fields, status });
						count++;
					}
				}
				for (const payload of refunds) {
					for (const amount of ['10.0', '10', '1e1', '10.000', '15.0']) {
						await sendForm(paymentHook(), { ...payload, amount });
						count++;
					}
				}
				for (const payload of recurring) {
					for (const attempts of ['1', '2', '3', '9']) {
						await sendForm(paymentHook(), { ...payload, attempts });
						count++;
					}
				}
				for (const payload of [...paid, ...declined]) {
					await sendForm(paymentHook(), { ...payload, hash_key: payload.hash_key.replace(/__/g, '/'), status: 'again', error: 'x' });
					count++;
				}
				return count;
			},
		});

		forged.push({
			name: 'path confusion: webhooks as 3-D returns and back, query tricks',
			send: async () => {
				let count = 0;
				for (const payload of paid) {
					await sendForm(returnHook(), payload);
					await sendForm(`${paymentHook()}?x=/3ds-return`, payload);
					count += 2;
				}
				for (const html of threeDPaidForms) {
					await sendForm(paymentHook(), parseForm(html).fields);
					await sendForm(`${returnHook()}?path=webhook`, parseForm(html).fields);
					count += 2;
				}
				return count;
			},
		});

		forged.push({
			name: 'oversized, nested and unknown content',
			send: async () => {
				let count = 0;
				const sample = paid[0];
				const huge = 'x'.repeat(1024 * 1024);
				const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`;
				const bodies: Array<[string, string, string]> = [
					[paymentHook(), form({ ...sample, note: huge }), 'application/x-www-form-urlencoded'],
					[paymentHook(), form({ ...sample, note: 'y'.repeat(9000) }), 'application/x-www-form-urlencoded'],
					[paymentHook(), `${form(sample)}&invoice_id=SEC-S2`, 'application/x-www-form-urlencoded'],
					[paymentHook(), `${form(sample)}&a[b][c]=1`, 'application/x-www-form-urlencoded'],
					[paymentHook(), JSON.stringify(sample), 'application/json'],
					[paymentHook(), JSON.stringify({ ...sample, nested: { a: 1 } }), 'application/json'],
					[paymentHook(), form(sample), 'text/plain'],
					[paymentHook(), form(sample), 'multipart/form-data; boundary=x'],
					[returnHook(), `{"a":${deep}}`, 'application/json'],
					[businessHook(), `{"a":${deep}}`, 'application/json'],
					[businessHook(), JSON.stringify({ id: '1', result_code: 'Success', transaction_status_id: 20, note: huge }), 'application/json'],
					[businessHook(), JSON.stringify([businessReal[0]]), 'application/json'],
					[businessHook(), 'not json', 'application/json'],
					[businessHook(), form({ id: '1', result_code: 'Success' }), 'application/x-www-form-urlencoded'],
				];
				for (let round = 0; round < 3; round++) {
					for (const [url, body, type] of bodies) {
						const answer = await post(url, body, type);
						expect(answer.status).toBeGreaterThanOrEqual(400);
						count++;
					}
				}
				return count;
			},
		});

		forged.push({
			name: 'Business: forged with the right token, wrong or no token, replays',
			send: async () => {
				let count = 0;
				for (const payload of businessReal) {
					const changes: Array<Record<string, unknown>> = [{}, {}];
					if ('request_withdraw_id' in payload) {
						changes.push({ after_process_status: payload.after_process_status === 1 ? 2 : 1 }, { amount: 4000 }, { ext_transaction_id: 'SEC-UNKNOWN' }, { request_withdraw_id: '2505267108142371608' });
					} else if ('transaction_status_id' in payload) {
						changes.push({ id: '2507286963749015584' }, { amount: 100000 });
					}
					for (const change of changes) {
						await sendJson(businessHook(), { ...payload, ...change }, BUSINESS_BARE);
						count++;
					}
					await sendJson(businessHook('wrong-token'), payload, BUSINESS_BARE);
					await sendJson(`${n8n.url}/webhook/sipay-business-events/webhook`, payload, BUSINESS_BARE);
					count += 2;
				}
				return count;
			},
		});

		for (const entry of forged) {
			const result = await tally.run(entry.name, 'forged', entry.send);
			expect({ name: result.name, executions: result.executions }).toEqual({ name: entry.name, executions: 0 });
		}
		// No forged 3-D return reached the shop's success page.
		expect(successRedirects).toBe(0);
	}, 600_000);

	it('concurrent identical deliveries of fresh real events start exactly one execution each', async () => {
		await shop.registerWebhook('sale', 'n8n-capture', DEAD_URL);
		for (let index = 1; index <= 10; index++) {
			await shop.api('/api/paySmart2D', shop.order(`SEC-C${index}`, '20.00', { sale_web_hook_key: 'n8n-capture' }));
		}
		const captured = sandbox.webhooks.deliveries.filter((delivery) => delivery.url === DEAD_URL).map((d) => d.payload);
		expect(captured).toHaveLength(10);
		const identical = await tally.run('real: 10 events × 20 identical deliveries at once', 'real', async () => {
			await Promise.all(captured.flatMap((payload) => Array.from({ length: 20 }, () => sendForm(paymentHook(), payload))));
			return { deliveries: 200, events: 10 };
		});
		expect(identical.executions).toBe(10);

		for (let index = 1; index <= 10; index++) {
			await shop.api('/api/paySmart2D', shop.order(`SEC-C2-${index}`, '20.00', { sale_web_hook_key: 'n8n-capture' }));
		}
		const together = sandbox.webhooks.deliveries.filter((delivery) => delivery.url === DEAD_URL).map((d) => d.payload).slice(10);
		const pairs = await tally.run('real: 10 different events at once, each twice', 'real', async () => {
			await Promise.all(together.flatMap((payload) => [sendForm(paymentHook(), payload), sendForm(paymentHook(), payload)]));
			return { deliveries: 20, events: 10 };
		});
		expect(pairs.executions).toBe(10);

		await control('/sandbox/business/webhooks', { url: DEAD_URL });
		for (let index = 1; index <= 5; index++) {
			await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 50 + index, description: `SEC-CT${index}` });
		}
		const topups = sandbox.webhooks.deliveries.filter((delivery) => delivery.url === DEAD_URL && 'transaction_status_id' in delivery.payload);
		const business = await tally.run('real: 5 top-ups × 20 identical deliveries at once', 'real', async () => {
			await Promise.all(topups.flatMap((delivery) => Array.from({ length: 20 }, () => sendJson(businessHook(), delivery.payload, BUSINESS_BARE))));
			return { deliveries: 100, events: 5 };
		});
		expect(business.executions).toBe(5);
	}, 600_000);

	it('the corpus is large enough to mean something', () => {
		const total = tally.classes.reduce((sum, entry) => sum + entry.deliveries, 0);
		expect(total).toBeGreaterThanOrEqual(1000);
	});
});
