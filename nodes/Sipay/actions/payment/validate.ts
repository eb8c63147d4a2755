import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { AmountError, formatAmount } from '../../shared/amount';
import { type Fail, failFor, invalid, luhnValid, requiredLocator, requiredString, textValue } from '../../shared/params';
import { shown } from '../../shared/redact';

/**
 * Local checks of payment input: every error names the field and nothing is sent. Card numbers
 * and CVVs are never repeated in a message.
 */

export function amountValue(value: unknown, label: string, fail: Fail, options: { allowZero?: boolean } = {}): string {
	try {
		return formatAmount(value, label, options);
	} catch (error) {
		throw fail((error as AmountError).message);
	}
}

/** An optional amount: 0 or empty means "not set". */
export function amountOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	if (value === '' || value === undefined || value === null) return {};
	const amount = amountValue(value, label, fail, { allowZero: true });
	return amount === '0.00' ? {} : { [bodyName]: amount };
}

export function integerValue(value: unknown, label: string, fail: Fail, min = 1, max = Number.MAX_SAFE_INTEGER): number {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
	if (text === undefined || !/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
		const got = typeof value === 'number' ? shown(value) : shown(text ?? value);
		throw fail(`${label} must be a whole number ${range}, got ${got}`);
	}
	return Number(text);
}

export function integerOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	return { [bodyName]: integerValue(value, label, fail) };
}

export function urlValue(value: unknown, label: string, fail: Fail): string {
	const url = textValue(value, label, fail, 'url', true);
	if (!/^https?:\/\/[^\s]+$/i.test(url)) throw fail(`${label} must be an http(s) URL, got ${shown(url)}`);
	return url;
}

export function urlOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	return textValue(value, label, fail, 'url') === '' ? {} : { [bodyName]: urlValue(value, label, fail) };
}

export function readUrl(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	return urlValue(context.getNodeParameter(name, itemIndex, ''), label, failFor(context, itemIndex));
}

export function readInteger(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	{ min = 1, max = Number.MAX_SAFE_INTEGER, locator = false }: { min?: number; max?: number; locator?: boolean } = {},
): number {
	// A locator (picked from a list or typed) holds its number as text; older workflows hold a plain number.
	const value = context.getNodeParameter(name, itemIndex, min, locator ? { extractValue: true } : undefined);
	return integerValue(value, label, failFor(context, itemIndex), min, max);
}

const CURRENCY = /^[A-Z]{3}$/;

export function currencyValue(value: unknown, label: string, fail: Fail): string {
	const currency = textValue(value, label, fail, 'code', true).toUpperCase();
	if (!CURRENCY.test(currency)) throw fail(`${label} must be a 3-letter code such as TRY, USD or EUR, got ${shown(currency)}`);
	return currency;
}

export function readCurrency(context: IExecuteFunctions, itemIndex: number): string {
	return currencyValue(context.getNodeParameter('currency', itemIndex, 'TRY'), 'Currency', failFor(context, itemIndex));
}

/** Card expiry dates further ahead than this are typing mistakes: cards are issued for a few years. */
const MAX_EXPIRY_YEARS_AHEAD = 20;

/**
 * `{expiry_month: "MM", expiry_year: "YYYY"}` from the Expiry Month and Expiry Year fields: month 1–12,
 * four-digit year, not a month that has already ended (a card is valid through its expiry month).
 */
export function readExpiry(context: IExecuteFunctions, itemIndex: number, now = new Date()): IDataObject {
	const month = requiredString(context, 'expiryMonth', itemIndex, 'Expiry Month', 'code');
	const year = requiredString(context, 'expiryYear', itemIndex, 'Expiry Year', 'code');
	if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
		throw invalid(context, itemIndex, `Expiry Month must be 01 to 12, got ${shown(month)}`);
	}
	if (!/^\d{4}$/.test(year)) {
		throw invalid(context, itemIndex, `Expiry Year must have four digits (e.g. 2026), got ${shown(year)}`);
	}
	const thisYear = now.getUTCFullYear();
	const thisMonth = thisYear * 12 + now.getUTCMonth() + 1;
	if (Number(year) * 12 + Number(month) < thisMonth) {
		throw invalid(context, itemIndex, `Expiry Month and Expiry Year: the card expired (${month.padStart(2, '0')}/${year})`);
	}
	if (Number(year) > thisYear + MAX_EXPIRY_YEARS_AHEAD) {
		throw invalid(context, itemIndex, `Expiry Year must not be more than ${MAX_EXPIRY_YEARS_AHEAD} years ahead, got ${shown(year)}`);
	}
	return { expiry_month: month.padStart(2, '0'), expiry_year: year };
}

/** A full card number: 12–19 digits (spaces and dashes removed) with a valid check digit; never repeated. */
export function cardNumberValue(value: unknown, label: string, fail: Fail): string {
	const given = typeof value === 'string' ? value : typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
	if (given === undefined && value !== undefined && value !== null) throw fail(`${label} must be the card number as text`);
	const number = (given ?? '').replace(/[\s-]/g, '');
	if (number === '') throw fail(`${label} is required`);
	if (!/^\d{12,19}$/.test(number)) throw fail(`${label} must be 12 to 19 digits`);
	if (!luhnValid(number)) throw fail(`${label} is not a valid card number: its check digit is wrong`);
	return number;
}

export function readCardNumber(context: IExecuteFunctions, itemIndex: number): string {
	return cardNumberValue(context.getNodeParameter('cardNumber', itemIndex, ''), 'Card Number', failFor(context, itemIndex));
}

/** CVV: 3 or 4 digits; never repeated. */
function readCvv(context: IExecuteFunctions, itemIndex: number): string {
	const value = context.getNodeParameter('cvv', itemIndex, '') as unknown;
	const cvv = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
	if (cvv === '' && (value === '' || value === undefined || value === null)) throw invalid(context, itemIndex, 'CVV is required');
	if (!/^\d{3,4}$/.test(cvv)) throw invalid(context, itemIndex, 'CVV must be 3 or 4 digits');
	return cvv;
}

/** The card typed in by the shopper (§5.0): holder, number, expiry, CVV. */
export function readCard(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const holder = requiredString(context, 'cardHolderName', itemIndex, 'Card Holder Name', 'name');
	const number = readCardNumber(context, itemIndex);
	const expiry = readExpiry(context, itemIndex);
	const cvv = readCvv(context, itemIndex);
	return { cc_holder_name: holder, cc_no: number, ...expiry, cvv };
}

export function readBuyer(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return {
		name: requiredString(context, 'buyerName', itemIndex, 'Buyer First Name', 'name'),
		surname: requiredString(context, 'buyerSurname', itemIndex, 'Buyer Last Name', 'name'),
	};
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailValue(value: unknown, label: string, fail: Fail, required = false): string {
	const email = textValue(value, label, fail, 'email', required);
	if (email !== '' && !EMAIL.test(email)) throw fail(`${label} is not an email address: ${shown(email)}`);
	return email;
}

export function readSavedCardPayer(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fail = failFor(context, itemIndex);
	return {
		card_token: requiredLocator(context, 'cardToken', itemIndex, 'Card Token', 'id'),
		customer_number: requiredString(context, 'customerNumber', itemIndex, 'Customer Number', 'id'),
		customer_name: requiredString(context, 'customerName', itemIndex, 'Customer Name', 'name'),
		customer_email: emailValue(context.getNodeParameter('customerEmail', itemIndex, ''), 'Customer Email', fail, true),
		customer_phone: requiredString(context, 'customerPhone', itemIndex, 'Customer Phone', 'code'),
	};
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IPv4 address, or an IPv6 address (optionally ending in an IPv4 address). */
export function isIpAddress(text: string): boolean {
	if (IPV4.test(text)) return true;
	if (!/^[0-9a-f:.]+$/i.test(text) || !text.includes(':')) return false;
	const halves = text.split('::');
	if (halves.length > 2) return false;
	const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
	const last = groups[groups.length - 1] ?? '';
	const ipv4Tail = last.includes('.');
	if (ipv4Tail && !IPV4.test(last)) return false;
	const hexGroups = ipv4Tail ? groups.slice(0, -1) : groups;
	if (!hexGroups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return false;
	const size = hexGroups.length + (ipv4Tail ? 2 : 0);
	return halves.length === 2 ? size < 8 : size === 8;
}

/** The shopper's IP address (`ip`), which Sipay's newer documentation requires on non-secure payments (§1.6). */
export function readCustomerIp(context: IExecuteFunctions, itemIndex: number): string {
	const ip = requiredString(context, 'customerIp', itemIndex, 'Customer IP', 'code');
	if (!isIpAddress(ip)) {
		throw invalid(context, itemIndex, `Customer IP must be the shopper's IPv4 or IPv6 address, got ${shown(ip)}`);
	}
	return ip;
}
