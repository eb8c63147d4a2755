import {
	AYSE_WALLET,
	businessSandbox,
	EMPTY_WALLET,
	MAIN_WALLET,
	OTHER_BUSINESS_WALLET,
	OWN_ACCOUNT,
	USD_WALLET,
} from './setup';

const B2P = '/v1/Transaction/BusinessToPersonalTransfer';

const transfer = (receiverWalletNumber: string, extra: Record<string, unknown> = {}) => ({
	senderAccountNumber: OWN_ACCOUNT,
	senderWalletNumber: MAIN_WALLET,
	receiverWalletNumber,
	amount: 25,
	currency: 'TRY',
	...extra,
});

describe('Business › Transfer', () => {
	const { run, sent, sandbox, apiCalls } = businessSandbox();

	const balanceOf = async (walletNumber: string) =>
		(await run('wallet', 'get', { walletNumber })).items[0].json.balance;

	it('To Personal Wallet sends the transfer and outputs the payload, amount and ext_transaction_id', async () => {
		const { items, error } = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { amount: 25.5, additionalFields: { description: 'Hakediş' } }),
		);
		expect(error).toBeUndefined();
		const [call] = sent(B2P);
		expect(call.body).toEqual({
			sender_account_number: OWN_ACCOUNT,
			sender_wallet_number: MAIN_WALLET,
			receiver_wallet_number: AYSE_WALLET,
			amount: 25.5,
			currency_code: 'TRY',
			ext_transaction_id: expect.stringMatching(/^ext-[0-9a-f]{24}$/),
			description: 'Hakediş',
		});
		expect(items[0].json).toMatchObject({
			status: 'completed',
			ext_transaction_id: call.body.ext_transaction_id,
			transaction_id: expect.stringMatching(/^\d{19}$/),
			amount: '25.50',
			currency: 'TRY',
			sender_wallet_number: MAIN_WALLET,
			receiver_wallet_number: AYSE_WALLET,
			receiver_name: 'Ayşe Kaya',
			sipay: {
				transaction_amount: 25.5,
				receiver_first_name: 'Ayşe',
				sender_wallet_info: expect.objectContaining({ number: MAIN_WALLET, total_balance: 9974.5 }),
			},
		});
		expect(await balanceOf(MAIN_WALLET)).toBe(9974.5);
	});

	it('To Business Wallet reports how the debit was split', async () => {
		const { items, error } = await run('transfer', 'toBusinessWallet', transfer(OTHER_BUSINESS_WALLET, { amount: 100 }));
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			receiver_wallet_number: OTHER_BUSINESS_WALLET,
			amount: '100.00',
			sipay: { cash_balance_movement: 100 },
		});
		expect(sent('/v1/Transaction/BusinessToBusinessTransfer')[0].body).toMatchObject({ amount: 100 });
	});

	it('Between Own Wallets moves money from one own wallet to another', async () => {
		const { error } = await run('transfer', 'betweenOwnWallets', transfer(EMPTY_WALLET, { amount: 40 }));
		expect(error).toBeUndefined();
		expect(sent('/v1/Transaction/TransferToVirement')).toHaveLength(1);
		expect(await balanceOf(EMPTY_WALLET)).toBe(40);
		expect(await balanceOf(MAIN_WALLET)).toBe(9960);
	});

	it('the same wallet on both sides is error 303', async () => {
		const { error } = await run('transfer', 'betweenOwnWallets', transfer(MAIN_WALLET));
		expect(error?.message).toBe('Sipay Business API error 303: Sender and receiver wallet must be different');
	});

	it('insufficient balance is error 311 with its meaning, Sipay message and the ext_transaction_id', async () => {
		const { error } = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { senderWalletNumber: EMPTY_WALLET, extTransactionId: 'pay-311' }),
		);
		expect(error?.message).toBe('Sipay Business API error 311: Insufficient wallet balance');
		expect(error?.description).toContain('Cüzdan bakiyeniz yetersiz');
		expect(error?.description).toContain('ext_transaction_id: pay-311');
	});

	it('an unknown receiver wallet is error 300', async () => {
		const { error } = await run('transfer', 'toPersonalWallet', transfer('999999999'));
		expect(error?.message).toBe('Sipay Business API error 300: Not found: no wallet, payout or transaction matches');
		expect(await balanceOf(MAIN_WALLET)).toBe(10000);
	});

	it('a currency that is not the wallets\' is refused by Sipay (300)', async () => {
		const { error } = await run('transfer', 'betweenOwnWallets', transfer(USD_WALLET, { currency: 'USD' }));
		expect(error?.message).toBe('Sipay Business API error 300: Not found: no wallet, payout or transaction matches');
	});

	it('a reused ext_transaction_id is 301: already accepted, and where to check it', async () => {
		const first = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { extTransactionId: 'order-1' }));
		expect(first.error).toBeUndefined();
		const second = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { extTransactionId: 'order-1' }));
		expect(second.error?.message).toBe(
			'Sipay Business API error 301: Duplicate ext_transaction_id: this transfer was already accepted; check its status instead of sending it again',
		);
		expect(second.error?.description).toContain('Sipay already accepted a request with ext_transaction_id "order-1"');
		expect(second.error?.description).toContain(
			'Transaction Data › Get Many Transactions with Filters › External Transaction ID "order-1"',
		);
		expect(await balanceOf(MAIN_WALLET)).toBe(9975);
	});

	it('the default ext_transaction_id is stable when the same execution runs again and differs per item', async () => {
		const items = [{ n: 1 }, { n: 2 }];
		const parameters = transfer(AYSE_WALLET, { amount: 10 });
		const first = await run('transfer', 'toPersonalWallet', parameters, { items, executionId: 'exec-42' });
		expect(first.error).toBeUndefined();
		const [one, two] = first.items.map((item) => item.json.ext_transaction_id);
		expect(one).not.toBe(two);

		const rerun = await run('transfer', 'toPersonalWallet', parameters, { items, executionId: 'exec-42', continueOnFail: true });
		expect(rerun.items.map((item) => item.json.sipayCode)).toEqual(['301', '301']);
		expect(rerun.items[0].json.description).toContain(String(one));
		expect(sent(B2P).map((call) => call.body.ext_transaction_id)).toEqual([one, two, one, two]);
		expect(await balanceOf(MAIN_WALLET)).toBe(9980);

		const nextExecution = await run('transfer', 'toPersonalWallet', parameters, { items: [{ n: 1 }], executionId: 'exec-43' });
		expect(nextExecution.error).toBeUndefined();
		expect(nextExecution.items[0].json.ext_transaction_id).not.toBe(one);
	});

	it("n8n's Retry On Fail sends the same ext_transaction_id again", async () => {
		sandbox.faults.add({ path: `/sts${B2P}`, fault: { kind: 'http', status: 500 }, times: 1 });
		const { items, error } = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET), {
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
		});
		expect(error).toBeUndefined();
		const calls = sent(B2P);
		expect(calls.map((call) => call.status)).toEqual([500, 200]);
		expect(calls[1].body.ext_transaction_id).toBe(calls[0].body.ext_transaction_id);
		expect(items[0].json.ext_transaction_id).toBe(calls[0].body.ext_transaction_id);
	});

	it('when the answer is lost after the money moved, Retry On Fail cannot move it twice', async () => {
		const before = Number(await balanceOf(MAIN_WALLET));
		sandbox.faults.add({ path: `/sts${B2P}`, fault: { kind: 'dropAnswer' }, times: 1 });
		const { error } = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET), {
			settings: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 },
		});
		const calls = sent(B2P);
		expect(calls).toHaveLength(2);
		expect(calls[1].body.ext_transaction_id).toBe(calls[0].body.ext_transaction_id);
		expect(error?.message).toContain('301');
		expect(Number(await balanceOf(MAIN_WALLET))).toBe(before - 25);
	});

	it('continue-on-fail keeps going and pairs each result to its item', async () => {
		const { items, error } = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { senderWalletNumber: '={{ $json.wallet }}' }),
			{ items: [{ wallet: EMPTY_WALLET }, { wallet: MAIN_WALLET }], continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ error: 'Sipay Business API error 311: Insufficient wallet balance', sipayCode: '311' });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(items[1].json.transaction_id).toBeDefined();
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('no answer from Sipay: the error gives the ext_transaction_id and how to look it up', async () => {
		await run('account', 'getBusinessAccount');
		sandbox.faults.add({ path: `/sts${B2P}`, fault: { kind: 'reset' } });
		const { error } = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { extTransactionId: 'lost-1' }));
		expect(error?.message).toContain('no answer');
		expect(error?.description).toContain('ext_transaction_id: lost-1');
		expect(error?.description).toContain('Get Many Transactions');
		expect(sent(B2P)).toHaveLength(1);
	});

	it('Additional Body Fields (JSON) are merged into the body but cannot replace the node fields', async () => {
		const ok = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { additionalFields: { additionalBodyFields: '{"payment_type_code": "05"}' } }),
		);
		expect(ok.error).toBeUndefined();
		expect(sent(B2P)[0].body).toMatchObject({ payment_type_code: '05', amount: 25 });

		sandbox.reset();
		const override = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { additionalFields: { additionalBodyFields: '{"amount": 1}' } }),
		);
		expect(override.error?.message).toBe("Additional Fields › Additional Body Fields (JSON) must not set amount: use the node's own fields");
		const notJson = await run(
			'transfer',
			'toPersonalWallet',
			transfer(AYSE_WALLET, { additionalFields: { additionalBodyFields: '{payment' } }),
		);
		expect(notJson.error?.message).toBe('Additional Fields › Additional Body Fields (JSON) is not valid JSON');
		expect(sandbox.requests).toHaveLength(0);
	});

	it('bad amounts and missing fields are refused before anything is sent', async () => {
		const zero = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { amount: 0 }));
		expect(zero.error?.message).toBe('Amount must be greater than 0');
		const decimals = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { amount: 1.234 }));
		expect(decimals.error?.message).toBe('Amount must have at most 2 decimals, got 1.234');
		const receiver = await run('transfer', 'toPersonalWallet', transfer('  '));
		expect(receiver.error?.message).toBe('Receiver Wallet Number is required');
		const currency = await run('transfer', 'toPersonalWallet', transfer(AYSE_WALLET, { currency: 'lira' }));
		expect(currency.error?.message).toContain('Currency must be a three-letter currency code');
		expect(apiCalls()).toHaveLength(0);
		expect(sandbox.requests).toHaveLength(0);
	});

	it('Get Payment Types is a GET with the locale header, one item per type', async () => {
		const { items, error } = await run('transfer', 'getPaymentTypes', { options: { locale: 'en' } });
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(3);
		expect(items[0].json).toMatchObject({
			code: '01',
			name: 'Residential rent payment',
			description_required: true,
			sipay: { is_description_required: true },
		});
		const [call] = sent('/v1/Transaction/GetPaymentTypes');
		expect(call.method).toBe('GET');
		expect(call.headers.locale).toBe('en');
	});
});
