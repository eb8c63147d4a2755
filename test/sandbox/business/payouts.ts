import type { Route } from '../http';
import { ok, SipayError } from './envelope';
import { Fields } from './fields';
import { isValidTrIban, normalizeName } from './iban';
import type { BusinessSim } from './index';
import { toAmount } from './money';
import { walletObject } from './render';
import { TRANSACTION_TYPES, type BusinessState, type ProcessLevel, type Withdrawal, type WithdrawStatus } from './state';
import { readMoneyFields, senderWallet } from './transfers';

/**
 * business-api.md §8.3 Send Money To Bank Account and the bank's later answer (§9.2, §10.2).
 * Checks: fields (400), ext_transaction_id unused (301), sender wallet (300), recipient
 * verified against the bank records (503, three variants), balance for amount + fee (311).
 * The wallet is debited at once; the request stays pending (0) until the bank answers.
 */

/** §8.3 lists three 503 "NotVerified" answers; these are the simulator's three causes. */
const NOT_VERIFIED = {
	iban: 'Alıcı IBAN bilgisi geçersiz.',
	name: 'Alıcı adı soyadı / unvanı IBAN sahibi ile eşleşmiyor.',
	identity: 'Alıcı TCKN / VKN bilgisi IBAN sahibi ile eşleşmiyor.',
};

function verifyRecipient(state: BusinessState, iban: string, holderName: string, nationalIdOrTaxNo: string): void {
	if (!isValidTrIban(iban)) throw new SipayError('503', NOT_VERIFIED.iban);
	const record = state.ibans.find((entry) => entry.iban === iban);
	if (!record || normalizeName(record.holderName) !== normalizeName(holderName)) {
		throw new SipayError('503', NOT_VERIFIED.name);
	}
	if (record.nationalIdOrTaxNo !== nationalIdOrTaxNo) throw new SipayError('503', NOT_VERIFIED.identity);
}

export type PayoutOutcome = 'completed' | 'rejected' | 'failed' | 'refunded';

interface BankOutcome {
	/** The withdraw status this answer applies to. */
	from: WithdrawStatus;
	status: WithdrawStatus;
	after: number;
	processLevel: ProcessLevel;
	responseStatus: number;
	responseCode: string;
	responseMessage: string;
	reason: string;
}

/**
 * How each bank answer moves a payout: withdraw `process_level_status` (§9.2), the webhook's
 * `after_process_status` (§10.2), the transaction record's `process_level_status_id` (§9.3)
 * and the bank's response. A refund after success keeps the request completed (it was paid)
 * and marks the transaction record refunded (60).
 */
export const BANK_OUTCOMES: Record<PayoutOutcome, BankOutcome> = {
	completed: {
		from: 0,
		status: 1,
		after: 1,
		processLevel: 20,
		responseStatus: 2,
		responseCode: '00',
		responseMessage: 'İşlem başarıyla gerçekleştirilmiştir.',
		reason: 'Basarili',
	},
	rejected: {
		from: 0,
		status: 2,
		after: 2,
		processLevel: 40,
		responseStatus: 3,
		responseCode: '05',
		responseMessage: 'Alıcı hesap bilgileri hatalı, işlem reddedildi.',
		reason: 'Reddedildi',
	},
	failed: {
		from: 0,
		status: 3,
		after: 4,
		processLevel: 40,
		responseStatus: 3,
		responseCode: '91',
		responseMessage: 'Alıcı bankaya ulaşılamadı.',
		reason: 'Basarisiz',
	},
	refunded: {
		from: 1,
		status: 1,
		after: 5,
		processLevel: 60,
		responseStatus: 2,
		responseCode: '00',
		responseMessage: 'Havale alıcı banka tarafından iade edilmiştir.',
		reason: 'Iade',
	},
};

export class PayoutStateError extends Error {}

/** Applies the bank's answer; money comes back (amount + fee) unless the payout completed. */
export function settlePayout(
	state: BusinessState,
	withdrawal: Withdrawal,
	outcome: PayoutOutcome,
): { before: WithdrawStatus } {
	const rule = BANK_OUTCOMES[outcome];
	const before = withdrawal.status;
	if (before !== rule.from || withdrawal.refunded) {
		const current = `${before}${withdrawal.refunded ? ' (refunded)' : ''}`;
		throw new PayoutStateError(
			`payout ${withdrawal.record.extTransactionId} has process_level_status ${current}; '${outcome}' needs ${rule.from}`,
		);
	}
	const now = Date.now();
	withdrawal.status = rule.status;
	withdrawal.bankResponse = { ResponseCode: rule.responseCode, ResponseMessage: rule.responseMessage, Reason: rule.reason };
	withdrawal.record.processLevel = rule.processLevel;
	withdrawal.record.updatedAt = now;
	if (outcome === 'completed') withdrawal.record.completedAt = now;
	if (outcome !== 'completed') state.credit(withdrawal.wallet, withdrawal.debit);
	if (outcome === 'refunded') withdrawal.refunded = true;
	return { before };
}

export function payoutRoutes(sim: BusinessSim): Route[] {
	return [
		sim.api('POST', '/v1/Transaction/SendMoneyToBankAccount', (body) => {
			const fields = new Fields(body);
			const request = readMoneyFields(fields);
			const holderName = fields.string('receiver_account_holder_name', true)!;
			const iban = fields.string('receiver_iban', true)!;
			const nationalIdOrTaxNo = fields.string('receiver_national_id_or_tax_no', true)!;
			fields.done();
			const { state } = sim;
			state.assertNewExtId(request.extTransactionId);
			const wallet = senderWallet(state, request);
			verifyRecipient(state, iban, holderName, nationalIdOrTaxNo);
			const previous = state.balance(wallet);
			const debit = state.debit(wallet, request.amount + state.payoutFee);
			const record = state.addRecord({
				type: TRANSACTION_TYPES.payout,
				from: wallet,
				to: null,
				amount: request.amount,
				fee: state.payoutFee,
				currency: request.currency,
				extTransactionId: request.extTransactionId,
				description: request.description,
				additionalData: {
					Message: {
						SenderAccountNumber: request.senderAccountNumber,
						SenderWalletNumber: wallet.number,
						ReceiverIban: iban,
						ReceiverName: holderName,
					},
				},
				processLevel: 10,
			});
			const withdrawal: Withdrawal = {
				id: state.nextId(),
				record,
				wallet,
				holderName,
				iban,
				nationalIdOrTaxNo,
				debit,
				status: 0,
				refunded: false,
				bankResponse: null,
			};
			state.withdrawals.push(withdrawal);
			return ok({
				transaction_id: record.id,
				ext_transaction_id: request.extTransactionId,
				transaction_amount: toAmount(request.amount),
				transaction_fee_amount: toAmount(state.payoutFee),
				previous_amount: toAmount(previous),
				request_id: withdrawal.id,
				wallet_info: walletObject(state, wallet),
			});
		}),
	];
}
