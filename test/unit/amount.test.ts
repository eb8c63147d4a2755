import { formatAmount } from '../../nodes/Sipay/shared/amount';

describe('formatAmount', () => {
	it.each([
		[100, '100.00'],
		['100', '100.00'],
		['100.5', '100.50'],
		[' 7.05 ', '7.05'],
		[0.1 + 0.2 - 0.0000000000000001, '0.30'],
		[19.99, '19.99'],
		['0012.30', '12.30'],
		[1234567.89, '1234567.89'],
	])('%p → %s', (input, expected) => {
		expect(formatAmount(input, 'Total')).toBe(expected);
	});

	it.each([
		['abc', 'Total must be a number, got "abc"'],
		['', 'Total must be a number, got nothing'],
		['1.234', 'Total must have at most 2 decimals, got "1.234"'],
		[1.234, 'Total must have at most 2 decimals, got 1.234'],
		['-5', 'Total must not be negative, got "-5"'],
		[-0.01, 'Total must not be negative, got -0.01'],
		['10,50', 'Total must use a dot as decimal separator, got "10,50"'],
		[Number.NaN, 'Total must be a number, got NaN'],
		[Number.POSITIVE_INFINITY, 'Total must be a number, got Infinity'],
		[0, 'Total must be greater than 0'],
		[null, 'Total must be a number, got nothing'],
		[{ total: 5 }, 'Total must be a number, got an object'],
		['1e5', 'Total must be a number, got "1e5"'],
	])('%p is refused: %s', (input, message) => {
		expect(() => formatAmount(input, 'Total')).toThrow(message);
	});

	it('refuses a 100 KB value repeating at most 40 characters of it', () => {
		expect(() => formatAmount('9'.repeat(100_000), 'Total')).toThrow('Total is too large');
		expect(() => formatAmount(`1${'0'.repeat(99_998)}x`, 'Total')).toThrow(
			`Total must be a number, got "1${'0'.repeat(39)}…" (100000 characters)`,
		);
	});

	it('allows zero where the field means "everything"', () => {
		expect(formatAmount(0, 'Capture Amount', { allowZero: true })).toBe('0.00');
	});
});
