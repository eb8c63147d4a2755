import type { SipayOperation } from '../types';
import { requiredLocator } from '../../shared/params';
import { moneyFields, readMoneyRequest, sendMoney } from './money';
import { walletLocator } from './walletLocator';
import { shapeOutput, text } from '../../shared/output';

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
		description: spec.description,
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
			const answer = await sendMoney(
				this,
				itemIndex,
				spec.path,
				request,
				`To find the transfer, use Transaction Data › Get Many Transactions with Filters › External Transaction ID "${request.extTransactionId}"`,
			);
			const receiverName = [answer.receiver_first_name, answer.receiver_last_name].filter((part) => text(part) !== null).join(' ');
			return shapeOutput(
				'transfer',
				{
					status: 'completed',
					ext_transaction_id: request.extTransactionId,
					transaction_id: text(answer.transaction_id),
					amount: request.amount,
					currency: request.body.currency_code,
					sender_wallet_number: request.body.sender_wallet_number,
					receiver_wallet_number: text(answer.receiver_wallet_number) ?? receiverWalletNumber,
					receiver_name: receiverName || null,
				},
				answer,
			);
		},
	};
}
