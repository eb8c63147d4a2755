/**
 * What an attacker can do to a Sipay hash_key without knowing the App Secret: AES-CBC has no MAC,
 * so XOR-ing the 16 IV characters rewrites the first 16 plaintext bytes of any hash they have seen
 * (their own 3-D return passes through their browser). Used by the tests to prove that the
 * trigger does not take a decrypting hash as proof.
 */

export interface Forgery {
	hashKey: string;
	/** Sipay's ivs are lowercase hex; a forgery whose iv is not is already stopped by that check. */
	ivIsHex: boolean;
}

/** `known` is the hash's plaintext; `forgedStart` the 16 bytes the attacker wants instead. */
export function rewriteFirstBlock(hashKey: string, known: string, forgedStart: string): Forgery {
	const [iv, ...rest] = hashKey.split(':');
	const before = Buffer.from(known, 'utf8').subarray(0, 16);
	const after = Buffer.from(forgedStart, 'utf8');
	if (after.length !== 16 || before.length !== 16) throw new Error('the first block is 16 bytes');
	const forgedIv = Buffer.from(iv, 'latin1').map((byte, index) => byte ^ before[index] ^ after[index]);
	const text = Buffer.from(forgedIv).toString('latin1');
	return { hashKey: [text, ...rest].join(':'), ivIsHex: /^[0-9a-f]{16}$/.test(text) };
}

/** Rewrites only the hash's status (`0` → `1`, or any same-length status text). */
export function flipStatus(hashKey: string, known: string, status: string): Forgery {
	const [oldStatus] = known.split('|');
	if (oldStatus.length !== status.length) throw new Error('same length only');
	const forged = status + known.slice(status.length);
	return rewriteFirstBlock(hashKey, known, Buffer.from(forged, 'utf8').subarray(0, 16).toString('utf8'));
}
