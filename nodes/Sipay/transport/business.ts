import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { businessUrls } from '../shared/environments';
import { parseJsonKeepingBigIntegers } from '../shared/json';
import { BUSINESS_CODE_MEANINGS } from './codes';
import { sipayError } from './errors';
import { type SipayContext, sendOnce } from './send';

/**
 * The only way the node talks to the Sipay Business API (business-api.md §2): JSON bodies,
 * bearer token and x-client-id from the credential (one refresh on HTTP 401, done by n8n),
 * and the `{status, code, message, payload}` envelope read whatever the HTTP status. Never retries.
 */

export const BUSINESS_CREDENTIAL = 'sipayBusinessApi';

export interface BusinessCall {
	method?: 'GET' | 'POST';
	/** Path on the API host, e.g. `/v1/Account/GetBusinessAccount`. */
	path: string;
	body?: IDataObject;
	headers?: Record<string, string>;
}

export interface BusinessEnvelope {
	status: number;
	code: string;
	message: string | null;
	payload: unknown;
}

export async function businessRequest(
	this: SipayContext,
	itemIndex: number,
	call: BusinessCall,
): Promise<BusinessEnvelope> {
	const credentials = await this.getCredentials(BUSINESS_CREDENTIAL, itemIndex);
	const secrets = [credentials.clientSecret, credentials.accessToken];
	const method = call.method ?? 'POST';
	const options: IHttpRequestOptions = {
		method,
		url: `${businessUrls(credentials).api}${call.path}`,
		headers: { Accept: 'application/json', ...call.headers },
		// Read as text: 19-digit ids may come as bare JSON numbers (business-api.md §2.4).
		encoding: 'text',
		json: false,
	};
	if (method === 'POST') {
		// Sent as text: n8n drops an empty object body, and Sipay expects `{}` (business-api.md §2.1).
		options.headers = { ...options.headers, 'Content-Type': 'application/json' };
		options.body = JSON.stringify(call.body ?? {});
	}

	const response = await sendOnce(this, itemIndex, options, {
		api: 'Business',
		credentialType: BUSINESS_CREDENTIAL,
		secrets,
		credentialHint: 'Check Client ID and Client Secret in the credentials',
		lookupHint: 'Before sending a transfer again, look it up by its ext_transaction_id',
	});

	const envelope = readEnvelope(response.body);
	const status = Number(envelope.status);
	const code = envelope.code === undefined || envelope.code === null ? '' : String(envelope.code);
	if (status === 0 && (code === '100' || code === '')) {
		return {
			status,
			code: code || '100',
			message: (envelope.message as string | null) ?? null,
			payload: envelope.payload ?? null,
		};
	}
	const sipayMessage = typeof envelope.message === 'string' ? envelope.message : '';
	const meaning = BUSINESS_CODE_MEANINGS[code];
	throw sipayError(this, itemIndex, {
		api: 'Business',
		code: code || undefined,
		message: meaning ?? (sipayMessage || `HTTP ${response.statusCode}`),
		hint: meaning && sipayMessage ? `Sipay said: ${sipayMessage}` : undefined,
		httpStatus: response.statusCode,
		secrets,
	});
}

function readEnvelope(body: unknown): IDataObject {
	let parsed = body;
	if (Buffer.isBuffer(parsed)) parsed = parsed.toString('utf8');
	if (typeof parsed === 'string') {
		try {
			parsed = parseJsonKeepingBigIntegers(parsed);
		} catch {
			return {};
		}
	}
	return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as IDataObject) : {};
}
