import { walletTransfer } from '../walletTransfer';

export const transferToPersonalWallet = walletTransfer({
	value: 'toPersonalWallet',
	name: 'To Personal Wallet',
	action: 'Transfer to a personal wallet',
	description: 'Send money from a business wallet to a personal user wallet',
	path: '/v1/Transaction/BusinessToPersonalTransfer',
	receiverDescription: 'The personal wallet to credit (Account › Check Personal Wallet finds it)',
});
