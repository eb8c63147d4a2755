import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../types';
import { assertDateOrder, filtersCollection, readFilters, type FilterSpec } from './filters';
import { dateValue } from './inputs';
import { fetchList, limitField, listOptions, readListing, returnAllField } from './listing';

const PATH = '/v1/TransactionData/SummaryRecordByFilter';

const ACCOUNT_TYPES = [
	{ name: 'Business', value: 2 },
	{ name: 'Personal', value: 1 },
];

/** business-api.md §9.3 request fields; the `…_Id` keys are spelled as documented. */
const FILTERS: FilterSpec[] = [
	{
		key: 'id',
		kind: 'digits',
		field: { displayName: 'Transaction ID', name: 'transactionId', type: 'string', default: '', description: 'Sipay transaction_id from a transfer or payout' },
	},
	{
		key: 'ext_transaction_id',
		kind: 'text',
		field: { displayName: 'External Transaction ID', name: 'extTransactionId', type: 'string', default: '', description: 'Your ext_transaction_id from the request' },
	},
	{
		key: 'tenant_id',
		kind: 'integerId',
		field: { displayName: 'Tenant ID', name: 'tenantId', type: 'string', default: '' },
	},
	{
		key: 'wallet_id',
		kind: 'digits',
		field: { displayName: 'Wallet ID', name: 'walletId', type: 'string', default: '', description: 'Internal ID of the sender wallet (the ID field of Wallet › Get), not its wallet number' },
	},
	{
		key: 'to_wallet_id',
		kind: 'digits',
		field: { displayName: 'Receiver Wallet ID', name: 'toWalletId', type: 'string', default: '', description: 'Internal ID of the receiver wallet' },
	},
	{
		key: 'process_level_status_id',
		kind: 'integer',
		field: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Cancelled', value: 40 },
				{ name: 'Completed', value: 20 },
				{ name: 'Pending', value: 10 },
				{ name: 'Refund Completed', value: 60 },
			],
			default: 20,
		},
	},
	{
		key: 'transaction_type_code',
		kind: 'integer',
		field: { displayName: 'Transaction Type Code', name: 'transactionTypeCode', type: 'number', default: 0, description: 'One transaction type code, e.g. 1004 for a bank top-up' },
	},
	{
		key: 'transaction_type_code_list',
		kind: 'integerList',
		field: { displayName: 'Transaction Type Codes', name: 'transactionTypeCodeList', type: 'string', default: '', placeholder: 'e.g. 1004, 2002', description: 'Several transaction type codes, separated by commas' },
	},
	{
		key: 'currency_code',
		kind: 'currencyList',
		field: { displayName: 'Currencies', name: 'currencies', type: 'string', default: '', placeholder: 'e.g. TRY, USD', description: 'Currency codes, separated by commas' },
	},
	{
		key: 'from_account_number',
		kind: 'text',
		field: { displayName: 'Sender Account Number', name: 'fromAccountNumber', type: 'string', default: '' },
	},
	{
		key: 'from_account_type_Id',
		kind: 'integer',
		field: { displayName: 'Sender Account Type', name: 'fromAccountType', type: 'options', options: ACCOUNT_TYPES, default: 2 },
	},
	{
		key: 'from_account_Id',
		kind: 'digits',
		field: { displayName: 'Sender Account ID', name: 'fromAccountId', type: 'string', default: '' },
	},
	{
		key: 'from_wallet_number',
		kind: 'text',
		field: { displayName: 'Sender Wallet Number', name: 'fromWalletNumber', type: 'string', default: '' },
	},
	{
		key: 'to_account_type_Id',
		kind: 'integer',
		field: { displayName: 'Receiver Account Type', name: 'toAccountType', type: 'options', options: ACCOUNT_TYPES, default: 1 },
	},
	{
		key: 'to_account_Id',
		kind: 'digits',
		field: { displayName: 'Receiver Account ID', name: 'toAccountId', type: 'string', default: '' },
	},
	{
		key: 'to_account_number',
		kind: 'text',
		field: { displayName: 'Receiver Account Number', name: 'toAccountNumber', type: 'string', default: '' },
	},
	{
		key: 'to_wallet_number',
		kind: 'text',
		field: { displayName: 'Receiver Wallet Number', name: 'toWalletNumber', type: 'string', default: '' },
	},
	{
		key: 'from_description',
		kind: 'text',
		field: { displayName: 'Sender Description', name: 'fromDescription', type: 'string', default: '' },
	},
	{
		key: 'to_description',
		kind: 'text',
		field: { displayName: 'Receiver Description', name: 'toDescription', type: 'string', default: '' },
	},
	{
		key: 'min_amount',
		kind: 'decimal',
		field: { displayName: 'Min Amount', name: 'minAmount', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'max_amount',
		kind: 'decimal',
		field: { displayName: 'Max Amount', name: 'maxAmount', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'media_identifier',
		kind: 'text',
		field: { displayName: 'Card Media Identifier', name: 'mediaIdentifier', type: 'string', default: '', placeholder: 'e.g. 519653axvdab1234' },
	},
	{
		key: 'is_media_identifier_used',
		kind: 'boolean',
		field: { displayName: 'Card Media Identifier Used', name: 'isMediaIdentifierUsed', type: 'boolean', default: true, description: 'Whether to list only transactions made with a card media identifier' },
	},
	{
		key: 'provider_id',
		kind: 'text',
		field: { displayName: 'Provider ID', name: 'providerId', type: 'string', default: '', placeholder: 'e.g. CardPackage' },
	},
	{
		key: 'channel_type',
		kind: 'text',
		field: { displayName: 'Channel Type', name: 'channelType', type: 'string', default: '', placeholder: 'e.g. ATM' },
	},
	{
		key: 'transaction_group',
		kind: 'integer',
		field: { displayName: 'Transaction Group', name: 'transactionGroup', type: 'number', default: 0 },
	},
	{
		key: 'is_local',
		kind: 'boolean',
		field: { displayName: 'Local', name: 'isLocal', type: 'boolean', default: true, description: 'Whether to list only local transactions' },
	},
];

export const getManyTransactions: SipayOperation = {
	api: 'business',
	resource: 'transactionData',
	value: 'getManyTransactions',
	name: 'Get Many Transactions',
	action: 'Get many transactions',
	description: `List wallet transactions, filtered and paged; failed payouts are not listed (POST ${PATH})`,
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
		return await fetchList(this, itemIndex, PATH, { ...range, ...filters }, listing);
	},
};
