import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { AmountError, formatAmount } from '../../shared/amount';
import { invalid, requiredString } from '../../shared/params';

/** Local checks of payment input: every error names the field, and nothing is sent. */

export type Fail = (message: string) => Error;

export const failFor = (context: IExecuteFunctions, itemIndex: number): Fail => (message) =>
	invalid(context, itemIndex, message);

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
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
		const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
		throw fail(`${label} must be a whole number ${range}, got ${text === '' ? 'nothing' : text}`);
	}
	return Number(text);
}

export function integerOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	return { [bodyName]: integerValue(value, label, fail) };
}

export function urlValue(value: unknown, label: string, fail: Fail): string {
	const url = String(value ?? '').trim();
	if (url === '') throw fail(`${label} is required`);
	if (!/^https?:\/\/[^\s]+$/i.test(url)) throw fail(`${label} must be an http(s) URL, got "${url}"`);
	return url;
}

export function urlOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	return String(value ?? '').trim() === '' ? {} : { [bodyName]: urlValue(value, label, fail) };
}

export function readUrl(context: IExecuteFunctions, itemIndex: number, name: string, label: string): string {
	return urlValue(context.getNodeParameter(name, itemIndex, ''), label, failFor(context, itemIndex));
}

export function readInteger(
	context: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	{ min = 1, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
): number {
	return integerValue(context.getNodeParameter(name, itemIndex, min), label, failFor(context, itemIndex), min, max);
}

const CURRENCY = /^[A-Z]{3}$/;

export function readCurrency(context: IExecuteFunctions, itemIndex: number): string {
	const currency = String(context.getNodeParameter('currency', itemIndex, 'TRY') ?? '').trim().toUpperCase();
	if (!CURRENCY.test(currency)) {
		throw invalid(context, itemIndex, `Currency must be a 3-letter code such as TRY, USD or EUR, got "${currency}"`);
	}
	return currency;
}

/** `{expiry_month: "MM", expiry_year: "YYYY"}` from the Expiry Month and Expiry Year fields. */
export function readExpiry(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const month = requiredString(context, 'expiryMonth', itemIndex, 'Expiry Month');
	const year = requiredString(context, 'expiryYear', itemIndex, 'Expiry Year');
	if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) {
		throw invalid(context, itemIndex, `Expiry Month must be 01 to 12, got "${month}"`);
	}
	if (!/^\d{4}$/.test(year)) {
		throw invalid(context, itemIndex, `Expiry Year must have four digits (e.g. 2026), got "${year}"`);
	}
	return { expiry_month: month.padStart(2, '0'), expiry_year: year };
}

export function readCardNumber(context: IExecuteFunctions, itemIndex: number): string {
	const number = requiredString(context, 'cardNumber', itemIndex, 'Card Number').replace(/[\s-]/g, '');
	if (!/^\d{12,19}$/.test(number)) {
		throw invalid(context, itemIndex, 'Card Number must be 12 to 19 digits');
	}
	return number;
}

/** The card typed in by the shopper (§5.0): holder, number, expiry, CVV. */
export function readCard(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const holder = requiredString(context, 'cardHolderName', itemIndex, 'Card Holder Name');
	const number = readCardNumber(context, itemIndex);
	const expiry = readExpiry(context, itemIndex);
	const cvv = requiredString(context, 'cvv', itemIndex, 'CVV');
	if (!/^\d{3,4}$/.test(cvv)) throw invalid(context, itemIndex, 'CVV must be 3 or 4 digits');
	return { cc_holder_name: holder, cc_no: number, ...expiry, cvv };
}

export function readBuyer(context: IExecuteFunctions, itemIndex: number): IDataObject {
	return {
		name: requiredString(context, 'buyerName', itemIndex, 'Buyer First Name'),
		surname: requiredString(context, 'buyerSurname', itemIndex, 'Buyer Last Name'),
	};
}

export function readSavedCardPayer(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const email = requiredString(context, 'customerEmail', itemIndex, 'Customer Email');
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw invalid(context, itemIndex, `Customer Email is not an email address: "${email}"`);
	}
	return {
		card_token: requiredString(context, 'cardToken', itemIndex, 'Card Token'),
		customer_number: requiredString(context, 'customerNumber', itemIndex, 'Customer Number'),
		customer_name: requiredString(context, 'customerName', itemIndex, 'Customer Name'),
		customer_email: email,
		customer_phone: requiredString(context, 'customerPhone', itemIndex, 'Customer Phone'),
	};
}
