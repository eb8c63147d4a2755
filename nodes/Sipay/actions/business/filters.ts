import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { failFor, invalid, textValue } from '../../shared/params';
import { shown } from '../../shared/redact';
import {
	booleanValue,
	codeListValue,
	currencyValue,
	dateValue,
	decimalValue,
	digitsValue,
	integerIdValue,
	integerListValue,
	integerValue,
} from './inputs';

/**
 * Optional request fields of the list operations, each declared once with the body key it fills
 * and how its value is checked; the editor collection and the request body are built from that.
 */

export type FilterKind =
	| 'text'
	| 'currency'
	| 'currencyList'
	| 'digits'
	| 'integerId'
	| 'integer'
	| 'decimal'
	| 'boolean'
	| 'date'
	| 'integerList';

export interface FilterSpec {
	/** The request body key, spelled as Sipay documents it. */
	key: string;
	kind: FilterKind;
	field: INodeProperties;
}

/** Editor hints a filter field may carry after its default, in this order. */
type FieldHints = Pick<INodeProperties, 'placeholder' | 'description'>;

/** A filter typed as a string and read as `kind`. */
export function stringFilter(
	kind: FilterKind,
	key: string,
	displayName: string,
	name: string,
	hints: FieldHints = {},
): FilterSpec {
	return { key, kind, field: { displayName, name, type: 'string', default: '', ...hints } };
}

export const textFilter = (key: string, displayName: string, name: string, hints?: FieldHints): FilterSpec =>
	stringFilter('text', key, displayName, name, hints);

export const digitsFilter = (key: string, displayName: string, name: string, hints?: FieldHints): FilterSpec =>
	stringFilter('digits', key, displayName, name, hints);

/** A whole-number filter typed as a number. */
export function integerFilter(key: string, displayName: string, name: string, hints: FieldHints = {}): FilterSpec {
	return { key, kind: 'integer', field: { displayName, name, type: 'number', default: 0, ...hints } };
}

/** A whole-number filter picked from a list. */
export function optionsFilter(
	key: string,
	displayName: string,
	name: string,
	options: INodePropertyOptions[],
	defaultValue: number,
): FilterSpec {
	return { key, kind: 'integer', field: { displayName, name, type: 'options', options, default: defaultValue } };
}

/** A yes/no filter that is on when added, e.g. "Whether to list only …". */
export function booleanFilter(key: string, displayName: string, name: string, description: string): FilterSpec {
	return { key, kind: 'boolean', field: { displayName, name, type: 'boolean', default: true, description } };
}

export function decimalFilter(key: string, displayName: string, name: string, description: string): FilterSpec {
	return {
		key,
		kind: 'decimal',
		field: { displayName, name, type: 'number', typeOptions: { minValue: 0 }, default: 0, description },
	};
}

/** `Min …` and `Max …` of one quantity, e.g. `decimalRangeFilters('min', 'max', 'Balance')`. */
export function decimalRangeFilters(minKey: string, maxKey: string, quantity: string): FilterSpec[] {
	const what = quantity.toLowerCase();
	return [
		decimalFilter(minKey, `Min ${quantity}`, `min${quantity}`, `Only entries with a ${what} of at least this`),
		decimalFilter(maxKey, `Max ${quantity}`, `max${quantity}`, `Only entries with a ${what} of at most this`),
	];
}

/** A filter without a description of its own reads "Only entries with this …". */
function described(field: INodeProperties): INodeProperties {
	return field.description ? field : { ...field, description: `Only entries with this ${field.displayName.toLowerCase()}` };
}

export function dateFilter(key: string, displayName: string, name: string, description: string): FilterSpec {
	return { key, kind: 'date', field: { displayName, name, type: 'dateTime', default: '', description } };
}

/** The start_date / end_date pair of a creation date range; `subject` is what was created, e.g. `Wallets`. */
export function createdBetweenFilters(subject: string, startLabel: string, endLabel: string): FilterSpec[] {
	return [
		dateFilter('start_date', startLabel, 'startDate', `${subject} created from this date`),
		dateFilter('end_date', endLabel, 'endDate', `${subject} created up to this date`),
	];
}

/** Sipay's account type IDs. */
export const ACCOUNT_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Business', value: 2 },
	{ name: 'Personal', value: 1 },
];

/** Filters that several list operations take exactly alike. */
export const ACCOUNT_TYPE_FILTER = optionsFilter('account_type_id', 'Account Type', 'accountType', ACCOUNT_TYPE_OPTIONS, 2);
export const ACCOUNT_NUMBER_FILTER = textFilter('account_number', 'Account Number', 'accountNumber');
export const WALLET_NUMBER_FILTER = textFilter('wallet_number', 'Wallet Number', 'walletNumber');
export const CURRENCY_FILTER = stringFilter('currency', 'currency_code', 'Currency', 'currency', { placeholder: 'e.g. TRY' });
export const TENANT_ID_FILTER = stringFilter('integerId', 'tenant_id', 'Tenant ID', 'tenantId');

type Reader = (context: IExecuteFunctions, value: unknown, itemIndex: number, label: string) => unknown;

const READERS: Record<FilterKind, Reader> = {
	text: (context, value, itemIndex, label) => textValue(value, label, failFor(context, itemIndex), 'text'),
	currency: currencyValue,
	currencyList: codeListValue,
	digits: digitsValue,
	integerId: integerIdValue,
	integer: integerValue,
	decimal: decimalValue,
	boolean: booleanValue,
	date: dateValue,
	integerList: integerListValue,
};

const isEmpty = (value: unknown): boolean =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function filtersCollection(specs: FilterSpec[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Optional filters: without any, everything is listed',
		options: specs
			.map((spec) => described(spec.field))
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The request body fields of the filters the user set, checked; empty ones are left out. */
export function readFilters(
	context: IExecuteFunctions,
	itemIndex: number,
	specs: FilterSpec[],
): IDataObject {
	const given = context.getNodeParameter('filters', itemIndex, {}) as unknown;
	if (typeof given !== 'object' || given === null || Array.isArray(given)) {
		throw invalid(context, itemIndex, `Filters must be a collection of filters, got ${shown(given)}`);
	}
	const values = given as IDataObject;
	const body: IDataObject = {};
	for (const spec of specs) {
		const value = values[spec.field.name];
		if (isEmpty(value)) continue;
		const read = READERS[spec.kind](context, value, itemIndex, `Filters › ${spec.field.displayName}`);
		if (isEmpty(read) || (Array.isArray(read) && read.length === 0)) continue;
		body[spec.key] = read as IDataObject[keyof IDataObject];
	}
	return body;
}

/** Fails when a date range ends before it starts. */
export function assertDateOrder(
	context: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
	labels: { start: string; end: string },
): void {
	const { start_date: start, end_date: end } = body;
	if (typeof start === 'string' && typeof end === 'string' && Date.parse(start) > Date.parse(end)) {
		throw invalid(context, itemIndex, `${labels.end} must not be before ${labels.start}`);
	}
}
