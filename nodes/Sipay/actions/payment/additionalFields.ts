import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { invalid, textValue, type TextKind } from '../../shared/params';
import { shown } from '../../shared/redact';
import { commissionByField, customerIpDescription } from './fields';
import { amountOption, emailValue, integerOption, isIpAddress, urlOption } from './validate';

/**
 * The optional fields of the payment operations (payment-api.md §5.0–§5.8, §6.4, §7.2, §7.6): each
 * one's editor field and the body fields it becomes, written once and picked per operation.
 */

type Check = (value: unknown, fail: (message: string) => Error) => IDataObject;

interface OptionalField {
	field: INodeProperties;
	toBody: Check;
}

function textField(
	displayName: string,
	name: string,
	bodyName: string,
	kind: TextKind,
	extra: Partial<INodeProperties> = {},
): OptionalField {
	return {
		field: { displayName, name, type: 'string', default: '', ...extra },
		toBody: (value, fail) => {
			const text = textValue(value, displayName, fail, kind);
			return text === '' ? {} : { [bodyName]: text };
		},
	};
}

/** An options field: only one of its values goes to Sipay. */
function choice(label: string, bodyName: string, values: string[]): Check {
	return (value, fail) => {
		if (typeof value !== 'string' || !values.includes(value)) {
			throw fail(`${label} must be one of ${values.join(', ')}, got ${shown(value)}`);
		}
		return { [bodyName]: value };
	};
}

const OPTIONAL_FIELDS = {
	billAddress1: textField('Billing Address Line 1', 'billAddress1', 'bill_address1', 'text'),
	billAddress2: textField('Billing Address Line 2', 'billAddress2', 'bill_address2', 'text'),
	billCity: textField('Billing City', 'billCity', 'bill_city', 'name', { placeholder: 'e.g. Istanbul' }),
	billCountry: textField('Billing Country', 'billCountry', 'bill_country', 'name', { placeholder: 'e.g. Turkey' }),
	billEmail: {
		field: {
			displayName: 'Billing Email',
			name: 'billEmail',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
		},
		toBody: (value, fail) => {
			const email = emailValue(value, 'Billing Email', fail);
			return email === '' ? {} : { bill_email: email };
		},
	},
	billPhone: textField('Billing Phone', 'billPhone', 'bill_phone', 'code', { placeholder: 'e.g. 905321234567' }),
	billPostcode: textField('Billing Postcode', 'billPostcode', 'bill_postcode', 'code', { placeholder: 'e.g. 34000' }),
	billState: textField('Billing State', 'billState', 'bill_state', 'name'),
	cancelUrl: {
		field: {
			displayName: 'Cancel URL',
			name: 'cancelUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://shop.example/sipay/cancel',
		},
		toBody: (value, fail) => urlOption(value, 'Cancel URL', 'cancel_url', fail),
	},
	cardProgram: textField('Card Program', 'cardProgram', 'card_program', 'code', {
		placeholder: 'e.g. WORLD',
		description: 'Card program from Get POS Options, to use that option',
	}),
	commissionBy: {
		field: commissionByField('Who bears the installment commission'),
		toBody: choice('Commission By', 'commission_by', ['merchant', 'user']),
	},
	couponCode: textField('Coupon Code', 'couponCode', 'coupon', 'code'),
	customerIp: {
		field: {
			displayName: 'Customer IP',
			name: 'customerIp',
			type: 'string',
			default: '',
			placeholder: 'e.g. 88.255.1.10',
			description: customerIpDescription,
		},
		toBody: (value, fail) => {
			const ip = textValue(value, 'Customer IP', fail, 'code');
			if (ip === '') return {};
			if (!isIpAddress(ip)) throw fail(`Customer IP must be the shopper's IPv4 or IPv6 address, got ${shown(ip)}`);
			return { ip };
		},
	},
	discount: {
		field: {
			displayName: 'Discount',
			name: 'discount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			description: 'Discount amount; the items then add up to the amount plus this discount',
		},
		toBody: (value, fail) => amountOption(value, 'Discount', 'discount', fail),
	},
	insuranceIdentityNumber: {
		field: {
			displayName: 'Insurance Identity Number',
			name: 'insuranceIdentityNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. 12345678950',
			description:
				'For insurance merchants: the customer identity or tax number (10 or 11 digits); sends the payment as an insurance payment',
		},
		toBody: (value, fail) => {
			const identity = textValue(value, 'Insurance Identity Number', fail, 'code');
			if (identity === '') return {};
			if (!/^\d{10,11}$/.test(identity)) {
				throw fail(`Insurance Identity Number must be 10 or 11 digits, got ${shown(identity)}`);
			}
			return { vpos_type: 'insurance', identity_number: identity };
		},
	},
	isCommissionFromUser: {
		field: {
			displayName: 'Is Commission From User',
			name: 'isCommissionFromUser',
			type: 'boolean',
			default: false,
			description: 'Whether the shopper pays the installment commission on top of the amount',
		},
		toBody: (value, fail) => {
			if (typeof value !== 'boolean') throw fail(`Is Commission From User must be true or false, got ${shown(value)}`);
			return value ? { is_commission_from_user: 1 } : {};
		},
	},
	maturityPeriod: {
		field: {
			displayName: 'Agriculture Maturity Period',
			name: 'maturityPeriod',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'Agricultural cards: the maturity chosen within the range Get POS Options returned for the full card number',
		},
		toBody: (value, fail) => integerOption(value, 'Agriculture Maturity Period', 'maturity_period', fail),
	},
	maxInstallment: {
		field: {
			displayName: 'Max Installment',
			name: 'maxInstallment',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Highest installment count the payment page offers',
		},
		toBody: (value, fail) => integerOption(value, 'Max Installment', 'max_installment', fail),
	},
	metadata: textField('Metadata', 'metadata', 'metadata', 'text', { description: 'Free text stored with the payment' }),
	paymentCompletedBy: {
		field: {
			displayName: 'Payment Completed By',
			name: 'paymentCompletedBy',
			type: 'options',
			options: [
				{
					name: 'Merchant',
					value: 'merchant',
					description: 'Sipay stops after 3-D authentication; finish with Complete 3-D Payment',
				},
				{
					name: 'Sipay',
					value: 'app',
					description: 'Sipay charges the card right after 3-D authentication',
				},
			],
			default: 'app',
		},
		toBody: choice('Payment Completed By', 'payment_completed_by', ['app', 'merchant']),
	},
	paymentFrequency: {
		field: {
			displayName: 'Agriculture Payment Frequency',
			name: 'paymentFrequency',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Agricultural cards: the payment frequency Get POS Options returned',
		},
		toBody: (value, fail) => integerOption(value, 'Agriculture Payment Frequency', 'payment_frequency', fail),
	},
	responseMethod: {
		field: {
			displayName: 'Response Method',
			name: 'responseMethod',
			type: 'options',
			options: [
				{ name: 'GET', value: 'GET', description: 'Result fields in the query string' },
				{ name: 'POST', value: 'POST', description: 'Result fields as a posted form' },
			],
			default: 'POST',
			description: 'How Sipay hands the result to the return or cancel URL',
		},
		toBody: choice('Response Method', 'response_method', ['GET', 'POST']),
	},
	returnUrl: {
		field: {
			displayName: 'Return URL',
			name: 'returnUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://shop.example/sipay/return',
		},
		toBody: (value, fail) => urlOption(value, 'Return URL', 'return_url', fail),
	},
	saleWebhookKey: textField('Sale Webhook Key', 'saleWebhookKey', 'sale_web_hook_key', 'code', {
		placeholder: 'e.g. sale',
		description: 'Name of a sale webhook configured in the Sipay merchant panel; Sipay reports the result to it',
	}),
	transactionType: {
		field: {
			displayName: 'Transaction Type',
			name: 'transactionType',
			type: 'options',
			options: [
				{ name: 'Auth', value: 'Auth', description: 'Charge the card now' },
				{
					name: 'PreAuth',
					value: 'PreAuth',
					description: 'Only block the amount; capture it later with Capture or Cancel Pre-Authorization',
				},
			],
			default: 'Auth',
		},
		toBody: choice('Transaction Type', 'transaction_type', ['Auth', 'PreAuth']),
	},
} satisfies Record<string, OptionalField>;

export type OptionalFieldName = keyof typeof OPTIONAL_FIELDS;

const BILLING: OptionalFieldName[] = [
	'billAddress1',
	'billAddress2',
	'billCity',
	'billPostcode',
	'billState',
	'billCountry',
	'billEmail',
	'billPhone',
];

/** Card payments; non-secure ones take the shopper's IP as a required field instead (§1.6). */
const CARD_PAYMENT: OptionalFieldName[] = [
	...BILLING,
	'transactionType',
	'saleWebhookKey',
	'cardProgram',
	'commissionBy',
	'isCommissionFromUser',
	'metadata',
	'discount',
	'couponCode',
];

const TOKEN_PAYMENT: OptionalFieldName[] = [...BILLING, 'transactionType', 'saleWebhookKey', 'cardProgram'];

/** Which optional fields each kind of payment request offers. */
export const OPTIONAL_SETS = {
	card2D: [...CARD_PAYMENT, 'returnUrl', 'cancelUrl', 'insuranceIdentityNumber'],
	card3D: [...CARD_PAYMENT, 'customerIp', 'paymentCompletedBy', 'responseMethod', 'maturityPeriod', 'paymentFrequency'],
	token2D: [...TOKEN_PAYMENT, 'returnUrl', 'cancelUrl'],
	token3D: [...TOKEN_PAYMENT, 'customerIp', 'responseMethod'],
	link: [...BILLING, 'saleWebhookKey', 'maxInstallment', 'discount', 'couponCode', 'responseMethod'],
} satisfies Record<string, OptionalFieldName[]>;

export type OptionalSet = keyof typeof OPTIONAL_SETS;

/** The "Additional Fields" collection of a payment operation, options in alphabetical order. */
export function additionalFieldsFor(set: OptionalSet): INodeProperties {
	const options = OPTIONAL_SETS[set]
		.map((name) => OPTIONAL_FIELDS[name].field)
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** The body fields of the optional fields the user set, validated. */
export function readAdditionalFields(context: IExecuteFunctions, itemIndex: number, set: OptionalSet): IDataObject {
	const fail = (message: string) => invalid(context, itemIndex, message);
	const values = context.getNodeParameter('additionalFields', itemIndex, {}) as unknown;
	if (typeof values !== 'object' || values === null || Array.isArray(values)) {
		throw fail(`Additional Fields must be a collection of fields, got ${shown(values)}`);
	}
	const body: IDataObject = {};
	for (const name of OPTIONAL_SETS[set] as OptionalFieldName[]) {
		const value = (values as IDataObject)[name];
		if (value === undefined) continue;
		Object.assign(body, OPTIONAL_FIELDS[name].toBody(value, fail));
	}
	if ((body.maturity_period === undefined) !== (body.payment_frequency === undefined)) {
		throw fail('Agriculture Maturity Period and Agriculture Payment Frequency must be set together');
	}
	return body;
}
