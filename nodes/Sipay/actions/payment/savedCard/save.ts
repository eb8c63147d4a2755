import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest } from '../../../transport/payment';
import { failFor, requiredString, textValue } from '../../../shared/params';
import { maskPan } from '../../../shared/redact';
import { cardHolderNameField, cardNumberField, customerNumberField, expiryFields } from '../fields';
import { emailValue, readCardNumber, readExpiry } from '../validate';
import { shapeOutput, text } from '../../../shared/output';

export const saveCard: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'save',
	name: 'Save',
	action: 'Save a card',
	description: 'Store a card for a customer and get its card token',
	fields: [
		customerNumberField,
		cardHolderNameField,
		cardNumberField,
		...expiryFields,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Customer Email',
					name: 'customerEmail',
					type: 'string',
					placeholder: 'name@email.com',
					default: '',
				},
				{
					displayName: 'Customer Name',
					name: 'customerName',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Customer Phone',
					name: 'customerPhone',
					type: 'string',
					default: '',
					placeholder: 'e.g. 905321234567',
				},
			],
		},
	],
	async execute(itemIndex) {
		const customerNumber = requiredString(this, 'customerNumber', itemIndex, 'Customer Number', 'id');
		const holder = requiredString(this, 'cardHolderName', itemIndex, 'Card Holder Name', 'name');
		const number = readCardNumber(this, itemIndex);
		const expiry = readExpiry(this, itemIndex);
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as Record<string, unknown>;
		const fail = failFor(this, itemIndex);
		const contact = Object.fromEntries(
			[
				['customer_name', textValue(additional?.customerName, 'Customer Name', fail, 'name')],
				['customer_email', emailValue(additional?.customerEmail, 'Customer Email', fail)],
				['customer_phone', textValue(additional?.customerPhone, 'Customer Phone', fail, 'code')],
			].filter(([, value]) => value !== ''),
		);
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/saveCard',
			body: {
				customer_number: customerNumber,
				card_holder_name: holder,
				card_number: number,
				...expiry,
				...contact,
			},
			sign: 'saveCard',
		});
		return shapeOutput(
			'savedCard',
			{
				status: 'saved',
				card_token: text(body.card_token),
				customer_number: customerNumber,
				card_number: maskPan(number),
				message: text(paymentMessage(body)),
			},
			body,
		);
	},
};
