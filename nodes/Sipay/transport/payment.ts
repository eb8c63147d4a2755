import type { IDataObject, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { generateHashKey } from '../hash/hashKey';
import { REQUEST_HASH_RECIPES, type RequestHashRecipe, type ResponseHashLayout } from '../hash/recipes';
import { type HashVerification, verifyHashKey } from '../hash/verify';
import { paymentBaseUrl } from '../shared/environments';
import { PAYMENT_CODE_HINTS } from './codes';
import { sipayError } from './errors';
import { type SipayContext, sendOnce } from './send';

/**
 * The only way the node talks to the Sipay Payment API (payment-api.md §1): adds merchant_key,
 * app_lang and the hash_key, authenticates through the credential (one refresh on HTTP 401,
 * done by n8n; the credential gives every send, that repeat included, a hash_key with its own iv
 * and salt), and turns Sipay's envelope into a result or a `NodeApiError`. Never retries.
 */

export const PAYMENT_CREDENTIAL = 'sipayPaymentApi';

export interface PaymentCall {
	method?: 'GET' | 'POST';
	/** Path after `/ccpayment`, e.g. `/api/checkstatus`. */
	path: string;
	body: IDataObject;
	/** `form` for the browser-style 3-D endpoints, `query` for GET parameters. */
	encoding?: 'json' | 'form' | 'query';
	sign?: RequestHashRecipe;
	/** `/api/refund` repeats app_id and app_secret in its body. */
	withAppCredentials?: boolean;
	/** Status codes that are an answer rather than a failure (e.g. 69 "not processed yet"). */
	answerCodes?: string[];
	/** A 3-D endpoint answers with an HTML form. */
	acceptHtml?: boolean;
	/**
	 * A card payment: a declined charge (a `data.payment_status` of 0 with another status_code) is
	 * an answer for the workflow to branch on, not an error.
	 */
	paymentOutcome?: boolean;
}

export interface PaymentAnswer {
	body: IDataObject;
	html?: string;
	httpStatus: number;
}

export function paymentStatusCode(body: IDataObject): string | undefined {
	const code = body.status_code ?? body.statuscode;
	return code === undefined || code === null ? undefined : String(code);
}

export function paymentMessage(body: IDataObject): string {
	const text =
		body.status_description ?? body.message ?? body.description ?? body.success_message ?? '';
	return typeof text === 'string' ? text : JSON.stringify(text);
}

function formEncode(body: IDataObject): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		params.append(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
	}
	return params.toString();
}

export async function paymentRequest(
	this: SipayContext,
	itemIndex: number,
	call: PaymentCall,
): Promise<PaymentAnswer> {
	const credentials = await this.getCredentials(PAYMENT_CREDENTIAL, itemIndex);
	const appSecret = String(credentials.appSecret ?? '');
	const body: IDataObject = {
		merchant_key: String(credentials.merchantKey ?? ''),
		...call.body,
		app_lang: String(credentials.language ?? 'en'),
	};
	if (call.withAppCredentials) {
		body.app_id = String(credentials.appId ?? '');
		body.app_secret = appSecret;
	}
	if (call.sign) body.hash_key = generateHashKey(REQUEST_HASH_RECIPES[call.sign](body), appSecret);

	const secrets = [
		appSecret,
		credentials.merchantKey,
		credentials.token,
		body.cc_no,
		body.card_number,
		body.credit_card,
		body.cvv,
	];
	const encoding = call.encoding ?? 'json';
	const options: IHttpRequestOptions = {
		method: call.method ?? 'POST',
		url: `${paymentBaseUrl(credentials)}${call.path}`,
		headers: {
			Accept: call.acceptHtml ? 'text/html, application/json' : 'application/json',
			...(encoding === 'form' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
		},
	};
	if (encoding === 'query') options.qs = body;
	else if (encoding === 'form') options.body = formEncode(body);
	else {
		options.body = body;
		options.json = true;
	}

	const response = await sendOnce(this, itemIndex, options, {
		api: 'Payment',
		credentialType: PAYMENT_CREDENTIAL,
		secrets,
		credentialHint: 'Check App ID and App Secret in the credentials',
		lookupHint: 'Before sending a payment again, look it up with Check Status',
	});

	const raw = response.body;
	const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
	if (typeof text === 'string') {
		const trimmed = text.trim();
		if (call.acceptHtml && trimmed.startsWith('<')) {
			return { body: {}, html: trimmed, httpStatus: response.statusCode };
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(trimmed);
		} catch {
			throw sipayError(this, itemIndex, {
				api: 'Payment',
				message: `unexpected answer from ${options.url}: ${trimmed.slice(0, 200)}`,
				httpStatus: response.statusCode,
				secrets,
			});
		}
		return interpret.call(this, itemIndex, call, parsed, response.statusCode, secrets);
	}
	return interpret.call(this, itemIndex, call, text, response.statusCode, secrets);
}

function interpret(
	this: SipayContext,
	itemIndex: number,
	call: PaymentCall,
	parsed: unknown,
	httpStatus: number,
	secrets: unknown[],
): PaymentAnswer {
	const body = (Array.isArray(parsed) ? parsed[0] : parsed) as IDataObject | undefined;
	if (!body || typeof body !== 'object') {
		throw sipayError(this, itemIndex, {
			api: 'Payment',
			message: 'empty answer',
			httpStatus,
			secrets,
		});
	}
	const code = paymentStatusCode(body);
	const linkAccepted = code === undefined && (body.status === true || body.status === 1);
	const declined =
		call.paymentOutcome === true &&
		typeof body.data === 'object' &&
		body.data !== null &&
		String((body.data as IDataObject).payment_status) === '0';
	const accepted =
		httpStatus < 400 &&
		(code === '100' || linkAccepted || declined || (call.answerCodes ?? []).includes(code ?? ''));
	if (!accepted) {
		throw sipayError(this, itemIndex, {
			api: 'Payment',
			code,
			message: paymentMessage(body) || `HTTP ${httpStatus}`,
			httpStatus,
			hint: code !== undefined ? PAYMENT_CODE_HINTS[code] : undefined,
			secrets,
		});
	}
	return { body, httpStatus };
}

/** Checks a hash_key Sipay sent back with the merchant's app_secret (payment-api.md §2.3). */
export async function verifyPaymentHash(
	this: IExecuteFunctions,
	itemIndex: number,
	hashKey: unknown,
	layout: ResponseHashLayout,
	received: Partial<Record<string, unknown>>,
): Promise<HashVerification> {
	const credentials = await this.getCredentials(PAYMENT_CREDENTIAL, itemIndex);
	return verifyHashKey(hashKey, String(credentials.appSecret ?? ''), layout, received);
}
