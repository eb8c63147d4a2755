import type { SipayOperation } from '../../types';
import {
	ACCOUNT_NUMBER_FILTER,
	ACCOUNT_TYPE_FILTER,
	assertDateOrder,
	createdBetweenFilters,
	CURRENCY_FILTER,
	decimalRangeFilters,
	digitsFilter,
	filtersCollection,
	integerFilter,
	readFilters,
	stringFilter,
	TENANT_ID_FILTER,
	textFilter,
	WALLET_NUMBER_FILTER,
	type FilterSpec,
} from '../filters';
import { fetchList, limitField, listOptions, readListing, returnAllField } from '../listing';
import { walletOutput } from '../walletOutput';

const PATH = '/v1/Wallet/ListByFilter';

/** business-api.md §7.3 request fields. */
const FILTERS: FilterSpec[] = [
	...createdBetweenFilters('Wallets', 'Created After', 'Created Before'),
	TENANT_ID_FILTER,
	ACCOUNT_TYPE_FILTER,
	digitsFilter('account_id', 'Account ID', 'accountId', { description: 'Internal ID of the owner account' }),
	textFilter('name', 'Name', 'name', { description: 'Wallet name' }),
	ACCOUNT_NUMBER_FILTER,
	CURRENCY_FILTER,
	integerFilter('kyc_level_code', 'KYC Level Code', 'kycLevelCode'),
	stringFilter('integerList', 'access_level_status_ids', 'Access Level Status IDs', 'accessLevelStatusIds', {
		placeholder: 'e.g. 1',
		description: 'Active/passive status IDs, separated by commas (1: active)',
	}),
	{
		key: 'is_deleted',
		kind: 'boolean',
		field: { displayName: 'Deleted', name: 'isDeleted', type: 'boolean', default: false, description: 'Whether to list deleted wallets instead of existing ones' },
	},
	...decimalRangeFilters('min', 'max', 'Balance'),
	WALLET_NUMBER_FILTER,
	textFilter('first_name', 'Owner First Name', 'firstName'),
	textFilter('last_name', 'Owner Last Name', 'lastName'),
	digitsFilter('national_id', 'Owner National ID', 'nationalId'),
	digitsFilter('tax_number', 'Owner Tax Number', 'taxNumber'),
];

export const getManyWallets: SipayOperation = {
	api: 'business',
	resource: 'wallet',
	reads: true,
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many wallets',
	description: 'List the wallets of your business account with balances, filtered and paged',
	fields: [returnAllField, limitField, filtersCollection(FILTERS), listOptions('Column to sort by, e.g. CreatedDateUtc or Id')],
	async execute(itemIndex) {
		const filters = readFilters(this, itemIndex, FILTERS);
		assertDateOrder(this, itemIndex, filters, { start: 'Filters › Created After', end: 'Filters › Created Before' });
		const listing = readListing(this, itemIndex);
		return (await fetchList(this, itemIndex, PATH, filters, listing)).map(walletOutput);
	},
};
