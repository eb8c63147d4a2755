import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { businessRequest } from '../../transport/business';
import { failFor, invalid, textValue } from '../../shared/params';
import { shown } from '../../shared/redact';

/**
 * The paged *ListByFilter / *ByFilter calls (business-api.md §2.6): `page_index` from 0,
 * `page_size`, `order_column`, `order_by`; answers carry `results` and `page_count`.
 */

const DEFAULT_PAGE_SIZE = 100;

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/** Sorting and page size, with the order column Sipay documents for this list. */
export function listOptions(orderColumnDescription: string): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Order Column',
				name: 'orderColumn',
				type: 'string',
				default: 'CreatedDateUtc',
				description: orderColumnDescription,
			},
			{
				displayName: 'Order Direction',
				name: 'orderBy',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				default: 'desc',
			},
			{
				displayName: 'Page Size',
				name: 'pageSize',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: DEFAULT_PAGE_SIZE,
				description: 'How many records to ask Sipay for per request',
			},
		],
	};
}

interface ListOptions {
	orderColumn?: unknown;
	orderBy?: unknown;
	pageSize?: unknown;
}

function positiveInteger(context: IExecuteFunctions, itemIndex: number, value: unknown, label: string): number {
	const number = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '') ? Number(value) : NaN;
	if (!Number.isSafeInteger(number) || number < 1) {
		throw invalid(context, itemIndex, `${label} must be a whole number of 1 or more, got ${shown(value)}`);
	}
	return number;
}

/** Reads Return All, Limit and Options; call before anything is sent so bad values send nothing. */
export function readListing(context: IExecuteFunctions, itemIndex: number) {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as unknown;
	if (typeof returnAll !== 'boolean') {
		throw invalid(context, itemIndex, `Return All must be true or false, got ${shown(returnAll)}`);
	}
	const limit = returnAll
		? Infinity
		: positiveInteger(context, itemIndex, context.getNodeParameter('limit', itemIndex, 50), 'Limit');
	const options = (context.getNodeParameter('options', itemIndex, {}) ?? {}) as ListOptions;
	const pageSize = positiveInteger(context, itemIndex, options.pageSize ?? DEFAULT_PAGE_SIZE, 'Options › Page Size');
	const fail = failFor(context, itemIndex);
	const orderColumn = textValue(options.orderColumn, 'Options › Order Column', fail, 'code') || 'CreatedDateUtc';
	if (!/^[A-Za-z_][\w.]*$/.test(orderColumn)) {
		throw fail(`Options › Order Column must be a column name such as CreatedDateUtc, got ${shown(orderColumn)}`);
	}
	const orderBy = options.orderBy ?? 'desc';
	if (orderBy !== 'asc' && orderBy !== 'desc') throw fail(`Options › Order Direction must be asc or desc, got ${shown(orderBy)}`);
	return { limit, pageSize: Math.min(pageSize, limit), orderColumn, orderBy };
}

export type Listing = ReturnType<typeof readListing>;

/** Requests page after page until the limit is reached or Sipay has no more records. */
export async function fetchList(
	context: IExecuteFunctions,
	itemIndex: number,
	path: string,
	filters: IDataObject,
	listing: Listing,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	let previousPage = '';
	for (let pageIndex = 0; ; pageIndex++) {
		const { payload } = await businessRequest.call(context, itemIndex, {
			path,
			body: {
				...filters,
				page_index: pageIndex,
				page_size: listing.pageSize,
				order_column: listing.orderColumn,
				order_by: listing.orderBy,
			},
		});
		const page = (payload ?? {}) as IDataObject;
		const results = Array.isArray(page.results) ? (page.results as IDataObject[]) : [];
		// A server that ignores page_index would otherwise be paged forever.
		const thisPage = JSON.stringify(results);
		if (results.length > 0 && thisPage === previousPage) return records.slice(0, listing.limit);
		previousPage = thisPage;
		records.push(...results);
		if (records.length >= listing.limit) return records.slice(0, listing.limit);
		const pageCount = Number(page.page_count);
		const rowCount = Number(page.row_count);
		const lastPage =
			results.length < listing.pageSize ||
			(Number.isFinite(pageCount) && pageIndex + 1 >= pageCount) ||
			(Number.isFinite(rowCount) && records.length >= rowCount);
		if (lastPage) return records;
	}
}
