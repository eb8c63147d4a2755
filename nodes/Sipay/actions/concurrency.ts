import type { INodeProperties } from 'n8n-workflow';

import type { SipayOperation } from './types';

/**
 * Several items' requests at a time, for operations that only read (`reads` on the operation).
 * Every other operation runs its items one after the other, whatever the option says: money-moving
 * and other writing calls stop at the first failure with nothing after it sent, so the failed
 * execution says exactly which items reached Sipay.
 */

export const MAX_CONCURRENCY = 16;

export const CONCURRENCY_OPTION: INodeProperties = {
	displayName: 'Concurrency',
	name: 'concurrency',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY, numberPrecision: 0 },
	default: 1,
	description: `How many items' requests to send to Sipay at a time (1 to ${MAX_CONCURRENCY}). Output order, item pairing and Continue On Fail stay per item; all items share one token. Offered on operations that only read: payments, refunds, transfers and other writes always go one at a time.`,
};

/** How many items of this operation may be in flight at once. */
export function concurrencyOf(operation: SipayOperation | undefined, requested: unknown): number {
	if (!operation?.reads) return 1;
	const value = Number(requested);
	if (!Number.isFinite(value) || value < 1) return 1;
	return Math.min(Math.floor(value), MAX_CONCURRENCY);
}

/**
 * Runs `work` for the indexes 0…count-1 with at most `limit` running at once, starting them in index
 * order. Once `stops` says yes to a result, no further index starts; the ones already running finish.
 * Returns the results by index (undefined for indexes that never started). `work` must not reject.
 */
export async function runLimited<T>(
	count: number,
	limit: number,
	work: (index: number) => Promise<T>,
	stops: (result: T) => boolean,
): Promise<Array<T | undefined>> {
	const results: Array<T | undefined> = new Array<T | undefined>(count);
	let next = 0;
	let stopped = false;
	const lane = async () => {
		while (!stopped && next < count) {
			const index = next++;
			const result = await work(index);
			results[index] = result;
			if (stops(result)) stopped = true;
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, lane));
	return results;
}
