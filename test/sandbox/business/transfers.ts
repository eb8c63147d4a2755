import type { Route } from '../http';
import { ok, SipayError } from './envelope';
import { Fields } from './fields';
import type { BusinessSim } from './index';
import { toAmount, type Minor } from './money';
import { walletObject } from './render';
import { TRANSACTION_TYPES, type BusinessState, type Wallet } from './state';

/**
 * business-api.md §8.1, §8.2, §8.4: wallet-to-wallet transfers. Checks run in this order:
 * fields (400), ext_transaction_id unused (301), sender ≠ receiver (303), sender wallet of the
 * token's business named by sender_account_number (300), receiver of the right kind (300),
 * currency_code equal to both wallets' currency (300), balance (311). A rejected call moves
 * nothing and does not use up its ext_transaction_id.
 */

type TransferKind = 'b2p' | 'b2b' | 'virement';

export interface MoneyRequest {
	senderAccountNumber: string;
	senderWalletNumber: string;
	amount: Minor;
	currency: string;
	extTransactionId: string;
	description: string;
}

/** The fields every money-moving call shares (§8 intro); hash_key is accepted and ignored. */
export function readMoneyFields(fields: Fields): MoneyRequest {
	const request = {
		senderAccountNumber: fields.string('sender_account_number', true)!,
		senderWalletNumber: fields.string('sender_wallet_number', true)!,
		amount: fields.amount('amount', true)!,
		currency: fields.string('currency_code', true)!,
		extTransactionId: fields.string('ext_transaction_id', true)!,
		description: fields.string('description') ?? '',
	};
	fields.string('hash_key');
	return request;
}

/** The debited wallet: the token's business, named by sender_account_number, in currency_code (300). */
export function senderWallet(state: BusinessState, request: MoneyRequest): Wallet {
	const wallet = state.ownWallet(request.senderAccountNumber, request.senderWalletNumber);
	assertCurrency(wallet, request.currency);
	return wallet;
}

function assertCurrency(wallet: Wallet, currency: string): void {
	if (wallet.currency !== currency) {
		throw new SipayError('300', `Cüzdan bulunamadı: ${wallet.number} numaralı cüzdan ${currency} cüzdanı değil.`);
	}
}

/** B2P: a personal user's wallet; B2B: another business's; virement: one of the business's own. */
function receiverWallet(state: BusinessState, kind: TransferKind, number: string): Wallet {
	const wallet = state.wallets.get(number);
	const owner = wallet && state.ownerOf(wallet);
	const fits =
		owner !== undefined &&
		(kind === 'b2p' ? owner.typeId === 1 : kind === 'b2b' ? owner.typeId === 2 && !owner.own : owner.own);
	if (!wallet || !fits) throw new SipayError('300');
	return wallet;
}

function transfer(sim: BusinessSim, kind: TransferKind, body: Record<string, unknown>) {
	const fields = new Fields(body);
	const request = readMoneyFields(fields);
	const receiverNumber = fields.string('receiver_wallet_number', true)!;
	fields.done();
	const { state } = sim;
	state.assertNewExtId(request.extTransactionId);
	if (request.senderWalletNumber === receiverNumber) throw new SipayError('303');
	const from = senderWallet(state, request);
	const to = receiverWallet(state, kind, receiverNumber);
	assertCurrency(to, request.currency);
	const split = state.debit(from, request.amount);
	state.credit(to, { payment: request.amount, cash: 0 });
	const receiver = state.ownerOf(to);
	const record = state.addRecord({
		type: TRANSACTION_TYPES[kind],
		from,
		to,
		amount: request.amount,
		fee: 0,
		currency: request.currency,
		extTransactionId: request.extTransactionId,
		description: request.description,
		additionalData: {
			Message: {
				SenderAccountNumber: request.senderAccountNumber,
				SenderWalletNumber: from.number,
				ReceiverAccountNumber: receiver.accountNumber,
				ReceiverWalletNumber: to.number,
			},
		},
		processLevel: 20,
	});
	const payload: Record<string, unknown> = {
		transaction_id: record.id,
		transaction_amount: toAmount(request.amount),
		receiver_first_name: kind === 'virement' ? '' : receiver.firstName,
		receiver_last_name: kind === 'virement' ? '' : receiver.lastName,
		receiver_account_number: receiver.accountNumber,
		receiver_wallet_number: to.number,
		sender_wallet_info: walletObject(state, from),
	};
	if (kind === 'b2b') {
		payload.payment_balance_movement = toAmount(split.payment);
		payload.cash_balance_movement = toAmount(split.cash);
	}
	return ok(payload);
}

export function transferRoutes(sim: BusinessSim): Route[] {
	const route = (path: string, kind: TransferKind) => sim.api('POST', path, (body) => transfer(sim, kind, body));
	return [
		route('/v1/Transaction/BusinessToPersonalTransfer', 'b2p'),
		route('/v1/Transaction/BusinessToBusinessTransfer', 'b2b'),
		route('/v1/Transaction/TransferToVirement', 'virement'),
	];
}
