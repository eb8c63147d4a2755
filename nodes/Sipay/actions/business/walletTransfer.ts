import type { SipayOperation } from '../types';
import { requiredString } from '../../shared/params';
import { moneyFields, readMoneyRequest, sendMoney } from './money';

/** The three wallet-to-wallet transfers (business-api.md §8.1, §8.2, §8.4) differ only in endpoint and receiver. */

interface WalletTransferSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	path: string;
	receiverDescription: string;
}

export function walletTransfer(spec: WalletTransferSpec): SipayOperation {
	return {
		api: 'business',
		resource: 'transfer',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		movesMoney: true,
		fields: moneyFields([
			{
				displayName: 'Receiver Wallet Number',
				name: 'receiverWalletNumber',
				type: 'string',
				required: true,
				default: '',
				description: spec.receiverDescription,
			},
		]),
		async execute(itemIndex) {
			const receiverWalletNumber = requiredString(this, 'receiverWalletNumber', itemIndex, 'Receiver Wallet Number', 'id');
			const request = readMoneyRequest(this, itemIndex, { receiver_wallet_number: receiverWalletNumber });
			return await sendMoney(
				this,
				itemIndex,
				spec.path,
				request,
				`To find the transfer, use Transaction Data › Get Many Transactions with Filters › External Transaction ID "${request.extTransactionId}"`,
			);
		},
	};
}
