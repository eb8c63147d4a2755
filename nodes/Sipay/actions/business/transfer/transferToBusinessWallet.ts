import { walletTransfer } from '../walletTransfer';

export const transferToBusinessWallet = walletTransfer({
	value: 'toBusinessWallet',
	name: 'To Business Wallet',
	action: 'Transfer to another business wallet',
	description: 'Send money from a business wallet to another business wallet',
	path: '/v1/Transaction/BusinessToBusinessTransfer',
	receiverDescription: 'The wallet of the other business to credit',
});
