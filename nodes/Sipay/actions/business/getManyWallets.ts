import type { SipayOperation } from '../types';
import { assertDateOrder, filtersCollection, readFilters, type FilterSpec } from './filters';
import { fetchList, limitField, listOptions, readListing, returnAllField } from './listing';

const PATH = '/v1/Wallet/ListByFilter';

/** business-api.md §7.3 request fields. */
const FILTERS: FilterSpec[] = [
	{
		key: 'start_date',
		kind: 'date',
		field: { displayName: 'Created After', name: 'startDate', type: 'dateTime', default: '', description: 'Wallets created from this date' },
	},
	{
		key: 'end_date',
		kind: 'date',
		field: { displayName: 'Created Before', name: 'endDate', type: 'dateTime', default: '', description: 'Wallets created up to this date' },
	},
	{
		key: 'tenant_id',
		kind: 'integerId',
		field: { displayName: 'Tenant ID', name: 'tenantId', type: 'string', default: '' },
	},
	{
		key: 'account_type_id',
		kind: 'integer',
		field: {
			displayName: 'Account Type',
			name: 'accountType',
			type: 'options',
			options: [
				{ name: 'Business', value: 2 },
				{ name: 'Personal', value: 1 },
			],
			default: 2,
		},
	},
	{
		key: 'account_id',
		kind: 'digits',
		field: { displayName: 'Account ID', name: 'accountId', type: 'string', default: '', description: 'Internal ID of the owner account' },
	},
	{
		key: 'name',
		kind: 'text',
		field: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Wallet name' },
	},
	{
		key: 'account_number',
		kind: 'text',
		field: { displayName: 'Account Number', name: 'accountNumber', type: 'string', default: '' },
	},
	{
		key: 'currency_code',
		kind: 'currency',
		field: { displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. TRY' },
	},
	{
		key: 'kyc_level_code',
		kind: 'integer',
		field: { displayName: 'KYC Level Code', name: 'kycLevelCode', type: 'number', default: 0 },
	},
	{
		key: 'access_level_status_ids',
		kind: 'integerList',
		field: {
			displayName: 'Access Level Status IDs',
			name: 'accessLevelStatusIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. 1',
			description: 'Active/passive status IDs, separated by commas (1: active)',
		},
	},
	{
		key: 'is_deleted',
		kind: 'boolean',
		field: { displayName: 'Deleted', name: 'isDeleted', type: 'boolean', default: false, description: 'Whether to list deleted wallets instead of existing ones' },
	},
	{
		key: 'min',
		kind: 'decimal',
		field: { displayName: 'Min Balance', name: 'minBalance', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'max',
		kind: 'decimal',
		field: { displayName: 'Max Balance', name: 'maxBalance', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'wallet_number',
		kind: 'text',
		field: { displayName: 'Wallet Number', name: 'walletNumber', type: 'string', default: '' },
	},
	{
		key: 'first_name',
		kind: 'text',
		field: { displayName: 'Owner First Name', name: 'firstName', type: 'string', default: '' },
	},
	{
		key: 'last_name',
		kind: 'text',
		field: { displayName: 'Owner Last Name', name: 'lastName', type: 'string', default: '' },
	},
	{
		key: 'national_id',
		kind: 'digits',
		field: { displayName: 'Owner National ID', name: 'nationalId', type: 'string', default: '' },
	},
	{
		key: 'tax_number',
		kind: 'digits',
		field: { displayName: 'Owner Tax Number', name: 'taxNumber', type: 'string', default: '' },
	},
];

export const getManyWallets: SipayOperation = {
	api: 'business',
	resource: 'wallet',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many wallets',
	description: `List the wallets of your business account with balances, filtered and paged (POST ${PATH})`,
	fields: [returnAllField, limitField, filtersCollection(FILTERS), listOptions('Column to sort by, e.g. CreatedDateUtc or Id')],
	async execute(itemIndex) {
		const filters = readFilters(this, itemIndex, FILTERS);
		assertDateOrder(this, itemIndex, filters, { start: 'Filters › Created After', end: 'Filters › Created Before' });
		const listing = readListing(this, itemIndex);
		return await fetchList(this, itemIndex, PATH, filters, listing);
	},
};
