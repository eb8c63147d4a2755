/** Filter predicates over rendered response rows; an undefined filter value matches everything. */

export type Row = Record<string, unknown>;

type Test = ((row: Row) => boolean) | undefined;

/** A column, or a nested one as `user_kyc_info.first_name`. */
const get = (row: Row, key: string): unknown =>
	key.split('.').reduce<unknown>((value, part) => (value as Row | null | undefined)?.[part], row);

export const where = (rows: Row[], tests: Test[]): Row[] => rows.filter((row) => tests.every((test) => !test || test(row)));

export const eq = (key: string, value: unknown): Test =>
	value === undefined ? undefined : (row) => String(get(row, key)) === String(value);

export const oneOf = (key: string, values: unknown[] | undefined): Test =>
	values === undefined ? undefined : (row) => values.map(String).includes(String(get(row, key)));

export const contains = (key: string, value: string | undefined): Test =>
	value === undefined
		? undefined
		: (row) => String(get(row, key) ?? '').toLocaleLowerCase('tr-TR').includes(value.toLocaleLowerCase('tr-TR'));

export const between = (key: string, min: number | undefined, max: number | undefined): Test =>
	min === undefined && max === undefined
		? undefined
		: (row) => {
				const value = Number(get(row, key));
				return (min === undefined || value >= min) && (max === undefined || value <= max);
			};

/** Inclusive range over an ISO date column. */
export const dateBetween = (key: string, start: number | undefined, end: number | undefined): Test =>
	start === undefined && end === undefined
		? undefined
		: (row) => {
				const value = Date.parse(String(get(row, key)));
				return (start === undefined || value >= start) && (end === undefined || value <= end);
			};
