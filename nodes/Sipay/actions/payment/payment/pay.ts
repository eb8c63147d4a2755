import type { SipayOperation } from '../../types';
import { additionalFieldsFor } from '../additionalFields';
import {
	buyerFields,
	cardFields,
	chargeOrderFields,
	customerIpField,
	itemsField,
	recurringFields,
} from '../fields';
import { readOrder } from '../order';
import { chargeOrder } from '../orderRequests';
import { readBuyer, readCard, readCustomerIp } from '../validate';

export const pay: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'pay',
	name: 'Pay (Non-Secure 2-D)',
	action: 'Charge a card without 3-D Secure',
	description:
		'Charge a card in one call; also pre-authorization, recurring and insurance payments. A declined card is an output item with approved false.',
	movesMoney: true,
	fields: [
		...chargeOrderFields,
		...cardFields,
		...buyerFields,
		customerIpField,
		itemsField,
		...recurringFields,
		additionalFieldsFor('card2D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'card2D');
		const payer = { ...readCard(this, itemIndex), ...readBuyer(this, itemIndex), ip: readCustomerIp(this, itemIndex) };
		return await chargeOrder.call(this, itemIndex, '/api/paySmart2D', payer, order);
	},
};
