import type { Fields } from './fields';

/**
 * List paging shared by the *ListByFilter calls (business-api.md §2.6): page_index is 0-based,
 * order_column is the PascalCase name of a response field (`CreatedDateUtc`, `Id`) or its
 * snake_case form; a column the results do not have orders by id.
 */

export interface Paging {
	pageIndex: number;
	pageSize: number;
	orderColumn: string;
	orderBy: 'asc' | 'desc';
}

type PagingField = 'page_index' | 'page_size' | 'order_column' | 'order_by';

export function readPaging(fields: Fields, required: PagingField[]): Paging {
	const need = (name: PagingField) => required.includes(name);
	const pageIndex = fields.int('page_index', need('page_index')) ?? 0;
	const pageSize = fields.int('page_size', need('page_size')) ?? 10;
	const orderColumn = fields.string('order_column', need('order_column')) ?? 'CreatedDateUtc';
	const orderBy = (fields.string('order_by', need('order_by')) ?? 'desc').toLowerCase();
	if (pageIndex < 0) fields.errors.push('The page_index field must be 0 or greater.');
	if (pageSize < 1) fields.errors.push('The page_size field must be 1 or greater.');
	if (orderBy !== 'asc' && orderBy !== 'desc') fields.errors.push("The order_by field must be 'asc' or 'desc'.");
	return { pageIndex, pageSize, orderColumn, orderBy: orderBy === 'asc' ? 'asc' : 'desc' };
}

const snakeCase = (name: string): string =>
	name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();

function compare(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a) < String(b) ? -1 : 1;
}

/** Orders and cuts one page, with the paging fields next to `results`. */
export function paginate(rows: Array<Record<string, unknown>>, paging: Paging): Record<string, unknown> {
	const column = snakeCase(paging.orderColumn);
	const key = rows.length === 0 || column in rows[0] ? column : 'id';
	const direction = paging.orderBy === 'asc' ? 1 : -1;
	const sorted = [...rows].sort((a, b) => direction * (compare(a[key], b[key]) || compare(a.id, b.id)));
	const first = paging.pageIndex * paging.pageSize;
	const results = sorted.slice(first, first + paging.pageSize);
	return {
		results,
		page_index: paging.pageIndex,
		last_row_index: first + results.length,
		page_count: Math.ceil(rows.length / paging.pageSize),
		page_size: paging.pageSize,
		row_count: rows.length,
		order_column: paging.orderColumn,
		order_by: paging.orderBy,
	};
}
