import { control as controlSandbox, TestBusiness } from '../../harness/merchant';
import { TriggerSession } from '../../harness/trigger';
import { useRelay } from './relay';

const { sandbox, relay } = useRelay();
const SECRET = 'n8n-webhook-secret-8f1c2e';

const control = (path: string, body: Record<string, unknown>) => controlSandbox(sandbox, path, body);
const business = new TestBusiness(sandbox);
const payout = async (ext: string, amount = 40) => ({ code: await business.payout(ext, amount) });

function useTrigger(
	parameters: Record<string, unknown>,
	{ webhookUrl = `${relay.url}/webhook?token=${SECRET}`, confirm = true } = {},
) {
	relay.session = new TriggerSession(
		{ source: 'business', events: ['*'], verification: 'secretToken', secretToken: SECRET, ...parameters },
		confirm ? ['sipayBusinessApi'] : [],
	);
	if (confirm) relay.session.credentials.set('sipayBusinessApi', sandbox.businessCredentials());
	relay.answers.length = 0;
	return control('/sandbox/business/webhooks', { url: webhookUrl });
}

beforeEach(async () => {
	sandbox.reset();
	await business.login();
});

describe('Sipay Trigger: Business webhooks, confirmed with Sipay', () => {
	it('payout results arrive once each, confirmed by GetRequestWithdrawByExtId, 19-digit ids kept exactly', async () => {
		await useTrigger({});
		expect((await payout('PO-1')).code).toBe('100');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-1', outcome: 'completed' });
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-1', outcome: 'refunded' });
		const [completed, refunded] = relay.started;
		expect(completed).toMatchObject({
			event: 'bankTransfer.completed',
			confirmed: true,
			ext_transaction_id: 'PO-1',
			amount: '40.00',
			currency: 'TRY',
			process_level_status: 1,
			unconfirmed: expect.objectContaining({ after_process_status: '1' }),
		});
		expect(refunded).toMatchObject({ event: 'bankTransfer.refunded', confirmed: true });
		const raw = sandbox.webhooks.deliveries[0];
		const rawId = /"request_withdraw_id":\s*(\d+)/.exec(JSON.stringify(raw.payload))?.[1] ?? String(raw.payload.request_withdraw_id);
		expect(completed.request_withdraw_id).toBe(rawId);
		expect(String(completed.request_withdraw_id)).toMatch(/^\d{19}$/);

		const first = sandbox.webhooks.deliveries[0];
		await sandbox.webhooks.send(first.url, first.payload, 'json', JSON.stringify(first.payload).replace(/"(\d{19})"/g, '$1'));
		expect(relay.answers.at(-1)).toMatchObject({ status: 200, items: undefined });
		expect(relay.started).toHaveLength(2);
	});

	it('a forged payout result, even with the right token, is refuted by Sipay', async () => {
		await useTrigger({});
		await payout('PO-3');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-3', outcome: 'rejected' });
		const rejected = sandbox.webhooks.deliveries[0].payload;
		relay.answers.length = 0;
		const url = `${relay.url}/webhook?token=${SECRET}`;
		await sandbox.webhooks.send(url, { ...rejected, after_process_status: 1 }, 'json');
		await sandbox.webhooks.send(url, { ...rejected, ext_transaction_id: 'PO-UNKNOWN' }, 'json');
		await sandbox.webhooks.send(url, { ...rejected, amount: 4000 }, 'json');
		expect(relay.answers.map((answer) => [answer.status, answer.body])).toEqual([
			[401, 'not verified'],
			[401, 'not verified'],
			[401, 'not verified'],
		]);
		expect(relay.started).toHaveLength(0);
	});

	it('a rejected payout is a failure event', async () => {
		await useTrigger({ events: ['bankTransfer.failed'] });
		await payout('PO-2');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-2', outcome: 'rejected' });
		expect(relay.started.map((item) => [item.event, item.confirmed])).toEqual([['bankTransfer.failed', true]]);
	});

	it('top-ups are confirmed by the transaction record; failed top-ups are labelled unconfirmed', async () => {
		await useTrigger({});
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 1000, description: 'REF-1' });
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 99999999, fail: '310' });
		const [topup, failed] = relay.started;
		expect(topup).toMatchObject({ event: 'topup.succeeded', confirmed: true, wallet_number: '754938444', amount: '1000.00' });
		expect((topup.confirmation as Record<string, unknown>).tx_additional_data).toMatchObject({
			Message: expect.objectContaining({ CurrencyCode: 'TRY' }),
		});
		expect(String(topup.transaction_id)).toMatch(/^\d{19}$/);
		expect(failed).toMatchObject({ event: 'topup.failed', confirmed: false, unconfirmed: expect.objectContaining({ result_code: '310' }) });
		const forged = { ...sandbox.webhooks.deliveries[0].payload, id: '2507286963749015584' };
		await sandbox.webhooks.send(`${relay.url}/webhook?token=${SECRET}`, forged, 'json');
		expect(relay.answers.at(-1)).toMatchObject({ status: 401, items: undefined });
	});

	it('without a Business credential every item says confirmed: false', async () => {
		await useTrigger({}, { confirm: false });
		await payout('PO-4');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-4', outcome: 'completed' });
		expect(relay.started).toEqual([
			expect.objectContaining({ event: 'bankTransfer.completed', confirmed: false, unconfirmed_because: expect.stringContaining('credential') }),
		]);
	});

	it('without the secret token nothing starts (fails closed)', async () => {
		await useTrigger({}, { webhookUrl: `${relay.url}/webhook?token=guess` });
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 10 });
		expect(relay.answers).toEqual([expect.objectContaining({ status: 401, body: 'not verified' })]);
		expect(relay.started).toHaveLength(0);

		await useTrigger({ secretToken: '' });
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 10 });
		expect(relay.answers).toEqual([expect.objectContaining({ status: 401, body: 'not verified' })]);
	});

	it('the secret may come in a header; IP allow-lists', async () => {
		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'secretToken', secretToken: SECRET }, []);
		const viaHeader = await relay.session.deliver({
			headers: { 'x-sipay-webhook-token': SECRET },
			body: { tenant_id: 5, result_code: '300', result_message: 'Cüzdan bulunamadı', wallet_number: '', description: '847', amount: 10, currency_code: 'TRY' },
		});
		expect(viaHeader.items).toEqual([expect.objectContaining({ event: 'topup.failed' })]);

		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'ipAllowList', allowedIps: '10.1.2.3, 127.0.0.1' }, []);
		const allowed = await relay.session.deliver({ ip: '::ffff:127.0.0.1', body: { id: 1, transaction_status_id: 20, result_code: 'Success' } });
		const refused = await relay.session.deliver({ ip: '198.51.100.7', body: { id: 2, transaction_status_id: 20 } });
		expect(allowed.status).toBe(200);
		expect(refused).toMatchObject({ status: 401, body: 'not verified', items: undefined });
	});

	it('bodies that are not flat Sipay webhooks are refused before any work', async () => {
		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'none' }, []);
		expect(await relay.session.deliver({ body: { hello: 'world' } })).toMatchObject({ status: 400, items: undefined });
		expect(await relay.session.deliver({ rawBody: 'not json', body: {} })).toMatchObject({ status: 400, items: undefined });
		const deep = '['.repeat(10000) + ']'.repeat(10000);
		expect(await relay.session.deliver({ rawBody: `{"id":${deep}}` })).toMatchObject({ status: 400, items: undefined });
		expect(await relay.session.deliver({ rawBody: JSON.stringify({ id: 1, result_code: 'Success', note: 'x'.repeat(1_000_000) }) })).toMatchObject({ status: 400 });
		expect(await relay.session.deliver({ rawBody: 'id=1&result_code=Success', contentType: 'application/x-www-form-urlencoded' })).toMatchObject({ status: 400 });
	});
});
