import type { SipayOperation } from '../../types';
import { additionalFieldsFor } from '../additionalFields';
import {
	chargeOrderFields,
	itemsField,
	recurringFields,
	redirectUrlFields,
	savedCardPayerFields,
} from '../fields';
import { readOrder } from '../order';
import { startThreeDSecure } from '../orderRequests';
import { readSavedCardPayer } from '../validate';

export const payWithSavedCardThreeD: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'payThreeD',
	name: 'Pay (3-D Secure)',
	action: 'Start a 3-D Secure payment with a saved card',
	description:
		'Start a 3-D Secure payment with a saved card: returns the HTML page for the shopper; the result arrives at the return or cancel URL',
	movesMoney: true,
	fields: [
		...chargeOrderFields,
		...savedCardPayerFields,
		...redirectUrlFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('token3D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'token3D');
		return await startThreeDSecure.call(this, itemIndex, '/api/payByCardToken', readSavedCardPayer(this, itemIndex), order);
	},
};
