import { timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { parseJsonKeepingBigIntegers } from '../shared/json';
import { reject, type Verdict } from './events';

/**
 * Business API webhooks (business-api.md §10): JSON bodies with 19-digit ids as bare numbers and no
 * documented signature, so the trigger checks what the user configured (a secret token in the URL
 * or a header, or Sipay's IP addresses) before anything runs.
 */

export type Verification = 'secretToken' | 'ipAllowList' | 'none';

export interface BusinessGate {
	verification: Verification;
	secretToken: string;
	allowedIps: string[];
}

export interface IncomingRequest {
	query: IDataObject;
	headers: IDataObject;
	ip: string;
	rawBody?: Buffer | string;
	body: unknown;
}

export const TOKEN_HEADER = 'x-sipay-webhook-token';

function sameSecret(given: string, expected: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export function admitted(gate: BusinessGate, request: IncomingRequest): string | undefined {
	if (gate.verification === 'secretToken') {
		if (!gate.secretToken) return 'the trigger has no secret token configured';
		const given = String(request.query.token ?? request.headers[TOKEN_HEADER] ?? '');
		return sameSecret(given, gate.secretToken) ? undefined : 'secret token missing or wrong';
	}
	if (gate.verification === 'ipAllowList') {
		const ip = request.ip.replace(/^::ffff:/, '');
		return gate.allowedIps.includes(ip) ? undefined : `IP address ${ip} is not allowed`;
	}
	return undefined;
}

export function readBody(request: IncomingRequest): IDataObject | undefined {
	try {
		const raw = request.rawBody;
		const parsed = raw !== undefined && String(raw).trim() !== ''
			? parseJsonKeepingBigIntegers(Buffer.isBuffer(raw) ? raw.toString('utf8') : raw)
			: request.body;
		return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

const JSON_TEXT_FIELDS = ['tx_additional_data_json', 'bank_response_json', 'tx_end_user_preview_json'];

function withParsedJson(body: IDataObject): IDataObject {
	const result: IDataObject = { ...body };
	for (const field of JSON_TEXT_FIELDS) {
		const value = body[field];
		if (typeof value !== 'string' || value.trim() === '') continue;
		try {
			result[`${field.replace(/_json$/, '')}`] = parseJsonKeepingBigIntegers(value) as IDataObject;
		} catch {
			result[`${field.replace(/_json$/, '')}`] = null;
		}
	}
	return result;
}

const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** Classification and once-keys of business-api.md §10.5. */
export function classifyBusinessWebhook(body: IDataObject, parseJsonFields: boolean): Verdict {
	let event: string;
	let key: string[];
	if (body.request_withdraw_id !== undefined) {
		const after = str(body.after_process_status);
		event =
			after === '1'
				? 'bankTransfer.completed'
				: after === '5'
					? 'bankTransfer.refunded'
					: after === '2' || after === '4'
						? 'bankTransfer.failed'
						: 'bankTransfer.updated';
		key = ['bankTransfer', str(body.request_withdraw_id), after];
	} else if (body.result_message !== undefined && /^\d+$/.test(str(body.result_code))) {
		event = 'topup.failed';
		key = ['topup.failed', str(body.tenant_id), str(body.result_code), str(body.description || body.wallet_number), str(body.amount)];
	} else if (body.transaction_status_id !== undefined || str(body.result_code) === 'Success') {
		event = 'topup.succeeded';
		key = ['topup', str(body.id)];
	} else {
		return reject(400, 'not a Sipay Business webhook');
	}
	const data = parseJsonFields ? withParsedJson(body) : { ...body };
	return { accepted: true, event: { event, dedupeKey: key.join('|'), data: { event, ...data } } };
}
