import type { SipayOperation, SipayResource } from '../types';
import { checkPersonalWallet } from './account/checkPersonalWallet';
import { createWallet } from './wallet/createWallet';
import { getBusinessAccount } from './account/getBusinessAccount';
import { getManyPayouts } from './payout/getManyPayouts';
import { getManyTransactions } from './transactionData/getManyTransactions';
import { getManyWallets } from './wallet/getManyWallets';
import { getPaymentTypes } from './transfer/getPaymentTypes';
import { getPayout } from './payout/getPayout';
import { getReceipt } from './transactionData/getReceipt';
import { getWallet } from './wallet/getWallet';
import { sendToBankAccount } from './payout/sendToBankAccount';
import { transferBetweenOwnWallets } from './transfer/transferBetweenOwnWallets';
import { transferToBusinessWallet } from './transfer/transferToBusinessWallet';
import { transferToPersonalWallet } from './transfer/transferToPersonalWallet';

/** Business API resources and operations, in the order the editor lists them (alphabetical). */

export const BUSINESS_RESOURCES: SipayResource[] = [
	{ api: 'business', value: 'account', name: 'Account', description: 'The business account and personal wallet look-ups' },
	{ api: 'business', value: 'payout', name: 'Bank Payout', description: 'Payouts from a wallet to a bank account and their state' },
	{ api: 'business', value: 'transactionData', name: 'Transaction Data', description: 'Transaction history and receipts' },
	{ api: 'business', value: 'transfer', name: 'Transfer', description: 'Wallet-to-wallet transfers' },
	{ api: 'business', value: 'wallet', name: 'Wallet', description: 'Your business wallets and their balances' },
];

export const BUSINESS_OPERATIONS: SipayOperation[] = [
	checkPersonalWallet,
	getBusinessAccount,
	getManyPayouts,
	getPayout,
	sendToBankAccount,
	getManyTransactions,
	getReceipt,
	transferBetweenOwnWallets,
	getPaymentTypes,
	transferToBusinessWallet,
	transferToPersonalWallet,
	createWallet,
	getWallet,
	getManyWallets,
];
