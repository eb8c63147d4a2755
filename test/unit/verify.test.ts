import { generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { verifyHashKey } from '../../nodes/Sipay/hash/verify';

const SECRET = 'b46a67571aa1e7ef5641dc3fa6f1712a';

describe('verifyHashKey', () => {
	it('accepts a real Sipay response hash with the fields that came with it', () => {
		const result = verifyHashKey(
			'731092f9125b0a94:4678:3daVYe4QTo5HfV5n48E7Cb42u2LPIY0lpz+KP+ABA5aR0NxMKsBN11yuOx9IJtdR',
			SECRET,
			'payment',
			{ status: '1', total: '5.00', invoice_id: 'preauth-deneme12345', order_id: 'VP17743537462607531' },
		);
		expect(result).toEqual({
			valid: true,
			mismatches: [],
			fields: {
				status: '1',
				total: '5',
				invoice_id: 'preauth-deneme12345',
				order_id: 'VP17743537462607531',
				currency_code: 'TRY',
			},
		});
	});

	it('names the fields an attacker changed', () => {
		const hash = generateHashKey(['0', '100.00', 'INV-1', 'VP1', 'TRY'], SECRET);
		const result = verifyHashKey(hash, SECRET, 'payment', { status: '1', total: '100', invoice_id: 'INV-1' });
		expect(result.valid).toBe(false);
		expect(result.mismatches).toEqual(['status']);
	});

	it('refund layout and case-insensitive status', () => {
		const hash = generateHashKey(['COMPLETED', '10.50', 'INV-2', 'VP2'], SECRET);
		expect(verifyHashKey(hash, SECRET, 'refund', { status: 'Completed', amount: '10.5' }).valid).toBe(true);
	});

	it('a hash made with another secret is not valid', () => {
		const hash = generateHashKey(['1', '1.00', 'INV-3', 'VP3', 'TRY'], 'other-secret');
		expect(verifyHashKey(hash, SECRET, 'payment', {})).toEqual({ valid: false, fields: {}, mismatches: [] });
	});
});
