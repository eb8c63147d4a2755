import type { IDataObject } from 'n8n-workflow';

/** Withdraw request `process_level_status` (business-api.md §9.2, §11.2). */
export const PAYOUT_STATUS_NAMES: Record<string, string> = {
	'0': 'pending',
	'1': 'completed',
	'2': 'rejected',
	'3': 'failed',
};

/** The withdraw request with its status also in words. */
export function withPayoutStatusName(withdraw: IDataObject): IDataObject {
	const status = withdraw.process_level_status;
	const name = status === undefined || status === null ? undefined : PAYOUT_STATUS_NAMES[String(status)];
	return { ...withdraw, process_level_status_name: name ?? null };
}
