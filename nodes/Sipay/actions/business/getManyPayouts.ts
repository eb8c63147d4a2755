import type { SipayOperation } from '../types';
import { requiredString } from '../../shared/params';
import { assertDateOrder, filtersCollection, readFilters, type FilterSpec } from './filters';
import { integerIdValue } from './inputs';
import { fetchList, limitField, listOptions, readListing, returnAllField } from './listing';
import { withPayoutStatusName } from './payoutStatus';

const PATH = '/v1/TransactionData/GetRequestWithdrawListByFilter';

/** business-api.md §9.4 request fields. */
const FILTERS: FilterSpec[] = [
	{
		key: 'process_level_status_id',
		kind: 'integer',
		field: {
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Completed', value: 1 },
				{ name: 'Failed', value: 3 },
				{ name: 'Pending', value: 0 },
				{ name: 'Rejected', value: 2 },
			],
			default: 0,
		},
	},
	{
		key: 'currency_code',
		kind: 'currency',
		field: { displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. TRY' },
	},
	{
		key: 'account_number',
		kind: 'text',
		field: { displayName: 'Account Number', name: 'accountNumber', type: 'string', default: '' },
	},
	{
		key: 'wallet_number',
		kind: 'text',
		field: { displayName: 'Wallet Number', name: 'walletNumber', type: 'string', default: '' },
	},
	{
		key: 'ext_transaction_id',
		kind: 'text',
		field: { displayName: 'External Transaction ID', name: 'extTransactionId', type: 'string', default: '' },
	},
	{
		key: 'begin_amount',
		kind: 'decimal',
		field: { displayName: 'Min Amount', name: 'minAmount', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'end_amount',
		kind: 'decimal',
		field: { displayName: 'Max Amount', name: 'maxAmount', type: 'number', typeOptions: { minValue: 0 }, default: 0 },
	},
	{
		key: 'start_date',
		kind: 'date',
		field: { displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '', description: 'Payouts created from this date' },
	},
	{
		key: 'end_date',
		kind: 'date',
		field: { displayName: 'End Date', name: 'endDate', type: 'dateTime', default: '', description: 'Payouts created up to this date' },
	},
	{
		key: 'iban',
		kind: 'text',
		field: { displayName: 'IBAN', name: 'iban', type: 'string', default: '', description: 'Recipient IBAN' },
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
		key: 'is_completed',
		kind: 'boolean',
		field: {
			displayName: 'Answered by Bank',
			name: 'isCompleted',
			type: 'boolean',
			default: true,
			description: 'Whether to list only payouts the bank has answered (off: only pending ones)',
		},
	},
];

export const getManyPayouts: SipayOperation = {
	api: 'business',
	resource: 'payout',
	value: 'getManyPayouts',
	name: 'Get Many Payouts',
	action: 'Get many payouts',
	description: `List bank payouts with their state, filtered and paged (POST ${PATH})`,
	fields: [
		{
			displayName: 'Tenant ID',
			name: 'tenantId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1',
			description: 'Your tenant ID (tenant_id in the output of Account › Get Business Account)',
		},
		returnAllField,
		limitField,
		filtersCollection(FILTERS),
		listOptions('Column to sort by, e.g. CreatedDateUtc or Id'),
	],
	async execute(itemIndex) {
		const tenantId = integerIdValue(this, requiredString(this, 'tenantId', itemIndex, 'Tenant ID'), itemIndex, 'Tenant ID');
		const filters = readFilters(this, itemIndex, FILTERS);
		assertDateOrder(this, itemIndex, filters, { start: 'Filters › Start Date', end: 'Filters › End Date' });
		const listing = readListing(this, itemIndex);
		const payouts = await fetchList(this, itemIndex, PATH, { ...filters, tenant_id: tenantId }, listing);
		return payouts.map(withPayoutStatusName);
	},
};
