import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid } from '../../shared/params';
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

type Reader = (context: IExecuteFunctions, value: unknown, itemIndex: number, label: string) => unknown;

const READERS: Record<FilterKind, Reader> = {
	text: (_context, value) => String(value).trim(),
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
		options: specs
			.map((spec) => spec.field)
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/** The request body fields of the filters the user set, checked; empty ones are left out. */
export function readFilters(
	context: IExecuteFunctions,
	itemIndex: number,
	specs: FilterSpec[],
): IDataObject {
	const values = context.getNodeParameter('filters', itemIndex, {}) as IDataObject;
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
