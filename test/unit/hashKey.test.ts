import { randomBytes } from 'node:crypto';

import { decryptHashKey, generateHashKey } from '../../nodes/Sipay/hash/hashKey';

// payment-api.md §2.6: computed with PHP openssl_encrypt, OpenSSL CLI, Python and Node.
const SECRET = 'b46a67571aa1e7ef5641dc3fa6f1712a';
const MERCHANT_KEY = '$2y$10$HmRgYosneqcwHj.UH7upGuyCZqpQ1ITgSMj9Vvxn.t6f.Vdf2SQFO';

describe('hash_key generation (byte-compatible with Sipay PHP)', () => {
	it('vector A: payment request hash', () => {
		expect(
			generateHashKey(['100.00', 1, 'TRY', MERCHANT_KEY, 'INV-TEST-0001'], SECRET, {
				iv: 'b6589fc6ab0dc82c',
				salt: 'f823',
			}),
		).toBe(
			'b6589fc6ab0dc82c:f823:tlSSxKj4Kxp83oz9Iqyx0Ru2y632PBpQmnWRClVV3DESi0j7ctz54WUq7DFRjaGxtDAnTHe3rFozOIIFnPqN5mW1kHYBWQaHtcTX__IbWXB4PZpd6ZrEOBOJAyeJNNaPz',
		);
	});

	it('vector B: callback-style hash', () => {
		expect(
			generateHashKey(['1', '100.00', 'INV-TEST-0001', 'VP17743519948303411', 'TRY'], SECRET, {
				iv: '356a192b7913b04c',
				salt: '77de',
			}),
		).toBe('356a192b7913b04c:77de:iDcPjZbGdUSRHs6AI+fnac4lZPlagufJIOH1pqZdbscWQ9a8RqYTKrmLtVF0iO1k');
	});

	it('vector D: Turkish characters hashed as UTF-8', () => {
		expect(
			generateHashKey(['mk', 'CUST001', 'Şükrü Öz', '4508034508034509', '12', '2026'], SECRET, {
				iv: 'b6589fc6ab0dc82c',
				salt: 'f823',
			}),
		).toBe(
			'b6589fc6ab0dc82c:f823:wc4gIomBs34ksIrAistb88TxvBZg2A0dFp6vs2NhgzHUpYk5yV7Lfeh7DlT2NmKgLFWPm1qTUgAl4zEp+NTKtg==',
		);
	});

	it('uses a fresh iv and salt for every hash', () => {
		const first = generateHashKey(['a', 'b'], SECRET);
		const second = generateHashKey(['a', 'b'], SECRET);
		expect(first).not.toBe(second);
		expect(first).toMatch(/^[0-9a-f]{16}:[0-9a-f]{4}:[A-Za-z0-9+=_]+$/);
		expect(first).not.toContain('/');
	});
});

describe('hash_key validation', () => {
	it.each([
		[
			'f892db768f25b142:dc6b:UfN1yvRoaWKyWdOesEcu8qOhNHIHREBFjX9s2__YC3fiYlhxTcVIADREIUQsYXZluSNe2uXUhg5DajKKjGEzU4g==',
			['1', '5', 'recurringdeneme-2345wd425456', 'VP17743519948303411', 'TRY'],
		],
		[
			'a006758962dc3aae:e360:C91EOLvl__WRy__kccvBNIWhbeVT26WViFh4839NdkfgoyO1uXnV3o2+g+Mf__jU72JGCmu3cHIUkms8Q2OU611gQ==',
			['1', '5', '565655656556465456465465444', 'VP17697618245351216', 'TRY'],
		],
		[
			'731092f9125b0a94:4678:3daVYe4QTo5HfV5n48E7Cb42u2LPIY0lpz+KP+ABA5aR0NxMKsBN11yuOx9IJtdR',
			['1', '5', 'preauth-deneme12345', 'VP17743537462607531', 'TRY'],
		],
	])('vector C: real Sipay hash %# decrypts to the documented fields', (hashKey, fields) => {
		expect(decryptHashKey(hashKey, SECRET)).toEqual(fields);
	});

	it('round-trips random data, Turkish text and long values', () => {
		for (let round = 0; round < 200; round++) {
			const parts = [
				randomBytes(1 + (round % 40)).toString('hex'),
				'İğüşöç ĞÜŞÖÇ ı',
				String(round * 13.37),
				'x'.repeat(round * 7),
			];
			const secret = randomBytes(16).toString('hex');
			expect(decryptHashKey(generateHashKey(parts, secret), secret)).toEqual(parts);
		}
	});

	it('answers "not authentic" for wrong secrets, tampering and garbage, without throwing', () => {
		const hash = generateHashKey(['1', '100.00', 'INV-1', 'VP1', 'TRY'], SECRET);
		const [iv, salt, body] = hash.split(':');
		const flipped = body[10] === 'A' ? 'B' : 'A';
		const candidates: unknown[] = [
			hash.replace(/.$/, ''),
			`${iv}:${salt}:${body.slice(0, 10)}${flipped}${body.slice(11)}`,
			`${iv}:${salt}`,
			`${iv}:ffff:${body}`,
			'',
			'not-a-hash',
			'::::',
			undefined,
			42,
			`${iv}:${salt}:!!!!`,
		];
		for (const candidate of candidates) {
			const result = decryptHashKey(candidate, SECRET);
			if (result !== undefined) {
				// A flipped ciphertext byte can still decrypt by chance; it never yields the original.
				expect(result).not.toEqual(['1', '100.00', 'INV-1', 'VP1', 'TRY']);
			}
		}
		for (let round = 0; round < 50; round++) {
			expect(decryptHashKey(hash, randomBytes(16).toString('hex'))).toBeUndefined();
		}
	});

	it('never puts the secret in an error', () => {
		expect(() => decryptHashKey('a:b:c', SECRET)).not.toThrow();
		expect(() => generateHashKey(['x'], SECRET, { iv: 'short', salt: 'f823' })).toThrow();
		try {
			generateHashKey(['x'], SECRET, { iv: 'short', salt: 'f823' });
		} catch (error) {
			expect(String((error as Error).message)).not.toContain(SECRET);
		}
	});
});
