import type { Route } from '../http';
import { ok, SipayError } from './envelope';
import { Fields } from './fields';
import { between, contains, dateBetween, eq, oneOf, where } from './filters';
import type { BusinessSim } from './index';
import { toAmount } from './money';
import { paginate, readPaging } from './paging';
import { receiptPdf } from './receipt';
import { transactionRecord, utc, withdrawRequest } from './render';
import type { BusinessState, TxRecord } from './state';

/** business-api.md §9 (Transaction Data) and §8.5 Get Payment Types. */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * §9.3 / §12.3: the last 3 days are listed by default (current docs; legacy said 1 day):
 * start_date defaults to end_date (or now) minus 3 days, end_date to now.
 */
const DEFAULT_WINDOW_MS = 3 * DAY_MS;

/**
 * §8.5: only `code` is documented; names and the description rule are the simulator's
 * (Turkish transfer purposes). Transfers do not read a payment type (its field name is unknown).
 */
const PAYMENT_TYPES = [
	{ code: '01', tr: 'Konut Kirası Ödemesi', en: 'Residential rent payment', descriptionMinLength: 10 },
	{ code: '02', tr: 'İş Yeri Kirası Ödemesi', en: 'Commercial rent payment', descriptionMinLength: 10 },
	{ code: '03', tr: 'Diğer Kira Ödemesi', en: 'Other rent payment', descriptionMinLength: 10 },
	{ code: '04', tr: 'E-Ticaret Ödemesi', en: 'E-commerce payment', descriptionMinLength: 0 },
	{ code: '05', tr: 'Çalışan Ödemesi', en: 'Employee payment', descriptionMinLength: 0 },
	{ code: '06', tr: 'Ticari Ödeme', en: 'Commercial payment', descriptionMinLength: 0 },
	{ code: '07', tr: 'Bireysel Ödeme', en: 'Personal payment', descriptionMinLength: 0 },
	{ code: '99', tr: 'Diğer', en: 'Other', descriptionMinLength: 5 },
];

function receiptLines(state: BusinessState, record: TxRecord): string[] {
	const payout = state.withdrawals.find((withdrawal) => withdrawal.record === record);
	const party = (wallet: TxRecord['from']) => (wallet ? `${state.ownerOf(wallet).name} / ${wallet.number}` : '-');
	const money = (minor: number) => `${toAmount(minor).toFixed(2)} ${record.currency}`;
	return [
		'SIPAY ELEKTRONIK PARA VE ODEME HIZMETLERI A.S. - DEKONT',
		'',
		`Islem No: ${record.id}`,
		`Islem Tarihi (UTC): ${utc(record.createdAt)}`,
		`Islem Tipi: ${record.type.id} ${record.type.name}`,
		`Gonderen: ${record.from ? party(record.from) : 'Banka transferi'}`,
		`Alici: ${payout ? `${payout.holderName} / ${payout.iban}` : party(record.to)}`,
		`Tutar: ${money(record.amount)}`,
		`Masraf: ${money(record.fee)}`,
		`Aciklama: ${record.description || '-'}`,
		`Referans (ext_transaction_id): ${record.extTransactionId ?? '-'}`,
	];
}

export function dataRoutes(sim: BusinessSim): Route[] {
	return [
		/**
		 * §9.3. order_column is required (legacy table), paging optional. Card, provider and ATM
		 * filters match nothing: the simulated business has no card or ATM transactions.
		 * transaction_group and is_local are accepted and ignored.
		 */
		sim.api('POST', '/v1/TransactionData/SummaryRecordByFilter', (body) => {
			const fields = new Fields(body);
			const paging = readPaging(fields, ['order_column']);
			const end = fields.date('end_date') ?? Date.now();
			const start = fields.date('start_date') ?? end - DEFAULT_WINDOW_MS;
			const cardFilter = ['media_identifier', 'provider_id', 'channel_type'].some((name) => fields.string(name) !== undefined);
			const tests = [
				dateBetween('created_date_utc', start, end),
				eq('id', fields.string('id')),
				eq('ext_transaction_id', fields.string('ext_transaction_id')),
				eq('tenant_id', fields.int('tenant_id')),
				eq('wallet_id', fields.string('wallet_id')),
				eq('to_wallet_id', fields.string('to_wallet_id')),
				eq('process_level_status_id', fields.int('process_level_status_id')),
				eq('transaction_type_id', fields.int('transaction_type_code')),
				oneOf('transaction_type_id', fields.intList('transaction_type_code_list')),
				oneOf('currency_code', fields.stringList('currency_code')),
				eq('from_account_number', fields.string('from_account_number')),
				eq('from_account_type_id', fields.int('from_account_type_Id')),
				eq('from_account_id', fields.string('from_account_Id')),
				eq('from_wallet_number', fields.string('from_wallet_number')),
				eq('to_account_type_id', fields.int('to_account_type_Id')),
				eq('to_account_id', fields.string('to_account_Id')),
				eq('to_account_number', fields.string('to_account_number')),
				eq('to_wallet_number', fields.string('to_wallet_number')),
				contains('from_description', fields.string('from_description')),
				contains('to_description', fields.string('to_description')),
				between('tx_base_amount', fields.number('min_amount'), fields.number('max_amount')),
			];
			fields.bool('is_media_identifier_used');
			fields.int('transaction_group');
			fields.bool('is_local');
			fields.done();
			const rows = cardFilter ? [] : sim.state.visibleRecords().map((record) => transactionRecord(sim.state, record));
			return ok(paginate(where(rows, tests), paging));
		}),
		/** §9.4: tenant_id, page_size and page_index required; is_completed = the bank has answered. */
		sim.api('POST', '/v1/TransactionData/GetRequestWithdrawListByFilter', (body) => {
			const fields = new Fields(body);
			const tenantId = fields.int('tenant_id', true);
			const paging = readPaging(fields, ['page_size', 'page_index']);
			const isCompleted = fields.bool('is_completed');
			const tests = [
				eq('tenant_id', tenantId),
				eq('process_level_status', fields.int('process_level_status_id')),
				eq('currency', fields.string('currency_code')),
				eq('account_number', fields.string('account_number')),
				eq('wallet_number', fields.string('wallet_number')),
				eq('ext_transaction_id', fields.string('ext_transaction_id')),
				between('base_amount', fields.number('begin_amount'), fields.number('end_amount')),
				dateBetween('created_date_utc', fields.date('start_date'), fields.date('end_date')),
				eq('iban', fields.string('iban')),
				eq('account_type', fields.int('account_type_id')),
				isCompleted === undefined ? undefined : (row: Record<string, unknown>) => (row.process_level_status !== 0) === isCompleted,
			];
			fields.done();
			const rows = sim.state.withdrawals.map((withdrawal) => withdrawRequest(sim.state, withdrawal));
			return ok(paginate(where(rows, tests), paging));
		}),
		/** §9.5: an unknown ext_transaction_id is 300 (not found). */
		sim.api('POST', '/v1/TransactionData/GetRequestWithdrawByExtId', (body) => {
			const fields = new Fields(body);
			const extTransactionId = fields.string('ext_transaction_id', true);
			fields.done();
			const withdrawal = sim.state.withdrawals.find((entry) => entry.record.extTransactionId === extTransactionId);
			if (!withdrawal) throw new SipayError('300', 'Para çekme talebi bulunamadı.');
			return ok(withdrawRequest(sim.state, withdrawal));
		}),
		/**
		 * §9.6: the response format is undocumented; payload is a base64 PDF (starts with JVBER).
		 * Transactions not listed by SummaryRecordByFilter (failed payouts) have no receipt: 300.
		 */
		sim.api('POST', '/v1/TransactionData/TransactionReceipt', (body) => {
			const fields = new Fields(body);
			const id = fields.string('id', true);
			fields.done();
			const record = sim.state.visibleRecords().find((entry) => entry.id === id);
			if (!record) throw new SipayError('300', 'İşlem bulunamadı.');
			return ok(receiptPdf(receiptLines(sim.state, record)).toString('base64'));
		}),
		/** §8.5: GET, names in English when the `locale` header is `en`, Turkish otherwise. */
		sim.api('GET', '/v1/Transaction/GetPaymentTypes', (_body, request) => {
			const english = String(request.headers.locale ?? '').toLowerCase().startsWith('en');
			return ok(
				PAYMENT_TYPES.map((type) => ({
					code: type.code,
					name: english ? type.en : type.tr,
					is_description_required: type.descriptionMinLength > 0,
					description_min_length: type.descriptionMinLength,
				})),
				'',
			);
		}),
	];
}
