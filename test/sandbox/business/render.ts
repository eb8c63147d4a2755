import { bankName } from './iban';
import { toAmount } from './money';
import type { Account, BusinessState, TxRecord, Wallet, Withdrawal } from './state';

/** The shared response objects of business-api.md §11, each rendered in one place. */

export const utc = (ms: number): string => new Date(ms).toISOString();

const utcOrNull = (ms: number | null): string | null => (ms === null ? null : utc(ms));

/** `kyc_level_id` of a contracted business (§3). */
export const CONTRACTED_KYC_LEVEL = 40;

/** Limits shown on every wallet; the simulator does not enforce them. */
export const TRANSACTION_LIMITS = {
	max_balance: 10_000_000,
	topup_credit_limit: 1_000_000,
	topup_cash_limit: 1_000_000,
	withdrawal_limit: 1_000_000,
	payment_limit: 1_000_000,
	wallet_to_wallet_limit: 1_000_000,
};

function kycInfo(account: Account): Record<string, unknown> {
	return {
		first_name: account.firstName,
		last_name: account.lastName,
		birth_year: null,
		kyc_level: account.typeId === 2 ? 'Contracted' : 'Verified',
		kyc_level_status: 'Approved',
		national_id: account.nationalId,
		sector_id: null,
		mother_name: null,
		father_name: null,
	};
}

/** Money in and out of the wallet this calendar month (UTC), pending payouts included. */
function monthlyTotals(state: BusinessState, wallet: Wallet): { incoming: number; outgoing: number } {
	const now = new Date();
	const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
	let incoming = 0;
	let outgoing = 0;
	for (const record of state.records) {
		if (record.createdAt < monthStart || (record.processLevel !== 10 && record.processLevel !== 20)) continue;
		if (record.to === wallet) incoming += record.amount;
		if (record.from === wallet) outgoing += record.amount + record.fee;
	}
	return { incoming: toAmount(incoming), outgoing: toAmount(outgoing) };
}

/** §11.1 Wallet object. */
export function walletObject(state: BusinessState, wallet: Wallet): Record<string, unknown> {
	const owner = state.ownerOf(wallet);
	const monthly = monthlyTotals(state, wallet);
	return {
		id: wallet.id,
		tenant_id: state.tenantId,
		name: wallet.name,
		account_number: wallet.accountNumber,
		account_type: owner.typeId === 2 ? 'Business' : 'Personal',
		created_date_utc: utc(wallet.createdAt),
		number: wallet.number,
		fast_iban: wallet.fastIban,
		phone_country_code: owner.phoneCountryCode,
		phone_number: owner.phoneNumber,
		email: owner.email,
		total_balance: toAmount(state.balance(wallet)),
		monthly_incoming_total: monthly.incoming,
		monthly_outgoing_total: monthly.outgoing,
		access_level_status_id: 1,
		access_level_status: 'Active',
		payment_balance: { available: toAmount(wallet.payment), unavailable: 0 },
		cash_balance: { available: toAmount(wallet.cash), unavailable: 0 },
		transaction_limits: TRANSACTION_LIMITS,
		kyc_level_status: 'Approved',
		currency_code: wallet.currency,
		user_kyc_info: kycInfo(owner),
		is_topup_default: wallet.isTopupDefault,
		tax_number: owner.taxNumber,
		loyalty_record_required: false,
	};
}

/** §11.3 Transaction record (SummaryRecordByFilter results, top-up webhook body). */
export function transactionRecord(state: BusinessState, record: TxRecord): Record<string, unknown> {
	const fromOwner = record.from ? state.ownerOf(record.from) : null;
	const toOwner = record.to ? state.ownerOf(record.to) : null;
	const payout = state.withdrawals.find((withdrawal) => withdrawal.record === record);
	const done = record.completedAt !== null;
	return {
		id: record.id,
		tenant_id: state.tenantId,
		tx_group_correlation_id: '0',
		tx_ref_correlation_id: '0',
		wallet_id: (record.from ?? record.to)!.id,
		transaction_type_id: record.type.id,
		transaction_type: record.type.name,
		transaction_status_id: 20,
		transaction_status: 'NormalCompleted',
		result_code: 'Success',
		process_level_status_id: record.processLevel,
		tx_additional_data_json: JSON.stringify(record.additionalData),
		created_date_utc: utc(record.createdAt),
		updated_date_utc: utc(record.updatedAt),
		completed_date_utc: utcOrNull(record.completedAt),
		financial_process_completed_date_utc: utcOrNull(record.completedAt),
		is_financial_process_completed: done,
		to_wallet_id: record.to?.id ?? null,
		tx_base_amount: toAmount(record.amount),
		tx_additional_fee: toAmount(record.fee),
		tx_amount_with_additional_fee: toAmount(record.amount + record.fee),
		currency_code: record.currency,
		tx_end_user_preview_json: JSON.stringify({
			Amount: toAmount(record.amount),
			CurrencyCode: record.currency,
			Description: record.description,
		}),
		tx_pre_financial_acquired_record_json: null,
		tx_financial_acquired_record_json: null,
		from_description: record.description,
		to_description: payout ? payout.holderName : record.description,
		tx_description: record.description,
		kyc_level_id: CONTRACTED_KYC_LEVEL,
		from_account_type_id: fromOwner?.typeId ?? null,
		from_account_id: fromOwner?.id ?? null,
		from_wallet_number: record.from?.number ?? null,
		from_account_number: fromOwner?.accountNumber ?? null,
		to_account_number: toOwner?.accountNumber ?? null,
		to_account_type_id: toOwner?.typeId ?? null,
		to_account_id: toOwner?.id ?? null,
		to_wallet_number: record.to?.number ?? null,
		is_need_settlement: false,
		settlement_day: 0,
		ext_transaction_id: record.extTransactionId,
		from_user_kyc_info: fromOwner?.typeId === 1 ? kycInfo(fromOwner) : null,
		to_user_kyc_info: toOwner?.typeId === 1 ? kycInfo(toOwner) : null,
	};
}

/** §11.2 Withdraw request object (payout to a bank account). */
export function withdrawRequest(state: BusinessState, withdrawal: Withdrawal): Record<string, unknown> {
	const owner = state.ownerOf(withdrawal.wallet);
	return {
		id: withdrawal.id,
		tenant_id: state.tenantId,
		wallet_id: withdrawal.wallet.id,
		wallet_number: withdrawal.wallet.number,
		tx_correlation_id: withdrawal.record.id,
		ext_transaction_id: withdrawal.record.extTransactionId,
		account_type: owner.typeId,
		account_id: owner.id,
		account_number: owner.accountNumber,
		bank_id: null,
		bank_name: bankName(withdrawal.iban),
		account_saved_bank_id: null,
		is_account_owner_bank: false,
		name: null,
		account_holder_name: withdrawal.holderName,
		iban: withdrawal.iban,
		bank_account_no: null,
		swift_code: null,
		branch_code: null,
		base_amount: toAmount(withdrawal.record.amount),
		currency: withdrawal.wallet.currency,
		description: withdrawal.record.description,
		access_level_status: 1,
		process_level_status: withdrawal.status,
		receiver_national_id: withdrawal.nationalIdOrTaxNo,
		bank_response_json: withdrawal.bankResponse ? JSON.stringify(withdrawal.bankResponse) : null,
		created_date_utc: utc(withdrawal.record.createdAt),
		updated_date_utc: utc(withdrawal.record.updatedAt),
	};
}
