import type { WebhookDelivery } from '../webhooks';
import { maskName } from './iban';
import type { BusinessSim } from './index';
import { toAmount, type Minor } from './money';
import { BANK_OUTCOMES, type PayoutOutcome } from './payouts';
import { transactionRecord } from './render';
import type { BusinessState, TxRecord, Withdrawal, WithdrawStatus } from './state';

/**
 * The three business webhooks (business-api.md §10), POSTed as JSON to the one registered URL
 * (§10.1). Sipay writes 19-digit ids as bare JSON numbers (§2.4), so each payload names the
 * keys whose digit strings go out unquoted.
 */

interface Outgoing {
	payload: Record<string, unknown>;
	bareNumbers: string[];
}

/** JSON text with the named keys' digit-string values written as numbers. */
export function withBareNumbers(payload: Record<string, unknown>, keys: string[]): string {
	return keys.reduce(
		(text, key) => text.replace(new RegExp(`"${key}":"(-?\\d+)"`, 'g'), `"${key}":$1`),
		JSON.stringify(payload),
	);
}

/** Sends to the registered URL; null when none is registered. */
export async function deliver(sim: BusinessSim, outgoing: Outgoing): Promise<WebhookDelivery | null> {
	const url = sim.state.webhookUrl;
	if (!url) return null;
	return await sim.webhooks.send(url, outgoing.payload, 'json', withBareNumbers(outgoing.payload, outgoing.bareNumbers));
}

/** §10.2 Bank Transfer Webhook; transaction_id is 0 when the money did not reach the bank account. */
export function bankTransferWebhook(
	state: BusinessState,
	withdrawal: Withdrawal,
	before: WithdrawStatus,
	outcome: PayoutOutcome,
): Outgoing {
	const rule = BANK_OUTCOMES[outcome];
	const paid = outcome === 'completed' || outcome === 'refunded';
	const { record, wallet } = withdrawal;
	return {
		payload: {
			tenant_id: state.tenantId,
			amount: toAmount(record.amount),
			currency_code: record.currency,
			ext_transaction_id: record.extTransactionId,
			request_withdraw_id: withdrawal.id,
			transaction_id: paid ? record.id : '0',
			account_type_id: state.ownerOf(wallet).typeId,
			account_number: wallet.accountNumber,
			wallet_number: wallet.number,
			before_process_status: before,
			after_process_status: rule.after,
			money_transfer_state: 0,
			money_transfer_type: 3,
			to_iban: withdrawal.iban,
			response_status: rule.responseStatus,
			response_code: rule.responseCode,
			response_message: rule.responseMessage,
			transaction_type: 'A01',
			to_name: maskName(withdrawal.holderName),
			reason: rule.reason,
		},
		bareNumbers: ['tenant_id', 'request_withdraw_id', 'transaction_id'],
	};
}

/** §10.3 Top-up Webhook: the transaction record plus `amount`. */
export function topupWebhook(state: BusinessState, record: TxRecord): Outgoing {
	return {
		payload: { ...transactionRecord(state, record), amount: toAmount(record.amount) },
		bareNumbers: [
			'id',
			'tenant_id',
			'tx_group_correlation_id',
			'tx_ref_correlation_id',
			'wallet_id',
			'to_wallet_id',
			'from_account_id',
			'to_account_id',
		],
	};
}

export type FailedTopupCode = '300' | '310' | '360' | '361';

/** §10.4 Failed Top-Up Webhook; wallet_number is empty when no wallet matched (300). */
export function failedTopupWebhook(
	state: BusinessState,
	failure: { code: FailedTopupCode; message: string; walletNumber: string; description: string; amount: Minor; currency: string },
): Outgoing {
	return {
		payload: {
			tenant_id: state.tenantId,
			result_code: failure.code,
			result_message: failure.message,
			wallet_number: failure.code === '300' ? '' : failure.walletNumber,
			description: failure.description,
			amount: toAmount(failure.amount),
			currency_code: failure.currency,
		},
		bareNumbers: ['tenant_id'],
	};
}
