import type { SipayOperation, SipayResource } from '../types';
import { checkPersonalWallet } from './checkPersonalWallet';
import { createWallet } from './createWallet';
import { getBusinessAccount } from './getBusinessAccount';
import { getManyPayouts } from './getManyPayouts';
import { getManyTransactions } from './getManyTransactions';
import { getManyWallets } from './getManyWallets';
import { getPaymentTypes } from './getPaymentTypes';
import { getPayout } from './getPayout';
import { getReceipt } from './getReceipt';
import { getWallet } from './getWallet';
import { sendToBankAccount } from './sendToBankAccount';
import { transferBetweenOwnWallets } from './transferBetweenOwnWallets';
import { transferToBusinessWallet } from './transferToBusinessWallet';
import { transferToPersonalWallet } from './transferToPersonalWallet';

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
