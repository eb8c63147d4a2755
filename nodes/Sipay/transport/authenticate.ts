import type { ICredentialDataDecryptedObject, IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { refreshHashKey } from '../hash/hashKey';

/**
 * What each credential adds to a request just before n8n sends it. n8n calls this for the first
 * send and again for its single repeat after an HTTP 401 (with the new token), so this is where
 * a request gets its bearer token and a hash_key with an iv and salt of its own (payment-api.md
 * §2.1): the repeat never carries the hash_key of the refused call.
 */

function withFreshHash(options: IHttpRequestOptions, appSecret: string): IHttpRequestOptions {
	const { body, qs } = options;
	if (typeof body === 'string') {
		// Form-encoded (3-D Secure endpoints).
		const form = new URLSearchParams(body);
		const fresh = refreshHashKey(form.get('hash_key'), appSecret);
		if (!fresh) return options;
		form.set('hash_key', fresh);
		return { ...options, body: form.toString() };
	}
	if (body && typeof body === 'object' && !Array.isArray(body) && !Buffer.isBuffer(body)) {
		const fresh = refreshHashKey((body as IDataObject).hash_key, appSecret);
		return fresh ? { ...options, body: { ...(body as IDataObject), hash_key: fresh } } : options;
	}
	const freshQuery = qs ? refreshHashKey(qs.hash_key, appSecret) : undefined;
	return freshQuery ? { ...options, qs: { ...qs, hash_key: freshQuery } } : options;
}

export function authenticatePaymentRequest(
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): IHttpRequestOptions {
	const signed = withFreshHash(options, String(credentials.appSecret ?? ''));
	return { ...signed, headers: { ...signed.headers, Authorization: `Bearer ${String(credentials.token ?? '')}` } };
}

/** business-api.md §2.1: `x-client-id` is sent only when the credential has one. */
export function authenticateBusinessRequest(
	credentials: ICredentialDataDecryptedObject,
	options: IHttpRequestOptions,
): IHttpRequestOptions {
	const clientKey = String(credentials.xClientId ?? '').trim();
	return {
		...options,
		headers: {
			...options.headers,
			Authorization: `Bearer ${String(credentials.accessToken ?? '')}`,
			...(clientKey ? { 'x-client-id': clientKey } : {}),
		},
	};
}
