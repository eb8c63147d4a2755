import { parseJsonKeepingBigIntegers } from '../../nodes/Sipay/shared/json';

describe('parseJsonKeepingBigIntegers', () => {
	it('keeps 19-digit ids exactly, as strings', () => {
		expect(
			parseJsonKeepingBigIntegers(
				'{"request_withdraw_id": 2505267108142371608, "tenant_id": 7193628450192736815, "amount": 50, "ratio": 10.25}',
			),
		).toEqual({
			request_withdraw_id: '2505267108142371608',
			tenant_id: '7193628450192736815',
			amount: 50,
			ratio: 10.25,
		});
	});

	it('leaves digits inside strings, escapes and nested values alone', () => {
		const text = '{"a":"x\\"1234567890123456789\\"","b":[-9007199254740993,1e20,{"c":12345678901234567}]}';
		expect(parseJsonKeepingBigIntegers(text)).toEqual({
			a: 'x"1234567890123456789"',
			b: ['-9007199254740993', 1e20, { c: '12345678901234567' }],
		});
	});

	it('rejects what JSON.parse rejects', () => {
		expect(() => parseJsonKeepingBigIntegers('{"a":')).toThrow();
	});
});
