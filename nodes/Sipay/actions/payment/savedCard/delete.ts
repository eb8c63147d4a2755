import type { SipayOperation } from '../../types';
import { paymentRequest, paymentMessage } from '../../../transport/payment';
import { requiredLocator, requiredString } from '../../../shared/params';
import { cardTokenField, customerNumberField } from '../fields';
import { shapeOutput, text } from '../../../shared/output';

export const deleteCard: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a saved card',
	description: 'Remove a saved card',
	fields: [customerNumberField, cardTokenField],
	async execute(itemIndex) {
		const customerNumber = requiredString(this, 'customerNumber', itemIndex, 'Customer Number', 'id');
		const cardToken = requiredLocator(this, 'cardToken', itemIndex, 'Card Token', 'id');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/deleteCard',
			body: { customer_number: customerNumber, card_token: cardToken },
			sign: 'deleteCard',
		});
		return shapeOutput(
			'savedCard',
			{
				status: 'deleted',
				card_token: cardToken,
				customer_number: customerNumber,
				card_number: text(body.card_number),
				message: text(paymentMessage(body)),
			},
			body,
		);
	},
};
