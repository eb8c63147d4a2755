import type { SipayOperation } from '../../types';
import { requiredString } from '../../../shared/params';
import {
	ACCOUNT_NUMBER_FILTER,
	ACCOUNT_TYPE_FILTER,
	assertDateOrder,
	booleanFilter,
	createdBetweenFilters,
	CURRENCY_FILTER,
	decimalRangeFilters,
	filtersCollection,
	optionsFilter,
	readFilters,
	textFilter,
	WALLET_NUMBER_FILTER,
	type FilterSpec,
} from '../filters';
import { integerIdValue } from '../inputs';
import { fetchList, limitField, listOptions, readListing, returnAllField } from '../listing';
import { payoutOutput } from '../payoutStatus';

const PATH = '/v1/TransactionData/GetRequestWithdrawListByFilter';

/** business-api.md §9.4 request fields. */
const FILTERS: FilterSpec[] = [
	optionsFilter(
		'process_level_status_id',
		'Status',
		'status',
		[
			{ name: 'Completed', value: 1 },
			{ name: 'Failed', value: 3 },
			{ name: 'Pending', value: 0 },
			{ name: 'Rejected', value: 2 },
		],
		0,
	),
	CURRENCY_FILTER,
	ACCOUNT_NUMBER_FILTER,
	WALLET_NUMBER_FILTER,
	textFilter('ext_transaction_id', 'External Transaction ID', 'extTransactionId'),
	...decimalRangeFilters('begin_amount', 'end_amount', 'Amount'),
	...createdBetweenFilters('Payouts', 'Start Date', 'End Date'),
	textFilter('iban', 'IBAN', 'iban', { description: 'Recipient IBAN' }),
	ACCOUNT_TYPE_FILTER,
	booleanFilter(
		'is_completed',
		'Answered by Bank',
		'isCompleted',
		'Whether to list only payouts the bank has answered (off: only pending ones)',
	),
];

export const getManyPayouts: SipayOperation = {
	api: 'business',
	resource: 'payout',
	reads: true,
	value: 'getManyPayouts',
	name: 'Get Many Payouts',
	action: 'Get many payouts',
	description: 'List bank payouts with their state, filtered and paged',
	fields: [
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1',
			description: 'Your tenant ID, shown in the output of Account › Get Business Account',
		},
		returnAllField,
		limitField,
		filtersCollection(FILTERS),
		listOptions('Column to sort by, e.g. CreatedDateUtc or Id'),
	],
	async execute(itemIndex) {
		const tenantId = integerIdValue(this, requiredString(this, 'tenantId', itemIndex, 'Tenant ID', 'id'), itemIndex, 'Tenant ID');
		const filters = readFilters(this, itemIndex, FILTERS);
		assertDateOrder(this, itemIndex, filters, { start: 'Filters › Start Date', end: 'Filters › End Date' });
		const listing = readListing(this, itemIndex);
		const payouts = await fetchList(this, itemIndex, PATH, { ...filters, tenant_id: tenantId }, listing);
		return payouts.map(payoutOutput);
	},
};
