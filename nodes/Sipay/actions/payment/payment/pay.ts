import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { additionalFieldsFor } from '../additionalFields';
import {
	amountField,
	buyerFields,
	cardFields,
	currencyField,
	installmentsField,
	invoiceDescriptionField,
	invoiceIdField,
	itemsField,
	recurringFields,
} from '../fields';
import { orderBody, readOrder } from '../order';
import { paymentOutcome } from '../outcome';
import { readBuyer, readCard } from '../validate';

export const pay: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'pay',
	name: 'Pay (Non-Secure 2-D)',
	action: 'Charge a card without 3-D Secure',
	description:
		'Charge a card in one call (POST /api/paySmart2D); also pre-authorization, recurring and insurance payments. A declined card is an output item with approved false.',
	movesMoney: true,
	fields: [
		invoiceIdField,
		amountField('Order total to charge, e.g. 100.50'),
		currencyField,
		installmentsField,
		invoiceDescriptionField,
		...cardFields,
		...buyerFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('card2D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'card2D');
		const body = { ...readCard(this, itemIndex), ...readBuyer(this, itemIndex), ...orderBody(order, 'json') };
		const { body: answer } = await paymentRequest.call(this, itemIndex, {
			path: '/api/paySmart2D',
			body,
			sign: 'payment',
			paymentOutcome: true,
		});
		return await paymentOutcome.call(this, itemIndex, answer, {
			invoiceId: order.invoiceId,
			total: order.total,
			currency: order.currency,
		});
	},
};
