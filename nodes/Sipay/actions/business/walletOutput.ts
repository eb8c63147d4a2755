import type { IDataObject } from 'n8n-workflow';

import { numberOrNull, shapeOutput, text } from '../../shared/output';

/** A wallet (business-api.md §6) as an output item: number, name, currency and balance first. */
export function walletOutput(wallet: IDataObject): IDataObject {
	return shapeOutput(
		'wallet',
		{
			wallet_number: text(wallet.number ?? wallet.wallet_number),
			name: text(wallet.name),
			currency: text(wallet.currency_code),
			balance: numberOrNull(wallet.total_balance),
			status: text(wallet.access_level_status),
			iban: text(wallet.fast_iban ?? wallet.iban),
			account_number: text(wallet.account_number),
		},
		wallet,
	);
}
