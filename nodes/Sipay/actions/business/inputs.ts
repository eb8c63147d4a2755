import type { IExecuteFunctions } from 'n8n-workflow';

import { invalid, requiredString } from '../../shared/params';
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
	const code = String(value ?? '').trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) {
		throw invalid(context, itemIndex, `${label} must be a three-letter currency code such as TRY, got "${String(value ?? '')}"`);
	}
	return code;
}

export function requiredCurrency(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	return currencyValue(context, requiredString(context, name, itemIndex, label), itemIndex, label);
}

export function requiredIban(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const iban = normalizeIban(requiredString(context, name, itemIndex, label));
	if (!isValidTrIban(iban)) {
		throw invalid(
			context,
			itemIndex,
			`${label} must be a Turkish IBAN (TR followed by 24 digits) with a valid check digit, got "${iban}"`,
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
	const value = requiredString(context, name, itemIndex, label).replace(/\s+/g, '');
	if (!isNationalIdOrTaxNo(value)) {
		throw invalid(
			context,
			itemIndex,
			`${label} must be an 11-digit national ID or a 10-digit tax number, got "${value}"`,
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
		throw invalid(context, itemIndex, `${label} must be an ISO 8601 date such as 2025-05-01T09:00:00Z, got "${String(value)}"`);
	}
	return iso;
}

export function integerListValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number[] {
	const list = Array.isArray(value) ? parseIntegerList(value.join(',')) : parseIntegerList(String(value));
	if (list === null || list.length === 0) {
		throw invalid(context, itemIndex, `${label} must be whole numbers separated by commas, such as 1004, 2002, got "${String(value)}"`);
	}
	return list;
}

export function codeListValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	const codes = parseCodeList(Array.isArray(value) ? value.join(',') : String(value));
	return codes.map((code) => currencyValue(context, code, itemIndex, label));
}

export function integerIdValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): number | string {
	const id = integerId(String(value).trim());
	if (id === null) throw invalid(context, itemIndex, `${label} must be a whole number, got "${String(value)}"`);
	return id;
}

export function digitsValue(
	context: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string {
	const text = String(value).trim();
	if (!/^\d+$/.test(text)) throw invalid(context, itemIndex, `${label} must contain digits only, got "${text}"`);
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
		throw invalid(context, itemIndex, `${label} must be a whole number, got "${String(value)}"`);
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
		throw invalid(context, itemIndex, `${label} must be a number of 0 or more, got "${String(value)}"`);
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
	throw invalid(context, itemIndex, `${label} must be true or false, got "${String(value)}"`);
}
