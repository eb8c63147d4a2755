import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { AmountError, formatAmount } from './amount';
import { scrubText, shown } from './redact';

/**
 * Reading node parameters with validation before anything is sent. Errors name the field, repeat
 * at most a few characters of the refused value (see `shown`) and never a card number.
 */

export type Fail = (message: string) => Error;

export function invalid(context: IExecuteFunctions, itemIndex: number, message: string) {
	// Card-number-like digit runs are masked even if a message repeats one by mistake.
	return new NodeOperationError(context.getNode(), scrubText(message), { itemIndex });
}

export const failFor =
	(context: IExecuteFunctions, itemIndex: number): Fail =>
	(message) =>
		invalid(context, itemIndex, message);

/**
 * The kinds of text Sipay takes, with the node's own maximum lengths: Sipay publishes none, so
 * these are generous for every value in the references' examples and keep a wrong expression
 * (a whole document, an object) from being sent. `numbers`: a whole number is taken as its digits
 * (Sipay accepts numeric IDs, phone numbers, postcodes); elsewhere a number is a mistake.
 */
export const TEXT_KINDS = {
	/** Invoice, order, refund and transaction IDs, plan codes, card tokens, customer, account and wallet numbers. */
	id: { max: 64, numbers: true },
	/** Phone numbers, postcodes, identity numbers, webhook key names, card programs, coupon codes. */
	code: { max: 64, numbers: true },
	/** People, companies, banks, wallets, cities and countries. */
	name: { max: 100, numbers: false },
	/** Descriptions, addresses, free text. */
	text: { max: 255, numbers: false },
	email: { max: 254, numbers: false },
	url: { max: 2048, numbers: false },
} as const;

export type TextKind = keyof typeof TEXT_KINDS;

// Line breaks, tabs and other control characters (C0 and DEL).
const hasControlCharacter = (text: string) =>
	[...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * A text value as Sipay gets it: trimmed, of the right type, one line, not longer than its kind
 * allows. Empty gives '' (or fails with "is required").
 */
export function textValue(value: unknown, label: string, fail: Fail, kind: TextKind, required = false): string {
	const { max, numbers } = TEXT_KINDS[kind];
	let text: string;
	if (value === undefined || value === null) text = '';
	else if (typeof value === 'string') text = value.trim();
	else if (typeof value === 'number' && numbers) {
		if (!Number.isSafeInteger(value) || value < 0) {
			throw fail(`${label} must be text or a whole number, got ${shown(value)}`);
		}
		text = String(value);
	} else {
		throw fail(`${label} must be text, got ${typeof value === 'number' ? `the number ${shown(value)}` : shown(value)}`);
	}
	if (text === '') {
		if (required) throw fail(`${label} is required`);
		return '';
	}
	if (text.length > max) throw fail(`${label} is too long: ${text.length} characters, at most ${max}`);
	if (hasControlCharacter(text)) throw fail(`${label} must be one line of text, without line breaks or control characters`);
	// A card number mapped into a name by mistake would be sent to Sipay and stored as a name.
	if (kind === 'name' && looksLikeCardNumber(text)) throw fail(`${label} looks like a card number, not a name`);
	return text;
}

/** A 12–19 digit run (spaces and dashes allowed) with a valid Luhn check digit. */
export function looksLikeCardNumber(text: string): boolean {
	for (const match of text.matchAll(/\d[\d -]{10,}\d/g)) {
		const digits = match[0].replace(/[ -]/g, '');
		if (digits.length >= 12 && digits.length <= 19 && luhnValid(digits)) return true;
	}
	return false;
}

/** The Luhn (mod 10) check digit every card number carries. */
export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let index = 0; index < digits.length; index++) {
		let digit = Number(digits[digits.length - 1 - index]);
		if (index % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** A text parameter, checked as `textValue` does; optional ones give '' when not set. */
function textParameter(required: boolean) {
	return (context: IExecuteFunctions, name: string, itemIndex: number, label: string, kind: TextKind): string =>
		textValue(context.getNodeParameter(name, itemIndex, ''), label, failFor(context, itemIndex), kind, required);
}

export const requiredString = textParameter(true);

/**
 * A resource locator (a value picked from a list or typed by ID), checked as `textValue` does.
 * Workflows saved before the field was a locator hold a plain string, which is read the same way.
 */
export function requiredLocator(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	kind: TextKind,
): string {
	const value = context.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	return textValue(value, label, failFor(context, itemIndex), kind, true);
}

export const optionalString = textParameter(false);

export function amountParameter(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	options: { allowZero?: boolean } = {},
): string {
	const value = context.getNodeParameter(name, itemIndex, '') as unknown;
	try {
		return formatAmount(value, label, options);
	} catch (error) {
		throw invalid(context, itemIndex, (error as AmountError).message);
	}
}
