import type {
	ICredentialDataDecryptedObject,
	ICredentialTestFunctions,
	IDataObject,
	IHttpRequestHelper,
} from 'n8n-workflow';

import { businessUrls, describeIntegrationMode, paymentBaseUrl } from '../shared/environments';
import { describeNetworkError } from './errors';

/**
 * Token requests for both Sipay APIs. Used by the credentials' `preAuthentication` (run by n8n
 * when the stored token is empty or was answered with 401) and by the credential tests.
 * Errors name what Sipay said, never the secret that was sent.
 */

export interface HttpAnswer {
	statusCode: number;
	body: unknown;
}

export type PostFn = (
	url: string,
	payload: { json?: IDataObject; form?: Record<string, string> },
) => Promise<HttpAnswer>;

export class SipayAuthError extends Error {}

/** Post through n8n's `httpRequest` helper (what `preAuthentication` gets). */
export function postWithHttpRequest(helper: IHttpRequestHelper): PostFn {
	return async (url, { json, form }) => {
		try {
			const response = (await helper.helpers.httpRequest({
				method: 'POST',
				url,
				headers: {
					Accept: 'application/json',
					'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
				},
				body: form ? new URLSearchParams(form).toString() : json,
				json: !form,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			})) as { statusCode: number; body: unknown };
			return { statusCode: response.statusCode, body: parseMaybeJson(response.body) };
		} catch (error) {
			throw unreachable(url, error);
		}
	};
}

/** Post through the legacy `request` helper (what a credential test function gets). */
export function postWithTestRequest(context: ICredentialTestFunctions): PostFn {
	return async (url, { json, form }) => {
		try {
			const response = (await context.helpers.request({
				method: 'POST',
				uri: url,
				headers: { Accept: 'application/json' },
				...(form ? { form } : { body: json, json: true }),
				resolveWithFullResponse: true,
				simple: false,
			})) as { statusCode: number; body: unknown };
			return { statusCode: response.statusCode, body: parseMaybeJson(response.body) };
		} catch (error) {
			throw unreachable(url, error);
		}
	};
}

function parseMaybeJson(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

function unreachable(url: string, error: unknown): SipayAuthError {
	return new SipayAuthError(`Could not reach ${url}: ${describeNetworkError(error).message.replace(/^no answer: /, '')}`);
}

export interface PaymentToken {
	token: string;
	is3d: string;
	integrationMode: string;
	expiresAt: string;
}

export async function requestPaymentToken(
	post: PostFn,
	credentials: ICredentialDataDecryptedObject,
): Promise<PaymentToken> {
	const url = `${paymentBaseUrl(credentials)}/api/token`;
	const answer = await post(url, {
		json: {
			app_id: String(credentials.appId ?? ''),
			app_secret: String(credentials.appSecret ?? ''),
			app_lang: String(credentials.language ?? 'en'),
		},
	});
	const body = (answer.body ?? {}) as IDataObject;
	const code = body.status_code ?? body.statuscode;
	const data = (body.data ?? {}) as IDataObject;
	if (String(code) !== '100' || typeof data.token !== 'string') {
		const description = body.status_description ?? body.message ?? body.description ?? '';
		throw new SipayAuthError(
			`Sipay refused the token request: ${String(description) || 'no description'} ` +
				`(status_code ${String(code ?? 'missing')}, HTTP ${answer.statusCode})`,
		);
	}
	return {
		token: data.token,
		is3d: String(data.is_3d ?? ''),
		integrationMode: describeIntegrationMode(data.is_3d),
		expiresAt: String(data.expires_at ?? ''),
	};
}

export interface BusinessToken {
	accessToken: string;
	expiresIn: number;
}

export const BUSINESS_SCOPE = 'sts_business_api';

export async function requestBusinessToken(
	post: PostFn,
	credentials: ICredentialDataDecryptedObject,
): Promise<BusinessToken> {
	const url = `${businessUrls(credentials).identity}/connect/token`;
	const answer = await post(url, {
		form: {
			grant_type: 'client_credentials',
			client_id: String(credentials.clientId ?? ''),
			client_secret: String(credentials.clientSecret ?? ''),
			scope: BUSINESS_SCOPE,
		},
	});
	const body = (answer.body ?? {}) as IDataObject;
	if (answer.statusCode !== 200 || typeof body.access_token !== 'string') {
		const reason = [body.error, body.error_description].filter(Boolean).join(': ');
		throw new SipayAuthError(
			`Sipay identity server refused the client credentials: ${reason || 'no reason given'} (HTTP ${answer.statusCode})`,
		);
	}
	return { accessToken: body.access_token, expiresIn: Number(body.expires_in ?? 0) };
}
