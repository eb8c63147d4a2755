import { businessSandbox, MAIN_WALLET, OWN_ACCOUNT } from './setup';

describe('Business › Wallet', () => {
	const { run, sent, sandbox } = businessSandbox();

	it('Create opens a wallet and outputs its number; Get then finds it', async () => {
		const created = await run('wallet', 'create', {
			name: 'Kampanya',
			currency: 'USD',
			useFastIban: true,
			additionalFields: { tenantId: '1' },
		});
		expect(created.error).toBeUndefined();
		expect(created.items[0].json).toEqual({
			status: 'created',
			wallet_number: expect.stringMatching(/^\d+$/),
			name: 'Kampanya',
			currency: 'USD',
			sipay: { wallet_number: expect.stringMatching(/^\d+$/) },
		});
		expect(sent('/v1/Wallet/CreateWalletForBusinessAccount')[0].body).toEqual({
			name: 'Kampanya',
			currency_code: 'USD',
			use_fast_iban: true,
			tenant_id: 1,
		});

		const walletNumber = created.items[0].json.wallet_number as string;
		const found = await run('wallet', 'get', { walletNumber });
		expect(found.error).toBeUndefined();
		expect(found.items[0].json).toMatchObject({
			wallet_number: walletNumber,
			name: 'Kampanya',
			currency: 'USD',
			balance: 0,
			iban: expect.stringMatching(/^TR\d{24}$/),
		});
	});

	it('Get returns the wallet object with balances; ids stay strings', async () => {
		const { items, error } = await run('wallet', 'get', {
			walletNumber: MAIN_WALLET,
			additionalFields: { accountNumber: OWN_ACCOUNT },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			wallet_number: MAIN_WALLET,
			balance: 10000,
			currency: 'TRY',
			status: 'Active',
			sipay: { number: MAIN_WALLET, total_balance: 10000, cash_balance: { available: 10000 } },
		});
		expect(typeof (items[0].json.sipay as { id: unknown }).id).toBe('string');
		expect(sent('/v1/Wallet/Info')[0].body).toEqual({ wallet_number: MAIN_WALLET, account_number: OWN_ACCOUNT });
	});

	it('Get of a wallet that is not ours is error 300', async () => {
		const { error } = await run('wallet', 'get', { walletNumber: '864200001' });
		expect(error?.message).toBe('Sipay Business API error 300: Not found: no wallet, payout or transaction matches');
	});

	it('Get Many with Return All pages through every wallet, one item per wallet', async () => {
		const { items, error } = await run('wallet', 'getMany', { returnAll: true, options: { pageSize: 1 } });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.wallet_number).sort()).toEqual(['754938444', '754938445', '754938446', '754938447']);
		const pages = sent('/v1/Wallet/ListByFilter');
		expect(pages.map((page) => page.body.page_index)).toEqual([0, 1, 2, 3]);
		expect(pages[0].body).toEqual({ page_index: 0, page_size: 1, order_column: 'CreatedDateUtc', order_by: 'desc' });
		expect(items[3].pairedItem).toEqual({ item: 0 });
	});

	it('Get Many stops at the limit', async () => {
		const { items } = await run('wallet', 'getMany', { returnAll: false, limit: 3, options: { pageSize: 2, orderColumn: 'Id', orderBy: 'asc' } });
		expect(items).toHaveLength(3);
		const pages = sent('/v1/Wallet/ListByFilter');
		expect(pages).toHaveLength(2);
		expect(pages[1].body).toMatchObject({ page_index: 1, page_size: 2, order_column: 'Id', order_by: 'asc' });
	});

	it('Get Many stops when Sipay answers every page with the same records', async () => {
		await run('account', 'getBusinessAccount');
		const page = { status: 0, code: '100', message: null, payload: { results: [{ number: '1' }] } };
		sandbox.faults.add({ path: '/sts/v1/Wallet/ListByFilter', fault: { kind: 'http', status: 200, body: page } });
		const { items, error } = await run('wallet', 'getMany', { returnAll: true, options: { pageSize: 1 } });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(sent('/v1/Wallet/ListByFilter')).toHaveLength(2);
	});

	it('Get Many sends the filters with Sipay names and types', async () => {
		const { items, error } = await run('wallet', 'getMany', {
			returnAll: true,
			filters: {
				currency: 'try',
				minBalance: 100,
				accessLevelStatusIds: '1',
				tenantId: '1',
				startDate: '2020-01-01T00:00:00Z',
				name: 'Ana',
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.wallet_number)).toEqual([MAIN_WALLET]);
		expect(sent('/v1/Wallet/ListByFilter')[0].body).toMatchObject({
			currency_code: 'TRY',
			min: 100,
			access_level_status_ids: [1],
			tenant_id: 1,
			start_date: '2020-01-01T00:00:00.000Z',
			name: 'Ana',
		});
	});

	it('bad filters are refused with the field named and nothing is sent', async () => {
		const date = await run('wallet', 'getMany', { filters: { startDate: 'yesterday' } });
		expect(date.error?.message).toBe('Filters › Created After must be an ISO 8601 date such as 2025-05-01T09:00:00Z, got "yesterday"');
		const ids = await run('wallet', 'getMany', { filters: { accessLevelStatusIds: '1, active' } });
		expect(ids.error?.message).toContain('Filters › Access Level Status IDs must be whole numbers');
		const order = await run('wallet', 'getMany', {
			filters: { startDate: '2025-02-01T00:00:00Z', endDate: '2025-01-01T00:00:00Z' },
		});
		expect(order.error?.message).toBe('Filters › Created Before must not be before Filters › Created After');
		expect(sandbox.requests).toHaveLength(0);
	});
});
