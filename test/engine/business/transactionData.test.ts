import { AYSE_WALLET, businessSandbox, EMPTY_WALLET, MAIN_WALLET, OWN_ACCOUNT } from './setup';

const SUMMARY = '/v1/TransactionData/SummaryRecordByFilter';
const RECEIPT = '/v1/TransactionData/TransactionReceipt';

describe('Business › Transaction Data', () => {
	const { run, sent, sandbox } = businessSandbox();

	/** Three transfers of 10, 20 and 30 TRY to Ayşe, and one of 5 TRY to our own second wallet. */
	async function makeTransfers() {
		const base = { senderAccountNumber: OWN_ACCOUNT, senderWalletNumber: MAIN_WALLET, currency: 'TRY' };
		for (const amount of [10, 20, 30]) {
			await run('transfer', 'toPersonalWallet', { ...base, receiverWalletNumber: AYSE_WALLET, amount, extTransactionId: `t-${amount}` });
		}
		await run('transfer', 'betweenOwnWallets', { ...base, receiverWalletNumber: EMPTY_WALLET, amount: 5, extTransactionId: 'v-5' });
		sandbox.requests.length = 0;
	}

	it('Get Many Transactions lists the last 3 days by default, one item per record', async () => {
		await makeTransfers();
		const { items, error } = await run('transactionData', 'getManyTransactions', { returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.ext_transaction_id)).toEqual(['v-5', 't-30', 't-20', 't-10']);
		expect(items[0].json).toMatchObject({
			transaction_id: expect.stringMatching(/^\d+$/),
			type: expect.any(String),
			status: expect.any(String),
			amount: '5.00',
			currency: 'TRY',
			from_wallet_number: expect.any(String),
		});
		expect(typeof (items[0].json.sipay as { id: unknown }).id).toBe('string');
		expect(sent(SUMMARY)[0].body).toEqual({ page_index: 0, page_size: 100, order_column: 'CreatedDateUtc', order_by: 'desc' });
	});

	it('a start date reaches older records, dates are sent as UTC ISO strings', async () => {
		await makeTransfers();
		const start = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString();
		const { items } = await run('transactionData', 'getManyTransactions', {
			startDate: start.replace('Z', '+00:00'),
			endDate: '2099-01-01T03:00:00+03:00',
			returnAll: true,
		});
		expect(items.filter((item) => (item.json.sipay as { transaction_type_id: unknown }).transaction_type_id === 1004)).toHaveLength(3);
		expect(items).toHaveLength(7);
		expect(sent(SUMMARY)[0].body).toMatchObject({ start_date: start, end_date: '2099-01-01T00:00:00.000Z' });
	});

	it("a date without a zone (n8n's date picker) is read in the workflow time zone and sent in UTC", async () => {
		await run('transactionData', 'getManyTransactions', { startDate: '2025-05-01T09:00:00', endDate: '2025-05-02' });
		const { start_date: start, end_date: end } = sent(SUMMARY)[0].body as Record<string, string>;
		expect(start).toMatch(/^2025-05-01T\d{2}:00:00\.000Z$/);
		expect(Date.parse(end) - Date.parse(start)).toBe(15 * 3600 * 1000);
	});

	it('Return All requests page after page; Limit stops early', async () => {
		await makeTransfers();
		const all = await run('transactionData', 'getManyTransactions', { returnAll: true, options: { pageSize: 3, orderBy: 'asc' } });
		expect(all.items.map((item) => item.json.ext_transaction_id)).toEqual(['t-10', 't-20', 't-30', 'v-5']);
		expect(sent(SUMMARY).map((call) => call.body.page_index)).toEqual([0, 1]);

		sandbox.requests.length = 0;
		const limited = await run('transactionData', 'getManyTransactions', { limit: 2 });
		expect(limited.items).toHaveLength(2);
		expect(sent(SUMMARY)).toHaveLength(1);
		expect(sent(SUMMARY)[0].body).toMatchObject({ page_size: 2 });
	});

	it('filters go out with Sipay names: type code list and currencies as arrays, amounts as numbers', async () => {
		await makeTransfers();
		const { items, error } = await run('transactionData', 'getManyTransactions', {
			returnAll: true,
			filters: {
				transactionTypeCodeList: '3004, 2002',
				currencies: 'try',
				minAmount: 15,
				maxAmount: 25,
				toWalletNumber: AYSE_WALLET,
				fromAccountType: 2,
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.ext_transaction_id)).toEqual(['t-20']);
		expect(sent(SUMMARY)[0].body).toMatchObject({
			transaction_type_code_list: [3004, 2002],
			currency_code: ['TRY'],
			min_amount: 15,
			max_amount: 25,
			to_wallet_number: AYSE_WALLET,
			from_account_type_Id: 2,
		});
	});

	it('bad dates and type codes are refused with the field named and nothing is sent', async () => {
		const list = await run('transactionData', 'getManyTransactions', { filters: { transactionTypeCodeList: '3004, B2P' } });
		expect(list.error?.message).toBe(
			'Filters › Transaction Type Codes must be whole numbers separated by commas, such as 1004, 2002, got "3004, B2P"',
		);
		const date = await run('transactionData', 'getManyTransactions', { startDate: '31/12/2025' });
		expect(date.error?.message).toContain('Start Date must be an ISO 8601 date');
		const order = await run('transactionData', 'getManyTransactions', {
			startDate: '2025-06-02T00:00:00Z',
			endDate: '2025-06-01T00:00:00Z',
		});
		expect(order.error?.message).toBe('End Date must not be before Start Date');
		const currencies = await run('transactionData', 'getManyTransactions', { filters: { currencies: 'TRY, dollar' } });
		expect(currencies.error?.message).toContain('Filters › Currencies must be a three-letter currency code');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('Get Receipt outputs the PDF as binary data', async () => {
		const transfer = await run('transfer', 'toPersonalWallet', {
			senderAccountNumber: OWN_ACCOUNT,
			senderWalletNumber: MAIN_WALLET,
			receiverWalletNumber: AYSE_WALLET,
			amount: 12.5,
			currency: 'TRY',
		});
		const transactionId = transfer.items[0].json.transaction_id as string;
		const { items, error } = await run('transactionData', 'getReceipt', { transactionId, binaryPropertyName: 'dekont' });
		expect(error).toBeUndefined();
		expect(sent(RECEIPT)[0].body).toEqual({ id: transactionId });
		expect(items[0].json).toEqual({
			transaction_id: transactionId,
			file_name: `receipt-${transactionId}.pdf`,
			mime_type: 'application/pdf',
		});
		const file = items[0].binary?.dekont;
		expect(file).toMatchObject({ mimeType: 'application/pdf', fileName: `receipt-${transactionId}.pdf`, fileExtension: 'pdf' });
		const pdf = Buffer.from(file!.data, 'base64').toString('latin1');
		expect(pdf.startsWith('%PDF')).toBe(true);
		expect(pdf).toContain('Tutar: 12.50 TRY');
	});

	it('Get Receipt outputs a receipt that is not a PDF as it came', async () => {
		await run('account', 'getBusinessAccount');
		sandbox.faults.add({
			path: `/sts${RECEIPT}`,
			fault: { kind: 'http', status: 200, body: { status: 0, code: '100', message: null, payload: { url: 'https://example.com/r.pdf' } } },
		});
		const { items, error } = await run('transactionData', 'getReceipt', { transactionId: '123' });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			transaction_id: '123',
			file_name: null,
			mime_type: null,
			sipay: { url: 'https://example.com/r.pdf' },
		});
		expect(items[0].binary).toBeUndefined();
	});

	it('Get Receipt of an unknown transaction is error 300; a non-numeric ID is refused locally', async () => {
		const unknown = await run('transactionData', 'getReceipt', { transactionId: '42' });
		expect(unknown.error?.message).toContain('Sipay Business API error 300');
		sandbox.requests.length = 0;
		const bad = await run('transactionData', 'getReceipt', { transactionId: 'abc' });
		expect(bad.error?.message).toBe('Transaction ID must contain digits only, got "abc"');
		expect(sandbox.requests).toHaveLength(0);
	});
});
