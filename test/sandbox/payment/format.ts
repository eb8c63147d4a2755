import { randomBytes, randomInt } from 'node:crypto';

/** How the simulated Sipay writes amounts, dates and identifiers. */

/** A decimal number from a JSON number or a dot-decimal string; undefined otherwise. */
export function toAmount(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
	return Number(value);
}

export const toCents = (amount: number): number => Math.round(amount * 100);

export const round2 = (amount: number): number => toCents(amount) / 100;

/** `total` as Sipay stores and hashes it back: `5`, `100.5` (payment-api.md §2.3, Vector C). */
export const storedTotal = (amount: number): string => String(round2(amount));

/** `"0.10"`: amounts Sipay prints as strings (checkstatus commissions, recurring webhook). */
export const fixed2 = (amount: number): string => round2(amount).toFixed(2);

export function isInteger(value: unknown): boolean {
	if (typeof value === 'number') return Number.isInteger(value);
	return typeof value === 'string' && /^\s*-?\d+\s*$/.test(value);
}

const ISTANBUL_OFFSET_MS = 3 * 60 * 60 * 1000;

/** `YYYY-MM-DD HH:MM:SS` in Europe/Istanbul (UTC+3), as Sipay writes timestamps. */
export const istanbulDateTime = (epochMs: number): string =>
	new Date(epochMs + ISTANBUL_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 19);

export const istanbulDate = (epochMs: number): string => istanbulDateTime(epochMs).slice(0, 10);

/** Sipay order ids: `VP` + 17 digits, e.g. `VP17743519948303411`. */
let orderSequence = 0;
export function newOrderId(): string {
	orderSequence = (orderSequence + 1) % 10_000;
	return `VP${Date.now()}${String(orderSequence).padStart(4, '0')}`;
}

/** Like `VSu7l-NpEs-TC10-18309-270126` (checkstatus transaction_id). */
export function newTransactionId(merchantId: number, at: number): string {
	const [year, month, day] = istanbulDate(at).split('-');
	const chunk = (length: number) => randomBytes(length).toString('base64url').slice(0, length);
	return `${chunk(5)}-${chunk(4)}-${chunk(4)}-${merchantId}-${day}${month}${year.slice(2)}`;
}

export const digits = (count: number): string =>
	Array.from({ length: count }, () => randomInt(10)).join('');

export const hexId = (bytes = 16): string => randomBytes(bytes).toString('hex');

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const letters = (count: number): string =>
	Array.from({ length: count }, () => LETTERS[randomInt(LETTERS.length)]).join('');
