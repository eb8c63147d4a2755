import type { SipayOperation } from '../../types';
import { additionalFieldsFor } from '../additionalFields';
import {
	chargeOrderFields,
	customerIpField,
	itemsField,
	recurringFields,
	savedCardPayerFields,
} from '../fields';
import { readOrder } from '../order';
import { chargeOrder } from '../orderRequests';
import { readCustomerIp, readSavedCardPayer } from '../validate';

export const payWithSavedCard: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'pay',
	name: 'Pay (Non-Secure)',
	action: 'Charge a saved card',
	description:
		'Charge a saved card in one call. A declined card is an output item with approved false.',
	movesMoney: true,
	fields: [
		...chargeOrderFields,
		...savedCardPayerFields,
		customerIpField,
		itemsField,
		...recurringFields,
		additionalFieldsFor('token2D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'token2D');
		const payer = { ...readSavedCardPayer(this, itemIndex), ip: readCustomerIp(this, itemIndex) };
		return await chargeOrder.call(this, itemIndex, '/api/payByCardTokenNonSecure', payer, order);
	},
};
