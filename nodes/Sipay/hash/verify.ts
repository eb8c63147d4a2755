import { sameMoney } from '../shared/amount';
import { decryptHashKey } from './hashKey';
import { RESPONSE_HASH_LAYOUTS, type ResponseHashLayout } from './recipes';

/**
 * Checks a hash_key Sipay sent (payment response, 3-D return, webhook) against the fields that came
 * with it. Amounts compare as money (Sipay hashes `5` for `5.00`; `1e9` is no amount), statuses
 * case-insensitively. The plaintext must have exactly the layout's number of fields.
 */

export interface HashVerification {
	valid: boolean;
	/** The decrypted fields by name; empty when the hash could not be decrypted. */
	fields: Record<string, string>;
	/** Names of the fields whose value differs from what was received. */
	mismatches: string[];
}

const AMOUNT_FIELDS = new Set(['total', 'amount']);

function same(field: string, hashed: string, received: string): boolean {
	if (AMOUNT_FIELDS.has(field)) return sameMoney(hashed, received);
	if (field === 'status') return hashed.toLowerCase() === received.toLowerCase();
	return hashed === received;
}

export function verifyHashKey(
	hashKey: unknown,
	appSecret: string,
	layout: ResponseHashLayout,
	received: Partial<Record<string, unknown>>,
): HashVerification {
	const names = RESPONSE_HASH_LAYOUTS[layout];
	const parts = decryptHashKey(hashKey, appSecret);
	if (!parts || parts.length !== names.length) return { valid: false, fields: {}, mismatches: [] };
	const fields = Object.fromEntries(names.map((name, index) => [name, parts[index]]));
	const mismatches = names.filter((name) => {
		const value = received[name];
		return value !== undefined && value !== null && !same(name, fields[name], String(value));
	});
	return { valid: mismatches.length === 0, fields, mismatches };
}
