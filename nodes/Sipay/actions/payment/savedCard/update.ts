import type { SipayOperation } from '../../types';
import { paymentRequest, paymentMessage } from '../../../transport/payment';
import { failFor, requiredLocator, requiredString, textValue } from '../../../shared/params';
import { cardTokenField, customerNumberField, expiryFields } from '../fields';
import { readExpiry } from '../validate';
import { shapeOutput, text } from '../../../shared/output';

export const updateCard: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'update',
	name: 'Update',
	action: 'Update a saved card',
	description: 'Change the expiry date or holder name of a saved card',
	fields: [
		customerNumberField,
		cardTokenField,
		...expiryFields,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Card Holder Name',
					name: 'cardHolderName',
					type: 'string',
					default: '',
					description: 'New name of the card holder',
				},
			],
		},
	],
	async execute(itemIndex) {
		const customerNumber = requiredString(this, 'customerNumber', itemIndex, 'Customer Number', 'id');
		const cardToken = requiredLocator(this, 'cardToken', itemIndex, 'Card Token', 'id');
		const expiry = readExpiry(this, itemIndex);
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as { cardHolderName?: unknown };
		const holder = textValue(additional?.cardHolderName, 'Card Holder Name', failFor(this, itemIndex), 'name');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/editCard',
			body: {
				customer_number: customerNumber,
				card_token: cardToken,
				...expiry,
				...(holder ? { card_holder_name: holder } : {}),
			},
			sign: 'editCard',
		});
		return shapeOutput(
			'savedCard',
			{
				status: 'updated',
				card_token: text(body.card_token) ?? cardToken,
				customer_number: customerNumber,
				card_number: text(body.card_number),
				message: text(paymentMessage(body)),
			},
			body,
		);
	},
};
