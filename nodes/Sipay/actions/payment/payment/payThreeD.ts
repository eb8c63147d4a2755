import type { SipayOperation } from '../../types';
import { additionalFieldsFor } from '../additionalFields';
import {
	buyerFields,
	cardFields,
	chargeOrderFields,
	itemsField,
	recurringFields,
	redirectUrlFields,
} from '../fields';
import { readOrder } from '../order';
import { startThreeDSecure } from '../orderRequests';
import { readBuyer, readCard } from '../validate';

export const payThreeD: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'payThreeD',
	name: 'Pay (3-D Secure)',
	action: 'Start a 3-D Secure card payment',
	description:
		'Start a 3-D Secure payment: returns the HTML page that takes the shopper to their bank; the result arrives at the return or cancel URL',
	movesMoney: true,
	fields: [
		...chargeOrderFields,
		...cardFields,
		...buyerFields,
		...redirectUrlFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('card3D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'card3D');
		const payer = { ...readCard(this, itemIndex), ...readBuyer(this, itemIndex) };
		return await startThreeDSecure.call(this, itemIndex, '/api/paySmart3D', payer, order);
	},
};
