import type {
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { describeNetworkError, sipayError, type SipayFailure } from './errors';
import { SipayAuthError } from './tokens';

/**
 * Where calls come from: the Sipay node, the trigger confirming an event with Sipay, or the
 * editor filling a list (saved cards, wallets, payment types, installments).
 */
export type SipayContext = IExecuteFunctions | IWebhookFunctions | ILoadOptionsFunctions;

/** How long to wait for Sipay before reporting "no answer" (the call is not repeated). */
export const REQUEST_TIMEOUT_MS = 60_000;

export interface RawAnswer {
	statusCode: number;
	body: unknown;
}

export interface SendContext {
	api: SipayFailure['api'];
	credentialType: string;
	secrets: unknown[];
	/** What to check when Sipay keeps refusing the token. */
	credentialHint: string;
	/** How to find out whether a request that got no answer was carried out. */
	lookupHint: string;
}

/**
 * One authenticated call, sent once. n8n refreshes the token and repeats the call once on HTTP 401
 * (Sipay refused it before acting); every other status is returned for the caller to read.
 */
export async function sendOnce(
	context: SipayContext,
	itemIndex: number,
	options: IHttpRequestOptions,
	send: SendContext,
): Promise<RawAnswer> {
	try {
		return (await context.helpers.httpRequestWithAuthentication.call(context, send.credentialType, {
			timeout: REQUEST_TIMEOUT_MS,
			...options,
			returnFullResponse: true,
			ignoreHttpStatusErrors: { ignore: true, except: [401] },
		})) as RawAnswer;
	} catch (error) {
		const tokenFailure = causeOfType(error, SipayAuthError);
		if (tokenFailure) {
			throw sipayError(context, itemIndex, {
				api: send.api,
				message: tokenFailure.message,
				hint: send.credentialHint,
				secrets: send.secrets,
			});
		}
		const { message, status } = describeNetworkError(error);
		const refused = status === 401;
		throw sipayError(context, itemIndex, {
			api: send.api,
			message: refused
				? 'authentication failed after refreshing the token'
				: `${message} from ${options.url}`,
			httpStatus: status,
			hint: refused
				? send.credentialHint
				: `The request may not have reached Sipay. ${send.lookupHint}`,
			secrets: send.secrets,
		});
	}
}

/** The first error of that class in an error's cause chain (n8n wraps what a credential throws). */
function causeOfType<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | undefined {
	let current: unknown = error;
	for (let depth = 0; current && depth < 5; depth++) {
		if (current instanceof type) return current;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
