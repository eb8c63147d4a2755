import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { cardTokenField, customerNumberField } from '../fields';

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
		const cardToken = requiredString(this, 'cardToken', itemIndex, 'Card Token', 'id');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/deleteCard',
			body: { customer_number: customerNumber, card_token: cardToken },
			sign: 'deleteCard',
		});
		return { deleted: true, customer_number: customerNumber, card_token: cardToken, ...body };
	},
};
