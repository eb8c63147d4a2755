import type { SipayOperation } from '../types';
import { requiredLocator } from '../../shared/params';
import { moneyFields, readMoneyRequest, sendMoney } from './money';
import { walletLocator } from './walletLocator';

/** The three wallet-to-wallet transfers (business-api.md §8.1, §8.2, §8.4) differ only in endpoint and receiver. */

interface WalletTransferSpec {
	value: string;
	name: string;
	action: string;
	description: string;
	path: string;
	receiverDescription: string;
	/** The receiver is a wallet of the same business: picked from its wallets. */
	receiverIsOwnWallet?: boolean;
}

export function walletTransfer(spec: WalletTransferSpec): SipayOperation {
	return {
		api: 'business',
		resource: 'transfer',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: `${spec.description} (POST ${spec.path})`,
		movesMoney: true,
		fields: moneyFields([
			spec.receiverIsOwnWallet
				? walletLocator({
						displayName: 'Receiver Wallet Number',
						name: 'receiverWalletNumber',
						description: spec.receiverDescription,
					})
				: {
						displayName: 'Receiver Wallet Number',
						name: 'receiverWalletNumber',
						type: 'string',
						required: true,
						default: '',
						description: spec.receiverDescription,
					},
		]),
		async execute(itemIndex) {
			const receiverWalletNumber = requiredLocator(this, 'receiverWalletNumber', itemIndex, 'Receiver Wallet Number', 'id');
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
