import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { CURRENCY_OPTIONS } from '../../shared/currencies';
import { failFor, invalid, requiredString, textValue } from '../../shared/params';
import { shown } from '../../shared/redact';
import {
	integerId,
	isNationalIdOrTaxNo,
	isValidTrIban,
	normalizeIban,
	parseCodeList,
	parseIntegerList,
	toUtcIso,
} from './validation';

/** Business API values checked while reading them; every error names the field and nothing is sent. */

export function currencyValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const code = textValue(value, label, failFor(context, itemIndex), 'code').toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) {
		throw invalid(context, itemIndex, `${label} must be a three-letter currency code such as TRY, got ${shown(value)}`);
	}
	return code;
}

/** A wallet currency chosen from the list (an expression can still give any three-letter code). */
export function walletCurrencyField(description: string): INodeProperties {
	return {
		displayName: 'Currency',
		name: 'currency',
		type: 'options',
		options: CURRENCY_OPTIONS,
		required: true,
		default: 'TRY',
		description,
	};
}

export function requiredCurrency(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	return currencyValue(context, requiredString(context, name, itemIndex, label, 'code'), itemIndex, label);
}

export function requiredIban(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const iban = normalizeIban(requiredString(context, name, itemIndex, label, 'code'));
	if (!isValidTrIban(iban)) {
		throw invalid(
			context,
			itemIndex,
			`${label} must be a Turkish IBAN (TR followed by 24 digits) with a valid check digit, got ${shown(iban)}`,
		);
	}
	return iban;
}

export function requiredNationalIdOrTaxNo(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const value = requiredString(context, name, itemIndex, label, 'code').replace(/\s+/g, '');
	if (!isNationalIdOrTaxNo(value)) {
		throw invalid(
			context,
			itemIndex,
			`${label} must be an 11-digit national ID or a 10-digit tax number, got ${shown(value)}`,
		);
	}
	return value;
}

export function dateValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const iso = toUtcIso(value, context.getTimezone());
	if (iso === null) {
		throw invalid(context, itemIndex, `${label} must be an ISO 8601 date such as 2025-05-01T09:00:00Z, got ${shown(value)}`);
	}
	return iso;
}

export function integerListValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number[] {
	const text = Array.isArray(value) ? value.join(',') : typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
	const list = text === undefined || text.length > 1000 ? null : parseIntegerList(text);
	if (list === null || list.length === 0) {
		throw invalid(context, itemIndex, `${label} must be whole numbers separated by commas, such as 1004, 2002, got ${shown(value)}`);
	}
	return list;
}

export function codeListValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	const text = Array.isArray(value) ? value.join(',') : textValue(value, label, failFor(context, itemIndex), 'text');
	const codes = parseCodeList(text);
	return codes.map((code) => currencyValue(context, code, itemIndex, label));
}

export function integerIdValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number | string {
	const text = textValue(value, label, failFor(context, itemIndex), 'id');
	const id = integerId(text);
	if (id === null) throw invalid(context, itemIndex, `${label} must be a whole number, got ${shown(text)}`);
	return id;
}

export function digitsValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const text = textValue(value, label, failFor(context, itemIndex), 'id');
	if (!/^\d+$/.test(text)) throw invalid(context, itemIndex, `${label} must contain digits only, got ${shown(text)}`);
	return text;
}

export function integerValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
		throw invalid(context, itemIndex, `${label} must be a whole number, got ${shown(value)}`);
	}
	return number;
}

export function decimalValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number) || number < 0) {
		throw invalid(context, itemIndex, `${label} must be a number of 0 or more, got ${shown(value)}`);
	}
	return number;
}

export function booleanValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw invalid(context, itemIndex, `${label} must be true or false, got ${shown(value)}`);
}
