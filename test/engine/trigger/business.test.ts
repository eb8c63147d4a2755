import { TriggerSession } from '../../harness/trigger';
import { useRelay } from './relay';

const { sandbox, relay } = useRelay();
let bearer = '';
const SECRET = 'n8n-webhook-secret-8f1c2e';

async function control(path: string, body: Record<string, unknown>) {
	const response = await fetch(`${sandbox.url}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	return (await response.json()) as Record<string, unknown>;
}

async function payout(ext: string, amount = 40) {
	const response = await fetch(`${sandbox.url}/sts/v1/Transaction/SendMoneyToBankAccount`, {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${bearer}`,
			'x-client-id': sandbox.business.client.xClientId,
			'Content-Type': 'application/json',
		},
		body: JSON.stringify({
			sender_account_number: '1122334455',
			sender_wallet_number: '754938444',
			ext_transaction_id: ext,
			receiver_account_holder_name: 'BURAK YILMAZ',
			receiver_iban: 'TR220006221935787735797651',
			receiver_national_id_or_tax_no: '10000000146',
			amount,
			currency_code: 'TRY',
			description: 'Payout',
		}),
	});
	return (await response.json()) as { code: string };
}

function useTrigger(parameters: Record<string, unknown>, webhookUrl = `${relay.url}/webhook?token=${SECRET}`) {
	relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'secretToken', secretToken: SECRET, ...parameters });
	relay.answers.length = 0;
	return control('/sandbox/business/webhooks', { url: webhookUrl });
}

beforeEach(async () => {
	sandbox.reset();
	const token = await fetch(`${sandbox.url}/ids/connect/token`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: sandbox.business.client.clientId,
			client_secret: sandbox.business.client.clientSecret,
			scope: 'sts_business_api',
		}),
	});
	bearer = ((await token.json()) as { access_token: string }).access_token;
});

describe('Sipay Trigger: Business webhooks from the simulator', () => {
	it('payout results arrive once each, with 19-digit ids kept exactly', async () => {
		await useTrigger({});
		expect((await payout('PO-1')).code).toBe('100');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-1', outcome: 'completed' });
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-1', outcome: 'refunded' });
		const [completed, refunded] = relay.started;
		expect(completed).toMatchObject({ event: 'bankTransfer.completed', ext_transaction_id: 'PO-1', after_process_status: 1 });
		expect(refunded).toMatchObject({ event: 'bankTransfer.refunded', after_process_status: 5 });
		const raw = sandbox.webhooks.deliveries[0];
		const rawId = /"request_withdraw_id":\s*(\d+)/.exec(JSON.stringify(raw.payload))?.[1] ?? String(raw.payload.request_withdraw_id);
		expect(completed.request_withdraw_id).toBe(rawId);
		expect(String(completed.request_withdraw_id)).toMatch(/^\d{19}$/);

		const first = sandbox.webhooks.deliveries[0];
		await sandbox.webhooks.send(first.url, first.payload, 'json', JSON.stringify(first.payload).replace(/"(\d{19})"/g, '$1'));
		expect(relay.answers.at(-1)).toMatchObject({ status: 200, items: undefined });
		expect(relay.started).toHaveLength(2);
	});

	it('a rejected payout is a failure event', async () => {
		await useTrigger({ events: ['bankTransfer.failed'] });
		await payout('PO-2');
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'PO-2', outcome: 'rejected' });
		expect(relay.started.map((item) => item.event)).toEqual(['bankTransfer.failed']);
	});

	it('top-ups and failed top-ups, with the bank message parsed', async () => {
		await useTrigger({});
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 1000, description: 'REF-1' });
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 99999999, fail: '310' });
		const [topup, failed] = relay.started;
		expect(topup).toMatchObject({ event: 'topup.succeeded', to_wallet_number: '754938444', amount: 1000 });
		expect(topup.tx_additional_data).toMatchObject({ Message: expect.objectContaining({ CurrencyCode: 'TRY' }) });
		expect(String(topup.id)).toMatch(/^\d{19}$/);
		expect(failed).toMatchObject({ event: 'topup.failed', result_code: '310' });
	});

	it('without the secret token nothing starts (fails closed)', async () => {
		await useTrigger({}, `${relay.url}/webhook?token=guess`);
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 10 });
		expect(relay.answers).toEqual([expect.objectContaining({ status: 401, body: 'secret token missing or wrong' })]);
		expect(relay.started).toHaveLength(0);

		await useTrigger({ secretToken: '' });
		await control('/sandbox/business/topup', { wallet_number: '754938444', amount: 10 });
		expect(relay.answers).toEqual([expect.objectContaining({ status: 401, body: 'the trigger has no secret token configured' })]);
	});

	it('the secret may come in a header; IP allow-lists', async () => {
		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'secretToken', secretToken: SECRET });
		const viaHeader = await relay.session.deliver({
			headers: { 'x-sipay-webhook-token': SECRET },
			body: { tenant_id: 5, result_code: '300', result_message: 'Cüzdan bulunamadı', wallet_number: '', description: '847', amount: 10, currency_code: 'TRY' },
		});
		expect(viaHeader.items).toEqual([expect.objectContaining({ event: 'topup.failed' })]);

		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'ipAllowList', allowedIps: '10.1.2.3, 127.0.0.1' });
		const allowed = await relay.session.deliver({ ip: '::ffff:127.0.0.1', body: { id: 1, transaction_status_id: 20, result_code: 'Success' } });
		const refused = await relay.session.deliver({ ip: '198.51.100.7', body: { id: 2, transaction_status_id: 20 } });
		expect(allowed.status).toBe(200);
		expect(refused).toMatchObject({ status: 401, body: 'IP address 198.51.100.7 is not allowed', items: undefined });
	});

	it('bodies that are not Sipay webhooks are refused', async () => {
		relay.session = new TriggerSession({ source: 'business', events: ['*'], verification: 'none' });
		expect(await relay.session.deliver({ body: { hello: 'world' } })).toMatchObject({ status: 400, items: undefined });
		expect(await relay.session.deliver({ rawBody: 'not json', body: {} })).toMatchObject({ status: 400, items: undefined });
	});
});
