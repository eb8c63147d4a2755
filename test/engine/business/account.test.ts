import { businessSandbox } from './setup';

describe('Business › Account', () => {
	const { run, sent, sandbox } = businessSandbox();

	it('Get Business Account returns the account behind the credentials', async () => {
		const { items, error } = await run('account', 'getBusinessAccount');
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			account_number: '1122334455',
			tenant_id: '1',
			name: expect.any(String),
			sipay: { tenant_id: '1', id: '2111111222222333333' },
		});
	});

	it('Check Personal Wallet by account number finds the wallet to transfer to', async () => {
		const { items, error } = await run('account', 'checkPersonalWallet', { accountNumber: '876543210', currency: 'try' });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			exists: true,
			wallet_number: '484863917',
			first_name: 'Ayşe',
			last_name: 'Kaya',
			currency: 'TRY',
			sipay: { exist: true, wallet_number: '484863917', first_name: 'Ayşe', last_name: 'Kaya', currency_code: 'TRY' },
		});
		expect(sent('/v1/Account/CheckPersonalWallet')[0].body).toEqual({ account_number: '876543210', currency_code: 'TRY' });
	});

	it('Check Personal Wallet by phone number sends phone_country_number and phone_number', async () => {
		const { items, error } = await run('account', 'checkPersonalWallet', {
			lookUpBy: 'phoneNumber',
			phoneCountryNumber: '+90',
			phoneNumber: '555 987 65 43',
			currency: 'EUR',
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ exists: true, wallet_number: '484863919', last_name: 'Demir' });
		expect(sent('/v1/Account/CheckPersonalWallet')[0].body).toEqual({
			phone_country_number: '90',
			phone_number: '5559876543',
			currency_code: 'EUR',
		});
	});

	it('an unknown person is an answer with exist false, not an error', async () => {
		const { items, error } = await run('account', 'checkPersonalWallet', { accountNumber: '999999999', currency: 'TRY' });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ exists: false, wallet_number: null });
	});

	it('a registered person without a wallet in that currency is error 300', async () => {
		const { error } = await run('account', 'checkPersonalWallet', { accountNumber: '876543210', currency: 'USD' });
		expect(error?.message).toBe('Sipay Business API error 300: Not found: no wallet, payout or transaction matches');
	});

	it('bad input is refused with the field named and nothing is sent', async () => {
		const phone = await run('account', 'checkPersonalWallet', { lookUpBy: 'phoneNumber', phoneNumber: '  ', currency: 'TRY' });
		expect(phone.error?.message).toBe('Phone Number is required');
		const currency = await run('account', 'checkPersonalWallet', { accountNumber: '876543210', currency: 'TL' });
		expect(currency.error?.message).toBe('Currency must be a three-letter currency code such as TRY, got "TL"');
		expect(sandbox.requests).toHaveLength(0);
	});
});
