import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { CURRENCY_OPTIONS } from '../../shared/currencies';

/** Field blocks shared by the Payment API operations, each written once (payment-api.md §5.0, §7). */

export const invoiceIdField: INodeProperties = {
	displayName: 'Invoice ID',
	name: 'invoiceId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. ORDER-2026-0001',
	description:
		'Your unique order ID. Sipay refuses a second payment with the same ID, which protects against double charges.',
};

/**
 * Empty until the user enters it, so the editor flags a forgotten amount (a 0 would count as
 * filled). Text, so 100.50 stays exactly 100.50; the node checks it is a positive two-decimal number.
 */
export function amountField(description: string): INodeProperties {
	return {
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 100.50',
		description,
	};
}

/** The currencies offered wherever a payment amount is entered. */
export const currencyOptions: INodePropertyOptions[] = CURRENCY_OPTIONS;

export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'options',
	options: currencyOptions,
	default: 'TRY',
	description: 'Currency of the amount; the merchant must have it enabled',
};

/** Whether the merchant or the shopper bears the installment commission (§4.3, §5.0). */
export function commissionByField(description: string): INodeProperties {
	return {
		displayName: 'Commission By',
		name: 'commissionBy',
		type: 'options',
		options: [
			{ name: 'Merchant', value: 'merchant' },
			{ name: 'User', value: 'user' },
		],
		default: 'merchant',
		description,
	};
}

/**
 * Picked from the counts Sipay offers: for the card typed or the saved card picked in this panel
 * (its BIN), else the merchant's enabled counts (methods/installments.ts).
 */
export const installmentsField: INodeProperties = {
	displayName: 'Installments',
	name: 'installments',
	type: 'resourceLocator',
	default: { mode: 'list', value: '1', cachedResultName: 'Single payment (1)' },
	typeOptions: { loadOptionsDependsOn: ['cardNumber', 'cardToken', 'customerNumber', 'amount', 'currency', 'recurring'] },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an installment count…',
			typeOptions: { searchListMethod: 'searchInstallments' },
		},
		{
			displayName: 'By Number',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3',
		},
	],
	description: 'Number of installments; 1 is a single payment',
};

export const invoiceDescriptionField: INodeProperties = {
	displayName: 'Invoice Description',
	name: 'invoiceDescription',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Order 2026-0001',
	description: 'Short description of the order',
};

export const buyerFields: INodeProperties[] = [
	{
		displayName: 'Buyer First Name',
		name: 'buyerName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Ayse',
	},
	{
		displayName: 'Buyer Last Name',
		name: 'buyerSurname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Yilmaz',
	},
];

export const cardHolderNameField: INodeProperties = {
	displayName: 'Card Holder Name',
	name: 'cardHolderName',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Ayse Yilmaz',
};

export const expiryFields: INodeProperties[] = [
	{
		displayName: 'Expiry Month',
		name: 'expiryMonth',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 12',
		description: 'Two digits, 01 to 12',
	},
	{
		displayName: 'Expiry Year',
		name: 'expiryYear',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2026',
		description: 'Four digits',
	},
];

export const cardNumberField: INodeProperties = {
	displayName: 'Card Number',
	name: 'cardNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 4508034508034509',
	description: 'The full card number; spaces are removed',
};

export const cvvField: INodeProperties = {
	displayName: 'CVV',
	name: 'cvv',
	type: 'string',
	typeOptions: { password: true },
	required: true,
	default: '',
	description: 'The 3 or 4 digit security code; never stored or shown',
};

export const customerIpDescription =
	"IP address of the shopper's device (IPv4 or IPv6), as your checkout saw it: the client address of the shopper's request to your shop, or the first address of its X-Forwarded-For header behind a proxy. Not the address of your server or of n8n.";

/** §1.6: newer docs require `ip` on non-secure (2-D) payments; the saved-card one per the Node SDK (§7.6). */
export const customerIpField: INodeProperties = {
	displayName: 'Customer IP',
	name: 'customerIp',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 88.255.1.10',
	description: customerIpDescription,
};

export const cardFields: INodeProperties[] = [
	cardHolderNameField,
	cardNumberField,
	...expiryFields,
	cvvField,
];

export const customerNumberField: INodeProperties = {
	displayName: 'Customer Number',
	name: 'customerNumber',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. CUST001',
	description: 'Your ID of the customer who owns the saved cards; keep it stable per customer',
};

/** Picked from the saved cards of the customer number above (methods/savedCards.ts), or typed. */
export const cardTokenField: INodeProperties = {
	displayName: 'Card Token',
	name: 'cardToken',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	typeOptions: { loadOptionsDependsOn: ['customerNumber'] },
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a saved card…',
			typeOptions: { searchListMethod: 'searchSavedCards', searchable: true },
		},
		{
			displayName: 'By Token',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3acb729f7341c4fa4971a5b81b76189e',
		},
	],
	description: 'The token Sipay returned when the card was saved',
};

/** The saved card and its owner, as the pay-by-token endpoints need them (§7.2, §7.6). */
export const savedCardPayerFields: INodeProperties[] = [
	customerNumberField,
	cardTokenField,
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Ayse Yilmaz',
	},
	{
		displayName: 'Customer Email',
		name: 'customerEmail',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
	},
	{
		displayName: 'Customer Phone',
		name: 'customerPhone',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 905321234567',
	},
];

export const itemsField: INodeProperties = {
	displayName: 'Items',
	name: 'items',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Item',
	default: {},
	description:
		'Basket lines. Price × quantity of all lines must add up to the amount (plus any discount). Leave empty to send one line for the whole amount.',
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. Book',
				},
				{
					displayName: 'Price',
					name: 'price',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Unit price',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
				},
			],
		},
	],
};

export const redirectUrlFields: INodeProperties[] = [
	{
		displayName: 'Return URL',
		name: 'returnUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://shop.example/sipay/return',
		description: 'Where Sipay sends the shopper, with the result, after an approved payment',
	},
	{
		displayName: 'Cancel URL',
		name: 'cancelUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://shop.example/sipay/cancel',
		description: 'Where Sipay sends the shopper, with the result, after a failed or cancelled payment',
	},
];

const whenRecurring = { show: { recurring: [true] } };

/** §5.2: the recurring block of a payment (order_type 1). */
export const recurringFields: INodeProperties[] = [
	{
		displayName: 'Recurring',
		name: 'recurring',
		type: 'boolean',
		default: false,
		description:
			'Whether this payment starts a recurring plan: Sipay repeats the charge on the schedule set below',
	},
	{
		displayName: 'Number of Payments',
		name: 'recurringPaymentNumber',
		type: 'number',
		typeOptions: { minValue: 2, maxValue: 121 },
		default: 12,
		displayOptions: whenRecurring,
		description: 'Total number of charges including this first one (2 to 121)',
	},
	{
		displayName: 'Cycle',
		name: 'recurringCycle',
		type: 'options',
		options: [
			{ name: 'Day', value: 'D' },
			{ name: 'Month', value: 'M' },
			{ name: 'Year', value: 'Y' },
		],
		default: 'M',
		displayOptions: whenRecurring,
		description: 'Unit of the interval between charges',
	},
	{
		displayName: 'Interval',
		name: 'recurringInterval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 99 },
		default: 1,
		displayOptions: whenRecurring,
		description: 'Charge every N cycles (1 to 99); cycle Month with interval 1 is monthly',
	},
	{
		displayName: 'Recurring Webhook Key',
		name: 'recurringWebhookKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. recurring',
		displayOptions: whenRecurring,
		description:
			'Name of the recurring webhook configured in the Sipay merchant panel; Sipay reports every later charge to it',
	},
];

/** The head every card charge starts with: order ID, amount, currency, installments, description. */
export const chargeOrderFields: INodeProperties[] = [
	invoiceIdField,
	amountField('Order total to charge, e.g. 100.50'),
	currencyField,
	installmentsField,
	invoiceDescriptionField,
];
