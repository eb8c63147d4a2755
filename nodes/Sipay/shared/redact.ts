/**
 * Keeps secrets and card data out of everything the package shows: outputs, error messages, logs.
 */

const SECRET_KEYS = new Set([
	'app_secret',
	'appsecret',
	'client_secret',
	'clientsecret',
	'merchant_key',
	'merchantkey',
	'token',
	'access_token',
	'accesstoken',
	'refresh_token',
	'authorization',
	'cvv',
	'cvc',
	'cvv2',
	'password',
]);

const CARD_KEYS = new Set(['cc_no', 'card_number', 'credit_card', 'pan']);

export const REDACTED = '[redacted]';

export function maskPan(value: string): string {
	const digits = value.replace(/\D/g, '');
	if (digits.length < 12) return value;
	return `${digits.slice(0, 6)}${'*'.repeat(digits.length - 10)}${digits.slice(-4)}`;
}

const PAN_PATTERN = /\b\d{13,19}\b/g;

/** Replaces every known secret value and every card-number-like digit run in a text. */
export function scrubText(text: string, secrets: unknown[] = []): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < 3) continue;
		result = result.split(secret).join(REDACTED);
	}
	return result.replace(PAN_PATTERN, (pan) => maskPan(pan));
}

/** A deep copy with secret fields removed and card numbers masked. */
export function redactObject<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => redactObject(entry)) as T;
	if (value === null || typeof value !== 'object') return value;
	const result: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
		const lower = key.toLowerCase();
		if (SECRET_KEYS.has(lower)) {
			result[key] = REDACTED;
		} else if (CARD_KEYS.has(lower) && (typeof entry === 'string' || typeof entry === 'number')) {
			result[key] = maskPan(String(entry));
		} else {
			result[key] = redactObject(entry);
		}
	}
	return result as T;
}

/** How many characters of a refused value an error message repeats. */
export const ECHO_LIMIT = 40;

/**
 * A refused value as an error message may repeat it: strings quoted, card-number-like digit runs
 * masked, at most `ECHO_LIMIT` characters; objects and lists only named.
 */
export function shown(value: unknown): string {
	if (value === undefined || value === null || value === '') return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'number' || typeof value === 'boolean') return scrubText(String(value));
	if (typeof value !== 'string') return `a ${typeof value}`;
	const masked = scrubText(value);
	if (masked.length <= ECHO_LIMIT) return `"${masked}"`;
	return `"${masked.slice(0, ECHO_LIMIT)}…" (${value.length} characters)`;
}
