import type { IDataObject } from 'n8n-workflow';
import { amountText, shapeOutput, text } from '../../shared/output';

/** Withdraw request `process_level_status` (business-api.md §9.2, §11.2). */
export const PAYOUT_STATUS_NAMES: Record<string, string> = {
	'0': 'pending',
	'1': 'completed',
	'2': 'rejected',
	'3': 'failed',
};

/** A withdraw request as an output item: its status in words, the amount and the receiver first. */
export function payoutOutput(withdraw: IDataObject): IDataObject {
	const status = withdraw.process_level_status;
	const name = status === undefined || status === null ? undefined : PAYOUT_STATUS_NAMES[String(status)];
	return shapeOutput(
		'payout',
		{
			status: name ?? null,
			ext_transaction_id: text(withdraw.ext_transaction_id),
			amount: amountText(withdraw.base_amount ?? withdraw.amount),
			currency: text(withdraw.currency ?? withdraw.currency_code),
			receiver_iban: text(withdraw.iban),
			receiver_name: text(withdraw.account_holder_name ?? withdraw.name),
			wallet_number: text(withdraw.wallet_number),
			created_at: text(withdraw.created_date_utc),
		},
		withdraw,
	);
}
