import type { IDataObject } from 'n8n-workflow';

import { BURAK, businessSandbox, EMPTY_WALLET, MAIN_WALLET, OWN_ACCOUNT } from './setup';

const SEND = '/v1/Transaction/SendMoneyToBankAccount';

const payout = (extra: Record<string, unknown> = {}) => ({
	senderAccountNumber: OWN_ACCOUNT,
	senderWalletNumber: MAIN_WALLET,
	receiverName: 'Burak  Yılmaz',
	receiverIban: 'TR22 0006 2219 3578 7735 7976 51',
	receiverNationalIdOrTaxNo: BURAK.id,
	amount: 720,
	currency: 'TRY',
	...extra,
});

describe('Business › Bank Payout', () => {
	const { run, sent, sandbox, control } = businessSandbox();

	const balanceOf = async (walletNumber: string) =>
		(await run('wallet', 'get', { walletNumber })).items[0].json.balance;

	const getPayout = async (extTransactionId: string) =>
		(await run('payout', 'getPayout', { extTransactionId })).items[0].json;

	it('Send To Bank Account is accepted; Get Payout follows it from pending to completed', async () => {
		const { items, error } = await run('payout', 'sendToBankAccount', payout({ additionalFields: { description: 'Maaş Mayıs' } }));
		expect(error).toBeUndefined();
		const [call] = sent(SEND);
		expect(call.body).toEqual({
			sender_account_number: OWN_ACCOUNT,
			sender_wallet_number: MAIN_WALLET,
			receiver_account_holder_name: 'Burak Yılmaz',
			receiver_iban: BURAK.iban,
			receiver_national_id_or_tax_no: BURAK.id,
			amount: 720,
			currency_code: 'TRY',
			ext_transaction_id: expect.stringMatching(/^ext-[0-9a-f]{24}$/),
			description: 'Maaş Mayıs',
		});
		const extTransactionId = call.body.ext_transaction_id as string;
		expect(items[0].json).toMatchObject({
			status: 'accepted',
			status_note: expect.stringContaining('Get Payout'),
			ext_transaction_id: extTransactionId,
			amount: '720.00',
			currency: 'TRY',
			fee: 1.5,
			sender_wallet_number: MAIN_WALLET,
			receiver_iban: BURAK.iban,
			receiver_name: 'Burak Yılmaz',
			sipay: {
				request_id: expect.stringMatching(/^\d{19}$/),
				wallet_info: expect.objectContaining({ total_balance: 9278.5 }),
			},
		});

		expect(await getPayout(extTransactionId)).toMatchObject({
			status: 'pending',
			ext_transaction_id: extTransactionId,
			amount: '720.00',
			currency: 'TRY',
			receiver_iban: BURAK.iban,
			receiver_name: 'Burak Yılmaz',
			wallet_number: MAIN_WALLET,
			sipay: { process_level_status: 0, id: (items[0].json.sipay as IDataObject).request_id },
		});
		expect(sent('/v1/TransactionData/GetRequestWithdrawByExtId')[0].body).toEqual({ ext_transaction_id: extTransactionId });

		await control('/sandbox/business/payouts/complete', { ext_transaction_id: extTransactionId, outcome: 'completed' });
		expect(await getPayout(extTransactionId)).toMatchObject({ status: 'completed', sipay: { process_level_status: 1 } });
		expect(await balanceOf(MAIN_WALLET)).toBe(9278.5);
	});

	it('a payout the bank rejects is shown as rejected and the wallet gets the money back', async () => {
		await run('payout', 'sendToBankAccount', payout({ extTransactionId: 'payout-r1', amount: 100 }));
		expect(await balanceOf(MAIN_WALLET)).toBe(9898.5);
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'payout-r1', outcome: 'rejected' });
		expect(await getPayout('payout-r1')).toMatchObject({ status: 'rejected', sipay: { process_level_status: 2 } });
		expect(await balanceOf(MAIN_WALLET)).toBe(10000);
	});

	it('a name that does not match the IBAN holder is error 503 and nothing is debited', async () => {
		const { error } = await run('payout', 'sendToBankAccount', payout({ receiverName: 'Ahmet Yılmaz' }));
		expect(error?.message).toBe(
			'Sipay Business API error 503: Recipient not verified: IBAN, name and national ID / tax number do not match the bank records',
		);
		expect(error?.description).toContain('Alıcı adı soyadı');
		expect(await balanceOf(MAIN_WALLET)).toBe(10000);
	});

	it('insufficient balance is error 311', async () => {
		const { error } = await run('payout', 'sendToBankAccount', payout({ senderWalletNumber: EMPTY_WALLET }));
		expect(error?.message).toBe('Sipay Business API error 311: Insufficient wallet balance');
	});

	it('a repeated payout is 301 and the error points to Get Payout', async () => {
		await run('payout', 'sendToBankAccount', payout({ extTransactionId: 'payout-d1' }));
		const { error } = await run('payout', 'sendToBankAccount', payout({ extTransactionId: 'payout-d1' }));
		expect(error?.message).toContain('Sipay Business API error 301');
		expect(error?.description).toContain('Sipay already accepted a request with ext_transaction_id "payout-d1"');
		expect(error?.description).toContain('Bank Payout › Get Payout with External Transaction ID "payout-d1"');
		expect(sent(SEND)).toHaveLength(2);
		expect(await balanceOf(MAIN_WALLET)).toBe(9278.5);
	});

	it('IBAN and national ID / tax number are checked locally and nothing is sent', async () => {
		const checkDigit = await run('payout', 'sendToBankAccount', payout({ receiverIban: 'TR230006221935787735797651' }));
		expect(checkDigit.error?.message).toBe(
			'Receiver IBAN must be a Turkish IBAN (TR followed by 24 digits) with a valid check digit, got "TR230006221935787735797651"',
		);
		const foreign = await run('payout', 'sendToBankAccount', payout({ receiverIban: 'DE89370400440532013000' }));
		expect(foreign.error?.message).toContain('Receiver IBAN must be a Turkish IBAN');
		const nationalId = await run('payout', 'sendToBankAccount', payout({ receiverNationalIdOrTaxNo: '123456789' }));
		expect(nationalId.error?.message).toBe(
			'Receiver ID or Tax Number must be an 11-digit national ID or a 10-digit tax number, got "123456789"',
		);
		const amount = await run('payout', 'sendToBankAccount', payout({ amount: -5 }));
		expect(amount.error?.message).toBe('Amount must not be negative, got -5');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('a company payout with a 10-digit tax number goes through', async () => {
		const { error } = await run(
			'payout',
			'sendToBankAccount',
			payout({ receiverName: 'DEMİR LOJİSTİK LTD ŞTİ', receiverIban: 'TR070004600098700007654321', receiverNationalIdOrTaxNo: '1234567890' }),
		);
		expect(error).toBeUndefined();
	});

	it('Get Payout of an unknown ext_transaction_id is error 300', async () => {
		const { error } = await run('payout', 'getPayout', { extTransactionId: 'nope' });
		expect(error?.message).toBe('Sipay Business API error 300: Not found: no wallet, payout or transaction matches');
	});

	it('Get Many Payouts pages through every payout, with the tenant and the filters', async () => {
		for (const id of ['p-1', 'p-2', 'p-3']) await run('payout', 'sendToBankAccount', payout({ extTransactionId: id, amount: 10 }));
		await control('/sandbox/business/payouts/complete', { ext_transaction_id: 'p-2', outcome: 'completed' });
		sandbox.requests.length = 0;

		const all = await run('payout', 'getManyPayouts', { tenantId: '1', returnAll: true, options: { pageSize: 2 } });
		expect(all.error).toBeUndefined();
		expect(all.items.map((item) => item.json.ext_transaction_id).sort()).toEqual(['p-1', 'p-2', 'p-3']);
		const pages = sent('/v1/TransactionData/GetRequestWithdrawListByFilter');
		expect(pages.map((page) => page.body)).toEqual([
			{ tenant_id: 1, page_index: 0, page_size: 2, order_column: 'CreatedDateUtc', order_by: 'desc' },
			{ tenant_id: 1, page_index: 1, page_size: 2, order_column: 'CreatedDateUtc', order_by: 'desc' },
		]);
		expect(all.items.find((item) => item.json.ext_transaction_id === 'p-2')?.json.status).toBe('completed');

		const pending = await run('payout', 'getManyPayouts', {
			tenantId: '1',
			returnAll: true,
			filters: { status: 0, minAmount: 5, iban: BURAK.iban },
		});
		expect(pending.items.map((item) => item.json.ext_transaction_id).sort()).toEqual(['p-1', 'p-3']);
		expect(sent('/v1/TransactionData/GetRequestWithdrawListByFilter')[2].body).toMatchObject({
			process_level_status_id: 0,
			begin_amount: 5,
			iban: BURAK.iban,
		});

		const limited = await run('payout', 'getManyPayouts', { tenantId: '1', limit: 1 });
		expect(limited.items).toHaveLength(1);
	});

	it('Get Many Payouts needs a numeric tenant ID', async () => {
		const { error } = await run('payout', 'getManyPayouts', { tenantId: 'abc', returnAll: true });
		expect(error?.message).toBe('Tenant ID must be a whole number, got "abc"');
		expect(sandbox.requests).toHaveLength(0);
	});
});
