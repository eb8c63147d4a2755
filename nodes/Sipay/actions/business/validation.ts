import { DateTime } from 'luxon';

/** Pure checks of Business API inputs; the node turns a `null` / thrown message into an error naming the field. */

/** `TR12 0006 ...` → `TR120006...`: spaces removed, upper case. */
export const normalizeIban = (iban: string): string => iban.replace(/\s+/g, '').toUpperCase();

/** A Turkish IBAN: `TR` + 24 digits with a correct ISO 13616 (mod 97) check. */
export function isValidTrIban(iban: string): boolean {
	if (!/^TR\d{24}$/.test(iban)) return false;
	const rearranged = `${iban.slice(4)}2927${iban.slice(2, 4)}`;
	let remainder = 0;
	for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
	return remainder === 1;
}

/** An 11-digit national id (TCKN) or a 10-digit tax number (VKN). */
export const isNationalIdOrTaxNo = (value: string): boolean => /^(\d{10}|\d{11})$/.test(value);

/** `"1004, 2002"` → `[1004, 2002]`; `null` when an entry is not an integer. */
export function parseIntegerList(value: string): number[] | null {
	const entries = value
		.split(',')
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	if (!entries.every((entry) => /^-?\d+$/.test(entry))) return null;
	const numbers = entries.map(Number);
	return numbers.every((number) => Number.isSafeInteger(number)) ? numbers : null;
}

/** `"try, usd"` → `["TRY", "USD"]`. */
export const parseCodeList = (value: string): string[] =>
	value
		.split(',')
		.map((entry) => entry.trim().toUpperCase())
		.filter((entry) => entry !== '');

/**
 * A date as Sipay expects it: ISO-8601 in UTC. A value without a zone (what n8n's date picker
 * gives) is read in the workflow's time zone. `null` when it is not a date.
 */
export function toUtcIso(value: unknown, zone: string): string | null {
	let text: unknown = value;
	if (value instanceof Date) text = value.toISOString();
	else if (typeof (value as DateTime | null)?.toISO === 'function') text = (value as DateTime).toISO();
	if (typeof text !== 'string') return null;
	const date = DateTime.fromISO(text.trim(), { zone });
	return date.isValid ? date.toUTC().toISO() : null;
}

/**
 * A Sipay integer id (tenant id). Small ones go as JSON numbers; 19-digit ids exceed what a
 * JavaScript number holds exactly, so those go as the digit string.
 */
export function integerId(value: string): number | string | null {
	if (!/^\d+$/.test(value)) return null;
	const number = Number(value);
	return Number.isSafeInteger(number) ? number : value;
}
