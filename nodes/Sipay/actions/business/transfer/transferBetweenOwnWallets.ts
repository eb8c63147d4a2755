import { walletTransfer } from '../walletTransfer';

export const transferBetweenOwnWallets = walletTransfer({
	value: 'betweenOwnWallets',
	name: 'Between Own Wallets',
	action: 'Transfer between own wallets',
	description: 'Move money between two wallets of your business account (virement)',
	path: '/v1/Transaction/TransferToVirement',
	receiverDescription: 'Another wallet of your business account to credit; it must differ from the sender wallet',
	receiverIsOwnWallet: true,
});
