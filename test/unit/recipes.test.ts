import { decryptHashKey, generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { REQUEST_HASH_RECIPES } from '../../nodes/Sipay/hash/recipes';

// payment-api.md §2.4: the field order of every request hash.
describe('request hash recipes', () => {
	const body = {
		total: '100.00',
		installments_number: 1,
		currency_code: 'TRY',
		merchant_key: 'MK',
		invoice_id: 'INV-1',
		status: 2,
		order_id: 'VP1',
		amount: '10.50',
		customer_number: 'C1',
		card_holder_name: 'Ayşe Yılmaz',
		card_number: '4508034508034509',
		expiry_month: '12',
		expiry_year: '2026',
		card_token: 'TOK',
	};

	it.each([
		['payment', ['100.00', '1', 'TRY', 'MK', 'INV-1']],
		['checkStatus', ['INV-1', 'MK']],
		['confirmPayment', ['MK', 'INV-1', '2']],
		['completePayment', ['MK', 'INV-1', 'VP1', '2']],
		['refund', ['10.50', 'INV-1', 'MK']],
		['saveCard', ['MK', 'C1', 'Ayşe Yılmaz', '4508034508034509', '12', '2026']],
		['editCard', ['MK', 'C1', 'TOK']],
		['deleteCard', ['MK', 'C1', 'TOK']],
	] as const)('%s', (recipe, expected) => {
		expect(REQUEST_HASH_RECIPES[recipe](body)).toEqual(expected);
	});

	it('cashOut: sum of all rows, then the first row iban, amount, currency, gsm', () => {
		const cashout = {
			cashout_data: [
				{ iban: 'TR1', amount: '10.10', currency: 'TRY', gsm_number: '905551112233' },
				{ iban: 'TR2', amount: '0.20', currency: 'TRY', gsm_number: '905551112244' },
			],
		};
		expect(REQUEST_HASH_RECIPES.cashOut(cashout)).toEqual(['10.30', 'TR1', '10.10', 'TRY', '905551112233']);
	});

	it('a recipe hash decrypts to the body values', () => {
		const hash = generateHashKey(REQUEST_HASH_RECIPES.payment(body), 'secret');
		expect(decryptHashKey(hash, 'secret')?.join('|')).toBe('100.00|1|TRY|MK|INV-1');
	});
});
