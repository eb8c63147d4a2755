import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { additionalFieldsFor } from '../additionalFields';
import {
	amountField,
	currencyField,
	installmentsField,
	invoiceDescriptionField,
	invoiceIdField,
	itemsField,
	recurringFields,
	savedCardPayerFields,
} from '../fields';
import { orderBody, readOrder } from '../order';
import { paymentOutcome } from '../outcome';
import { readSavedCardPayer } from '../validate';

export const payWithSavedCard: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	value: 'pay',
	name: 'Pay (Non-Secure)',
	action: 'Charge a saved card',
	description:
		'Charge a saved card in one call (POST /api/payByCardTokenNonSecure). A declined card is an output item with approved false.',
	movesMoney: true,
	fields: [
		invoiceIdField,
		amountField('Order total to charge, e.g. 100.50'),
		currencyField,
		installmentsField,
		invoiceDescriptionField,
		...savedCardPayerFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('token2D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'token2D');
		const body = { ...readSavedCardPayer(this, itemIndex), ...orderBody(order, 'json') };
		const { body: answer } = await paymentRequest.call(this, itemIndex, {
			path: '/api/payByCardTokenNonSecure',
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
