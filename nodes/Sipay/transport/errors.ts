import type { JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { scrubText } from '../shared/redact';
import type { SipayContext } from './send';

/** What a failed Sipay call becomes: one `NodeApiError` with Sipay's code and message. */

export interface SipayFailure {
	api: 'Payment' | 'Business';
	/** Sipay's own code (`status_code`, `code`), when it sent one. */
	code?: string;
	message: string;
	httpStatus?: number;
	hint?: string;
	/** Values that must never appear in the error (secrets, card data of this request). */
	secrets: unknown[];
}

export function sipayError(
	context: SipayContext,
	itemIndex: number,
	failure: SipayFailure,
): NodeApiError {
	const scrub = (text: string) => scrubText(text, failure.secrets);
	const codePart = failure.code !== undefined ? ` ${failure.code}` : '';
	const message = scrub(`Sipay ${failure.api} API error${codePart}: ${failure.message}`);
	// The HTTP status is no news to a user (Sipay answers most errors with 200): it stays in the
	// error's HTTP code and in `httpStatus` of a continue-on-fail item, not in the text.
	const details = [failure.hint].filter(Boolean);
	const errorResponse: JsonObject = {
		sipayCode: failure.code ?? null,
		sipayMessage: scrub(failure.message),
		httpStatus: failure.httpStatus ?? null,
	};
	return new NodeApiError(context.getNode(), errorResponse, {
		message,
		description: details.length ? scrub(details.join('. ')) : undefined,
		httpCode: failure.httpStatus !== undefined ? String(failure.httpStatus) : undefined,
		itemIndex,
	});
}

const NETWORK_CODES: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	ECONNREFUSED: 'the connection was refused',
	ECONNABORTED: 'the request timed out',
	ETIMEDOUT: 'the request timed out',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be resolved',
	EPIPE: 'the connection was closed',
};

/** Network-level failures (no answer from Sipay): said plainly, without the request. */
export function describeNetworkError(error: unknown): { message: string; status?: number } {
	const err = error as {
		code?: string;
		httpCode?: string | null;
		cause?: { code?: string; response?: { status?: number } };
		response?: { status?: number };
	};
	const status = err.response?.status ?? err.cause?.response?.status ?? Number(err.httpCode ?? NaN);
	if (Number.isFinite(status)) return { message: `HTTP ${status}`, status };
	const code = err.cause?.code ?? err.code;
	const reason = code ? (NETWORK_CODES[code] ?? 'the connection failed') : 'the connection failed';
	return { message: `no answer: ${reason}` };
}
