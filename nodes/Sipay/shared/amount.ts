import { shown } from './redact';

/**
 * The one place user input becomes a Sipay amount: a dot-decimal string with exactly two decimals,
 * used both in the request body and in the `hash_key` (payment-api.md §2.5).
 */
export class AmountError extends Error {}

export function formatAmount(value: unknown, field: string, { allowZero = false } = {}): string {
	let cents: number;
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new AmountError(`${field} must be a number, got ${value}`);
		cents = Math.round(value * 100);
		if (Math.abs(value * 100 - cents) > 1e-6) {
			throw new AmountError(`${field} must have at most 2 decimals, got ${value}`);
		}
	} else if (typeof value === 'string') {
		const text = value.trim();
		if (/^\d+,\d+$/.test(text)) {
			throw new AmountError(`${field} must use a dot as decimal separator, got ${shown(value)}`);
		}
		const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
		if (!match) throw new AmountError(`${field} must be a number, got ${shown(value)}`);
		if ((match[3] ?? '').length > 2) {
			throw new AmountError(`${field} must have at most 2 decimals, got ${shown(value)}`);
		}
		cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
		if (match[1] === '-') cents = -cents;
	} else {
		throw new AmountError(`${field} must be a number, got ${shown(value)}`);
	}
	if (cents < 0) throw new AmountError(`${field} must not be negative, got ${shown(value)}`);
	if (cents === 0 && !allowZero) throw new AmountError(`${field} must be greater than 0`);
	if (!Number.isSafeInteger(cents)) throw new AmountError(`${field} is too large`);
	return (cents / 100).toFixed(2);
}

/**
 * An amount Sipay reported (`5`, `10.50`, `720.0000`, `10000`) in cents, or `undefined` when it is
 * not plain decimal money: no exponent (`1e9`), no sign, no more than two non-zero decimals.
 */
export function moneyCents(value: unknown): number | undefined {
	const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
	if (typeof text !== 'string') return undefined;
	const match = /^(\d{1,13})(?:\.(\d{1,2})(0*))?$/.exec(text.trim());
	if (!match) return undefined;
	return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export const sameMoney = (a: unknown, b: unknown): boolean => {
	const cents = moneyCents(a);
	return cents !== undefined && cents === moneyCents(b);
};

export const centsToAmount = (cents: number): string => (cents / 100).toFixed(2);
