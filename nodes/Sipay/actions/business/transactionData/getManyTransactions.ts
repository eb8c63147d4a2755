import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import {
	ACCOUNT_TYPE_OPTIONS,
	assertDateOrder,
	booleanFilter,
	decimalRangeFilters,
	digitsFilter,
	filtersCollection,
	integerFilter,
	optionsFilter,
	readFilters,
	stringFilter,
	TENANT_ID_FILTER,
	textFilter,
	type FilterSpec,
} from '../filters';
import { dateValue } from '../inputs';
import { fetchList, limitField, listOptions, readListing, returnAllField } from '../listing';
import { amountText, numberOrNull, shapeOutput, text } from '../../../shared/output';

const PATH = '/v1/TransactionData/SummaryRecordByFilter';

/** business-api.md §9.3 request fields; the `…_Id` keys are spelled as documented. */
const FILTERS: FilterSpec[] = [
	digitsFilter('id', 'Transaction ID', 'transactionId', {
		description: 'Sipay transaction_id from a transfer or payout',
	}),
	textFilter('ext_transaction_id', 'External Transaction ID', 'extTransactionId', {
		description: 'The external transaction ID you sent with the transfer or payout',
	}),
	TENANT_ID_FILTER,
	digitsFilter('wallet_id', 'Wallet ID', 'walletId', {
		description: 'Internal ID of the sender wallet (the ID field of Wallet › Get), not its wallet number',
	}),
	digitsFilter('to_wallet_id', 'Receiver Wallet ID', 'toWalletId', { description: 'Internal ID of the receiver wallet' }),
	optionsFilter(
		'process_level_status_id',
		'Status',
		'status',
		[
			{ name: 'Cancelled', value: 40 },
			{ name: 'Completed', value: 20 },
			{ name: 'Pending', value: 10 },
			{ name: 'Refund Completed', value: 60 },
		],
		20,
	),
	integerFilter('transaction_type_code', 'Transaction Type Code', 'transactionTypeCode', {
		description: 'One transaction type code, e.g. 1004 for a bank top-up',
	}),
	stringFilter('integerList', 'transaction_type_code_list', 'Transaction Type Codes', 'transactionTypeCodeList', {
		placeholder: 'e.g. 1004, 2002',
		description: 'Several transaction type codes, separated by commas',
	}),
	stringFilter('currencyList', 'currency_code', 'Currencies', 'currencies', {
		placeholder: 'e.g. TRY, USD',
		description: 'Currency codes, separated by commas',
	}),
	textFilter('from_account_number', 'Sender Account Number', 'fromAccountNumber'),
	optionsFilter('from_account_type_Id', 'Sender Account Type', 'fromAccountType', ACCOUNT_TYPE_OPTIONS, 2),
	digitsFilter('from_account_Id', 'Sender Account ID', 'fromAccountId'),
	textFilter('from_wallet_number', 'Sender Wallet Number', 'fromWalletNumber'),
	optionsFilter('to_account_type_Id', 'Receiver Account Type', 'toAccountType', ACCOUNT_TYPE_OPTIONS, 1),
	digitsFilter('to_account_Id', 'Receiver Account ID', 'toAccountId'),
	textFilter('to_account_number', 'Receiver Account Number', 'toAccountNumber'),
	textFilter('to_wallet_number', 'Receiver Wallet Number', 'toWalletNumber'),
	textFilter('from_description', 'Sender Description', 'fromDescription'),
	textFilter('to_description', 'Receiver Description', 'toDescription'),
	...decimalRangeFilters('min_amount', 'max_amount', 'Amount'),
	textFilter('media_identifier', 'Card Media Identifier', 'mediaIdentifier', { placeholder: 'e.g. 519653axvdab1234' }),
	booleanFilter(
		'is_media_identifier_used',
		'Card Media Identifier Used',
		'isMediaIdentifierUsed',
		'Whether to list only transactions made with a card media identifier',
	),
	textFilter('provider_id', 'Provider ID', 'providerId', { placeholder: 'e.g. CardPackage' }),
	textFilter('channel_type', 'Channel Type', 'channelType', { placeholder: 'e.g. ATM' }),
	integerFilter('transaction_group', 'Transaction Group', 'transactionGroup'),
	booleanFilter('is_local', 'Local', 'isLocal', 'Whether to list only local transactions'),
];

export const getManyTransactions: SipayOperation = {
	api: 'business',
	resource: 'transactionData',
	reads: true,
	value: 'getManyTransactions',
	name: 'Get Many Transactions',
	action: 'Get many transactions',
	description: 'List wallet transactions, filtered and paged; failed payouts are not listed',
	fields: [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'Transactions from this date. Without start and end date Sipay lists only the last 3 days.',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'Transactions up to this date. Empty: now.',
		},
		returnAllField,
		limitField,
		filtersCollection(FILTERS),
		listOptions('Column to sort by: CreatedDateUtc (documented) or Id'),
	],
	async execute(itemIndex) {
		const range: IDataObject = {};
		for (const [name, key, label] of [
			['startDate', 'start_date', 'Start Date'],
			['endDate', 'end_date', 'End Date'],
		]) {
			const value = this.getNodeParameter(name, itemIndex, '') as unknown;
			if (value !== '' && value !== null && value !== undefined) range[key] = dateValue(this, value, itemIndex, label);
		}
		assertDateOrder(this, itemIndex, range, { start: 'Start Date', end: 'End Date' });
		const filters = readFilters(this, itemIndex, FILTERS);
		const listing = readListing(this, itemIndex);
		const records = await fetchList(this, itemIndex, PATH, { ...range, ...filters }, listing);
		return records.map((record) =>
			shapeOutput(
				'transaction',
				{
					transaction_id: text(record.id),
					ext_transaction_id: text(record.ext_transaction_id),
					type: text(record.transaction_type),
					status: text(record.transaction_status),
					amount: amountText(record.tx_base_amount),
					currency: text(record.currency_code),
					fee: numberOrNull(record.tx_additional_fee),
					from_wallet_number: text(record.from_wallet_number),
					to_wallet_number: text(record.to_wallet_number),
					created_at: text(record.created_date_utc),
				},
				record,
			),
		);
	},
};
