import { operation, useSandbox } from './helpers';

describe('Installment', () => {
	const context = useSandbox();
	const { sandbox } = context;

	it('Get POS Options: one item per installment option of the card', async () => {
		const { items, error } = await context.harness.runSipay({
			parameters: { ...operation('installment', 'getPosOptions'), cardBin: '450803', amount: 100, currency: 'TRY' },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.installments)).toEqual([1, 2, 3, 6, 9, 12]);
		expect(items[0].json).toMatchObject({
			card_program: 'MAXIMUM',
			payable_amount: '100.00',
			currency: 'TRY',
			sipay: { card_scheme: 'visa', payable_amount: 100 },
		});
		expect(JSON.stringify(items)).not.toContain('hash_key');
		expect(items[5].pairedItem).toEqual({ item: 0 });
		expect(sandbox.requestsTo('/ccpayment/api/getpos')[0].body).toMatchObject({
			credit_card: '450803',
			amount: '100.00',
			currency_code: 'TRY',
		});
	});

	it('Get POS Options: recurring, 2-D and commission options; a debit card has one option', async () => {
		const run = async (cardBin: string, additionalFields = {}) =>
			await context.harness.runSipay({
				parameters: { ...operation('installment', 'getPosOptions'), cardBin, amount: 50, currency: 'TRY', additionalFields },
			});
		expect((await run('650170')).items).toHaveLength(1);
		const recurring = await run('540667', { isRecurring: true, is2d: true, commissionBy: 'user' });
		expect(recurring.items).toHaveLength(1);
		expect(recurring.items[0].json.payable_amount).toBe('51.00');
		expect(sandbox.requestsTo('/ccpayment/api/getpos')[1].body).toMatchObject({
			is_recurring: 1,
			is_2d: 1,
			commission_by: 'user',
		});
		const bad = await run('4508');
		expect(bad.error?.message).toBe('Card BIN must be the first 6 digits of the card, or the full card number');
		expect(sandbox.requestsTo('/ccpayment/api/getpos')).toHaveLength(2);
	});

	it('Get Commissions: one item per installment count and card program', async () => {
		const { items, error } = await context.harness.runSipay({
			parameters: { ...operation('installment', 'getCommissions'), currency: 'USD', additionalFields: { commissionBy: 'user' } },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(6 * 4);
		expect(items[0].json).toMatchObject({ installments: 1, card_program: 'MAXIMUM', user_commission_percentage: '2.00' });
		expect(items.find((item) => item.json.installments === 12 && item.json.card_program === 'TROY')?.json).toMatchObject({
			user_commission_percentage: 'x',
		});
		expect(sandbox.requestsTo('/ccpayment/api/commissions')[0].body).toMatchObject({ currency_code: 'USD', commission_by: 'user' });
	});

	it('Get Commissions: no data for a currency gives no items', async () => {
		sandbox.faults.add({
			path: '/ccpayment/api/commissions',
			fault: { kind: 'sipayCode', code: 0, message: 'No Data Found' },
			times: 1,
		});
		const { items, error } = await context.harness.runSipay({
			parameters: { ...operation('installment', 'getCommissions'), currency: 'EUR' },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(0);
	});

	it('Get Merchant Installments', async () => {
		const { items } = await context.harness.runSipay({ parameters: operation('installment', 'getMerchantInstallments') });
		expect(items[0].json.installments).toEqual([1, 2, 3, 6, 9, 12]);
	});
});
