import { decryptHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { bearerToken, json, type SimRequest, type SimResponse } from '../http';
import type { PaymentSim } from './index';

/**
 * Checks every Payment API route makes before it acts. Each returns the failure response Sipay
 * would give, or undefined when the request passes.
 */

export const fail = (statusCode: number, description: string, httpStatus = 200): SimResponse =>
	json({ status_code: statusCode, status_description: description }, httpStatus);

/** Bearer token present, issued by us, not expired or revoked (payment-api.md §1.3, §12.1). */
export function checkToken(sim: PaymentSim, request: SimRequest): SimResponse | undefined {
	if (!sim.tokenIsValid(bearerToken(request))) {
		return json({ status_code: 401, status_description: 'Unauthenticated.' }, 401);
	}
	return undefined;
}

/**
 * Endpoints a shopper's browser may post to directly (paySmart3D, payByCardToken, purchase/link)
 * carry no token in that case (§1.3, §6.4): only a token that is sent must be valid.
 */
export function checkBrowserToken(sim: PaymentSim, request: SimRequest): SimResponse | undefined {
	return request.headers.authorization === undefined ? undefined : checkToken(sim, request);
}

/** The body's merchant_key is the merchant's (status 14 otherwise). */
export function checkMerchantKey(sim: PaymentSim, request: SimRequest): SimResponse | undefined {
	if (request.body.merchant_key !== sim.merchant.merchantKey) return fail(14, 'Merchant not found');
	return undefined;
}

/** Mandatory fields present and non-empty (status 1 lists the missing ones, §12.2). */
export function checkRequired(request: SimRequest, names: string[]): SimResponse | undefined {
	const missing = names.filter((name) => {
		const value = request.body[name];
		return value === undefined || value === null || String(value).trim() === '';
	});
	if (missing.length === 0) return undefined;
	return fail(1, `The ${missing.join(', ')} field${missing.length > 1 ? 's are' : ' is'} required.`);
}

export interface HashField {
	field: string;
	value: string;
	/** Amounts compare by value: Sipay accepts `100` in the body hashed as `100.00` (§2.5). */
	numeric?: boolean;
	mismatchCode?: number;
}

/**
 * Decrypts hash_key with the merchant's app_secret and compares each field with the body, in the
 * order the endpoint defines (payment-api.md §2.4). Undecryptable → 90; a field differs → that
 * field's code (91–97 on card endpoints) or the endpoint's mismatch code (68).
 */
export function checkHash(
	sim: PaymentSim,
	request: SimRequest,
	expected: HashField[],
	defaultMismatchCode = 68,
): SimResponse | undefined {
	const parts = decryptHashKey(request.body.hash_key, sim.merchant.appSecret);
	if (!parts) return fail(90, 'Invalid hash key');
	for (const [index, { field, value, numeric, mismatchCode }] of expected.entries()) {
		const part = parts[index];
		const same =
			part !== undefined &&
			(numeric && part.trim() !== '' && value.trim() !== '' ? Number(part) === Number(value) : part === value);
		if (!same) return fail(mismatchCode ?? defaultMismatchCode, `Hash key does not match ${field}`);
	}
	if (parts.length !== expected.length) {
		return fail(defaultMismatchCode, `Hash key mismatch: expected ${expected.length} fields, got ${parts.length}`);
	}
	return undefined;
}

/**
 * `checkHash`, and the iv and salt of the hash_key never accepted before: Sipay asks for a new hash
 * for every request (payment-api.md §2.1), so a request sent again with the same hash_key is
 * refused (90) even when its fields match. Only hashes that passed are remembered.
 */
export function checkFreshHash(
	sim: PaymentSim,
	request: SimRequest,
	expected: HashField[],
	defaultMismatchCode = 68,
): SimResponse | undefined {
	const failure = checkHash(sim, request, expected, defaultMismatchCode);
	if (failure) return failure;
	const [iv, salt] = str(request.body.hash_key).split(':');
	const randomness = `${iv}:${salt}`;
	if (sim.state.hashRandomness.has(randomness)) {
		return fail(90, 'Invalid hash key: this iv and salt were already used, generate a new hash key for every request');
	}
	sim.state.hashRandomness.add(randomness);
	return undefined;
}

/** Runs checks in order and returns the first failure. */
export function firstFailure(
	...checks: Array<() => SimResponse | undefined>
): SimResponse | undefined {
	for (const check of checks) {
		const failure = check();
		if (failure) return failure;
	}
	return undefined;
}

export const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
