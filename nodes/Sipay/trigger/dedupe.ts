import type { IDataObject } from 'n8n-workflow';

/**
 * Remembers the events the workflow already ran for, in the node's static data, so a repeated
 * delivery of one event starts nothing. Keeps the newest MAX_REMEMBERED keys.
 */

export const MAX_REMEMBERED = 5000;

interface Memory {
	seen?: Record<string, number>;
}

export function firstDelivery(staticData: IDataObject, key: string, now = Date.now()): boolean {
	const memory = staticData as Memory;
	const seen = (memory.seen ??= {});
	if (seen[key] !== undefined) return false;
	seen[key] = now;
	const keys = Object.keys(seen);
	if (keys.length > MAX_REMEMBERED) {
		keys
			.sort((a, b) => seen[a] - seen[b])
			.slice(0, keys.length - MAX_REMEMBERED)
			.forEach((old) => delete seen[old]);
	}
	return true;
}
