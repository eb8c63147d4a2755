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
	redirectUrlFields,
} from '../fields';
import { orderBody, readOrder } from '../order';
import { threeDSecureStart } from '../threeDSecure';
import { readBuyer, readCard, readUrl } from '../validate';

export const payThreeD: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'payThreeD',
	name: 'Pay (3-D Secure)',
	action: 'Start a 3-D Secure card payment',
	description:
		'Start a 3-D Secure payment (POST /api/paySmart3D): returns the HTML page that takes the shopper to their bank; the result arrives at the return or cancel URL',
	movesMoney: true,
	fields: [
		invoiceIdField,
		amountField('Order total to charge, e.g. 100.50'),
		currencyField,
		installmentsField,
		invoiceDescriptionField,
		...cardFields,
		...buyerFields,
		...redirectUrlFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('card3D'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'card3D');
		const body = {
			...readCard(this, itemIndex),
			...readBuyer(this, itemIndex),
			return_url: readUrl(this, itemIndex, 'returnUrl', 'Return URL'),
			cancel_url: readUrl(this, itemIndex, 'cancelUrl', 'Cancel URL'),
			...orderBody(order, 'form'),
		};
		const answer = await paymentRequest.call(this, itemIndex, {
			path: '/api/paySmart3D',
			body,
			encoding: 'form',
			sign: 'payment',
			acceptHtml: true,
		});
		return threeDSecureStart(order.invoiceId, answer, order.additional.payment_completed_by === 'merchant' ? 'merchant' : 'app');
	},
};
