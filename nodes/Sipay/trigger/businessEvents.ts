import { timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { centsToAmount, moneyCents, sameMoney } from '../shared/amount';
import { parseJsonKeepingBigIntegers } from '../shared/json';
import { businessRequest } from '../transport/business';
import type { SipayContext } from '../transport/send';
import { eventKey } from './dedupe';
import { refuse, type Refusal, type SipayEvent } from './events';
import type { Fields } from './intake';

/**
 * Business API webhooks (business-api.md §10): flat JSON with no documented signature. The secret
 * token or IP list the user configured is a first filter; with a Sipay Business API credential on
 * the trigger, payouts are confirmed with GetRequestWithdrawByExtId (§9.5, and the transaction
 * record for bank refunds) and top-ups with SummaryRecordByFilter (§9.3). Failed top-ups carry no
 * id Sipay could be asked about: they are always `confirmed: false`.
 */

export type Verification = 'secretToken' | 'ipAllowList' | 'none';

export interface BusinessGate {
	verification: Verification;
	secretToken: string;
	allowedIps: string[];
}

export interface GateRequest {
	query: IDataObject;
	headers: IDataObject;
	ip: string;
}

export const TOKEN_HEADER = 'x-sipay-webhook-token';

function sameSecret(given: string, expected: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export function admitted(gate: BusinessGate, request: GateRequest): string | undefined {
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

const JSON_TEXT_FIELDS = ['tx_additional_data_json', 'bank_response_json', 'tx_end_user_preview_json'];

export function parsedJsonFields(record: IDataObject): IDataObject {
	const parsed: IDataObject = {};
	for (const field of JSON_TEXT_FIELDS) {
		const value = record[field];
		if (typeof value !== 'string' || value.trim() === '') continue;
		try {
			parsed[field.replace(/_json$/, '')] = parseJsonKeepingBigIntegers(value) as IDataObject;
		} catch {
			parsed[field.replace(/_json$/, '')] = null;
		}
	}
	return parsed;
}

type Kind = 'bankTransfer' | 'topup' | 'topupFailed';

export interface BusinessClaim {
	kind: Kind;
	event: string;
	fields: Fields;
}

const PAYOUT_EVENTS: Record<string, string> = {
	'1': 'bankTransfer.completed',
	'2': 'bankTransfer.failed',
	'4': 'bankTransfer.failed',
	'5': 'bankTransfer.refunded',
};

/** Classification of business-api.md §10.5. */
export function readBusinessClaim(fields: Fields): BusinessClaim | Refusal {
	if (fields.request_withdraw_id !== undefined) {
		const event = PAYOUT_EVENTS[fields.after_process_status ?? ''];
		if (!event) return refuse('malformed', 'after_process_status is not a final payout status');
		if (!/^\d{1,20}$/.test(fields.request_withdraw_id) || !fields.ext_transaction_id) {
			return refuse('malformed', 'payout ids missing');
		}
		return { kind: 'bankTransfer', event, fields };
	}
	if (fields.result_message !== undefined && /^\d+$/.test(fields.result_code ?? '')) {
		return { kind: 'topupFailed', event: 'topup.failed', fields };
	}
	if (fields.transaction_status_id !== undefined || fields.result_code === 'Success') {
		if (!/^\d{1,20}$/.test(fields.id ?? '')) return refuse('malformed', 'top-up id missing');
		return { kind: 'topup', event: 'topup.succeeded', fields };
	}
	return refuse('malformed', 'not a Sipay Business webhook');
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

const money = (value: unknown) => {
	const cents = moneyCents(value);
	return cents === undefined ? null : centsToAmount(cents);
};

async function ask(context: SipayContext, path: string, body: IDataObject): Promise<unknown | Refusal> {
	try {
		return (await businessRequest.call(context, 0, { path, body })).payload;
	} catch (error) {
		const code = (error as { errorResponse?: { sipayCode?: unknown } }).errorResponse?.sipayCode;
		// 300: Sipay knows no such record (§3); anything else is no usable answer.
		if (String(code ?? '') === '300') return refuse('unverified', 'Sipay knows no such record');
		context.logger.warn(`Sipay Trigger: confirmation call failed: ${(error as Error).message}`);
		return refuse('unavailable', 'Sipay did not confirm the event (no usable answer)');
	}
}

const isRefused = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'refused' in value;

async function transactionRecord(context: SipayContext, filter: IDataObject, since?: unknown): Promise<IDataObject | Refusal> {
	const start = Date.parse(text(since));
	const payload = await ask(context, '/v1/TransactionData/SummaryRecordByFilter', {
		order_column: 'CreatedDateUtc',
		page_size: 10,
		page_index: 0,
		...filter,
		// Without dates only the last 3 days are searched (§9.3).
		...(Number.isFinite(start) ? { start_date: new Date(start - 86_400_000).toISOString(), end_date: new Date().toISOString() } : {}),
	});
	if (isRefused(payload)) return payload;
	const results = ((payload as IDataObject | null)?.results ?? []) as IDataObject[];
	return results[0] ?? refuse('unverified', 'Sipay lists no such transaction');
}

async function confirmPayout(context: SipayContext, claim: BusinessClaim): Promise<SipayEvent | Refusal> {
	const { fields } = claim;
	const payout = await ask(context, '/v1/TransactionData/GetRequestWithdrawByExtId', {
		ext_transaction_id: fields.ext_transaction_id,
	});
	if (isRefused(payout)) return payout;
	const request = (payout ?? {}) as IDataObject;
	if (text(request.id) !== fields.request_withdraw_id) return refuse('unverified', 'Sipay has another payout under this id');
	if (fields.amount !== undefined && !sameMoney(request.base_amount, fields.amount)) {
		return refuse('unverified', 'Sipay has another payout amount');
	}
	const status = text(request.process_level_status);
	let event = status === '1' ? 'bankTransfer.completed' : status === '2' || status === '3' ? 'bankTransfer.failed' : undefined;
	let record: IDataObject | undefined;
	if (event === 'bankTransfer.completed' && claim.event === 'bankTransfer.refunded') {
		const found = await transactionRecord(context, { ext_transaction_id: fields.ext_transaction_id }, request.created_date_utc);
		if (isRefused(found)) return found;
		record = found;
		// §9.3 process_level_status_id 60: refund completed.
		if (text(found.process_level_status_id) === '60') event = 'bankTransfer.refunded';
	}
	if (event !== claim.event) {
		return status === '0'
			? refuse('unavailable', 'Sipay has not finished this payout yet')
			: refuse('unverified', `Sipay says the payout is in status ${status}`);
	}
	return {
		event,
		keys: [eventKey('bankTransfer', text(request.id), event)],
		data: {
			event,
			confirmed: true,
			ext_transaction_id: text(request.ext_transaction_id),
			request_withdraw_id: text(request.id),
			amount: money(request.base_amount),
			currency: text(request.currency) || null,
			iban: text(request.iban),
			process_level_status: Number(status),
			confirmation: { ...request, ...parsedJsonFields(request), ...(record ? { transaction: record } : {}) },
		},
	};
}

async function confirmTopup(context: SipayContext, claim: BusinessClaim): Promise<SipayEvent | Refusal> {
	const { fields } = claim;
	const record = await transactionRecord(context, { id: fields.id }, fields.created_date_utc);
	if (isRefused(record)) return record;
	if (text(record.id) !== fields.id) return refuse('unverified', 'Sipay has another transaction under this id');
	if (text(record.result_code) !== 'Success') return refuse('unverified', 'Sipay says the top-up did not succeed');
	if (fields.amount !== undefined && !sameMoney(record.tx_base_amount, fields.amount)) {
		return refuse('unverified', 'Sipay has another top-up amount');
	}
	return {
		event: 'topup.succeeded',
		keys: [eventKey('topup', text(record.id))],
		data: {
			event: 'topup.succeeded',
			confirmed: true,
			transaction_id: text(record.id),
			amount: money(record.tx_base_amount),
			currency: text(record.currency_code) || null,
			wallet_number: text(record.to_wallet_number),
			confirmation: { ...record, ...parsedJsonFields(record) },
		},
	};
}

/** What stands when Sipay cannot be asked: the posted fields, labelled unconfirmed. */
export function unconfirmedBusinessEvent(claim: BusinessClaim, why: string): SipayEvent {
	const { fields } = claim;
	const id =
		claim.kind === 'bankTransfer'
			? [fields.request_withdraw_id, fields.after_process_status]
			: claim.kind === 'topup'
				? [fields.id]
				: [fields.tenant_id, fields.result_code, fields.description || fields.wallet_number, money(fields.amount) ?? fields.amount];
	return {
		event: claim.event,
		keys: [eventKey(claim.kind, ...id.map(text))],
		data: { event: claim.event, confirmed: false, unconfirmed_because: why },
	};
}

export async function confirmBusinessClaim(context: SipayContext, claim: BusinessClaim): Promise<SipayEvent | Refusal> {
	if (claim.kind === 'bankTransfer') return await confirmPayout(context, claim);
	if (claim.kind === 'topup') return await confirmTopup(context, claim);
	return unconfirmedBusinessEvent(claim, 'Sipay offers no look-up for failed top-ups');
}

