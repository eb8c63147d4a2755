import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';

/**
 * Sipay `hash_key`: the pipe-joined fields encrypted with AES-256-CBC under a key derived from
 * `app_secret`, packed as `iv:salt:base64` with every `/` replaced by `__` (payment-api.md §2).
 */

export type HashPart = string | number;

export interface HashRandomness {
	iv: string;
	salt: string;
}

const sha1hex = (value: string) => createHash('sha1').update(value, 'utf8').digest('hex');
const sha256hex = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

function aesKey(appSecret: string, salt: string): Buffer {
	return Buffer.from(sha256hex(sha1hex(appSecret) + salt).slice(0, 32), 'latin1');
}

export function randomHashRandomness(): HashRandomness {
	return {
		iv: sha1hex(randomBytes(16).toString('hex')).slice(0, 16),
		salt: sha1hex(randomBytes(16).toString('hex')).slice(0, 4),
	};
}

export function generateHashKey(
	parts: HashPart[],
	appSecret: string,
	randomness: HashRandomness = randomHashRandomness(),
): string {
	const { iv, salt } = randomness;
	const data = parts.map(String).join('|');
	const cipher = createCipheriv('aes-256-cbc', aesKey(appSecret, salt), Buffer.from(iv, 'latin1'));
	const base64 = Buffer.concat([cipher.update(data, 'utf8'), cipher.final()]).toString('base64');
	return `${iv}:${salt}:${base64}`.replace(/\//g, '__');
}

/** The decrypted fields, or `undefined` when the hash is not authentic for this secret. */
export function decryptHashKey(hashKey: unknown, appSecret: string): string[] | undefined {
	if (typeof hashKey !== 'string' || hashKey === '') return undefined;
	const [iv, salt, base64, extra] = hashKey.replace(/__/g, '/').split(':');
	// §2.2: Sipay's iv is 16 and its salt 4 lowercase hex characters.
	if (!/^[0-9a-f]{16}$/.test(iv ?? '') || !/^[0-9a-f]{4}$/.test(salt ?? '') || !base64 || extra !== undefined) {
		return undefined;
	}
	const ciphertext = Buffer.from(base64, 'base64');
	if (ciphertext.length === 0 || ciphertext.toString('base64') !== base64) return undefined;
	try {
		const decipher = createDecipheriv('aes-256-cbc', aesKey(appSecret, salt), Buffer.from(iv, 'latin1'));
		const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
		const text = plain.toString('utf8');
		if (!text.includes('|') || text.includes('\uFFFD')) return undefined;
		return text.split('|');
	} catch {
		return undefined;
	}
}

/**
 * The same fields under a fresh iv and salt: Sipay asks for new ones on every request (§2.1), so a
 * request that is sent again (n8n's repeat after a 401) must not carry the hash_key it was first
 * sent with. `undefined` when the hash is not one of this secret's.
 */
export function refreshHashKey(hashKey: unknown, appSecret: string): string | undefined {
	const parts = decryptHashKey(hashKey, appSecret);
	return parts ? generateHashKey(parts, appSecret) : undefined;
}
