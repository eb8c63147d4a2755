import type { Route, SimRequest, SimResponse } from '../http';
import { json } from '../http';
import { InvalidRequest } from './fields';

/**
 * The `{status, code, message, payload}` wrapper of every /v1 answer (business-api.md §2.3).
 * Business errors (§3) answer HTTP 200 with status 2: the docs list them beside HTTP 200 and
 * tell clients to read the body whatever the HTTP status. Requests that cannot be bound
 * (missing/ill-typed fields, no JSON body) answer HTTP 400 with code "400", as an ASP.NET
 * model validation failure would, and a body that is not `application/json` answers 415; the
 * body is still the envelope so clients can read it.
 */

export const OK_MESSAGE = 'İşlem Başarılı';

export const CODE_MESSAGES = {
	'300': 'Cüzdan bulunamadı.',
	'301': 'Bu ext_transaction_id ile daha önce işlem yapılmıştır.',
	'303': 'Gönderen ve alıcı cüzdan farklı olmalıdır.',
	'311': 'Cüzdan bakiyeniz yetersiz olduğundan işlemi gerçekleştiremiyoruz',
	'503': 'Alıcı bilgileri banka kayıtları ile doğrulanamadı.',
} as const;

export type BusinessCode = keyof typeof CODE_MESSAGES;

export class SipayError extends Error {
	constructor(
		readonly code: BusinessCode,
		message: string = CODE_MESSAGES[code],
	) {
		super(message);
	}
}

export const ok = (payload: unknown, message: string | null = OK_MESSAGE): SimResponse =>
	json({ status: 0, code: '100', message, payload });

export const failure = (code: string, message: string, httpStatus = 200): SimResponse =>
	json({ status: 2, code, message, payload: null }, httpStatus);

export type ApiHandler = (body: Record<string, unknown>, request: SimRequest) => SimResponse;

/** A /v1 route: authenticated, JSON body required for POST, errors turned into envelopes. */
export function apiRoute(
	checkAuth: (request: SimRequest) => SimResponse | undefined,
	method: Route['method'],
	path: string,
	handler: ApiHandler,
): Route {
	return {
		method,
		path,
		handler: (request) => {
			const denied = checkAuth(request);
			if (denied) return denied;
			if (method === 'POST' && !/\bapplication\/([\w.-]+\+)?json\b/i.test(String(request.headers['content-type'] ?? ''))) {
				return failure('415', 'Content-Type must be application/json.', 415);
			}
			if (method === 'POST' && request.bodyType !== 'json') {
				return failure('400', 'A non-empty JSON object request body is required.', 400);
			}
			try {
				return handler(request.body, request);
			} catch (error) {
				if (error instanceof SipayError) return failure(error.code, error.message);
				if (error instanceof InvalidRequest) return failure('400', error.message, 400);
				throw error;
			}
		},
	};
}
