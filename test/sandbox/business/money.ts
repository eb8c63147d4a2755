/** Amounts are kept in minor units (kuruş, cents) so balances never drift. */

export type Minor = number;

export const toMinor = (amount: number): Minor => Math.round(amount * 100);

export const toAmount = (minor: Minor): number => minor / 100;

/** A positive amount with at most two decimals, or undefined. */
export function parseAmount(value: unknown): Minor | undefined {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) return undefined;
	const minor = number * 100;
	return Math.abs(minor - Math.round(minor)) < 1e-6 ? Math.round(minor) : undefined;
}

/** Turkish number format used in Sipay's messages, e.g. `7234,00`. */
export const formatTr = (minor: Minor): string => toAmount(minor).toFixed(2).replace('.', ',');

/** Currencies a wallet can be opened in. */
export const CURRENCIES = ['TRY', 'USD', 'EUR', 'GBP'];
