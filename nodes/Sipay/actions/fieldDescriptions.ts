import type { INodeProperties } from 'n8n-workflow';

/**
 * Plain-words descriptions of fields that several operations share under the same name, used
 * where the operation module gives none. A field's own description always wins.
 */
export const SHARED_DESCRIPTIONS: Record<string, string> = {
	additionalFields: 'Optional fields: add only the ones you need',
	billAddress1: 'First line of the billing address',
	billAddress2: 'Second line of the billing address',
	billCity: 'City of the billing address',
	billCountry: 'Country of the billing address',
	billEmail: 'Email address of the buyer',
	billPhone: 'Phone number of the buyer',
	billPostcode: 'Postcode of the billing address',
	billState: 'State or province of the billing address',
	binaryPropertyName: 'Name of the output field that holds the file',
	buyerName: 'First name of the shopper',
	buyerSurname: 'Last name of the shopper',
	cancelUrl: 'Where Sipay sends the shopper, with the result, after a failed or cancelled payment',
	cardHolderName: 'Name of the card holder, as printed on the card',
	completeStatus: 'Complete charges the card; Cancel ends the payment without charging it',
	couponCode: 'Coupon code the shopper used; stored with the payment',
	currencyCode: 'Currency code Sipay sent, e.g. TRY',
	customerEmail: 'Email address of the customer',
	customerName: 'Full name of the customer',
	customerPhone: 'Phone number of the customer',
	description: 'Longer text about the product or service (optional)',
	filters: 'Optional filters: without any, everything is listed',
	hashKey: 'The hash Sipay sent with the result',
	hashLayout: 'Which kind of Sipay result the hash comes with: each kind covers different fields',
	invoiceId: 'Your invoice ID that Sipay sent back',
	lookUpBy: "Find the person by their Sipay account number or by their mobile phone number",
	name: 'Name of the product or service',
	options: 'Optional settings of this operation',
	orderBy: 'Newest first (descending) or oldest first (ascending)',
	orderId: 'Order ID Sipay sent with the result',
	page: 'Which page of the report to return, starting at 1',
	paymentCompletedBy: 'Sipay completes the payment after the bank step, or you do it with Complete 3-D Payment',
	perPage: 'How many settlements one page holds',
	preAuthorizationAction: 'Capture charges the blocked amount (or part of it); Cancel releases it',
	quantity: 'How many units of this product or service',
	returnUrl: 'Where Sipay sends the shopper, with the result, after an approved payment',
	transactionType: 'Charge the card now, or only block the amount and capture it later',
	updateFields: 'The values to change: the others stay as they are',
	walletNumber: 'Number of the wallet, e.g. 754938444',
};

/** The field, and any fields inside it, with a shared description wherever none is written. */
export function withSharedDescription(field: INodeProperties): INodeProperties {
	const described: INodeProperties =
		field.description || field.type === 'notice' || !SHARED_DESCRIPTIONS[field.name]
			? field
			: { ...field, description: SHARED_DESCRIPTIONS[field.name] };
	if (!Array.isArray(field.options)) return described;
	return {
		...described,
		options: field.options.map((option) => {
			if ('type' in option) return withSharedDescription(option as INodeProperties);
			if ('values' in option && Array.isArray(option.values)) {
				return { ...option, values: option.values.map(withSharedDescription) };
			}
			return option;
		}) as INodeProperties['options'],
	};
}
