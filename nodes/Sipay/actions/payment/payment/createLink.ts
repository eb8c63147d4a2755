import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest } from '../../../transport/payment';
import { additionalFieldsFor } from '../additionalFields';
import {
	amountField,
	buyerFields,
	currencyField,
	invoiceDescriptionField,
	invoiceIdField,
	itemsField,
	recurringFields,
	redirectUrlFields,
} from '../fields';
import { readOrder } from '../order';
import { readBuyer, readUrl } from '../validate';
import { shapeOutput, text } from '../../../shared/output';

/** Optional fields that belong inside the `invoice` JSON rather than the outer body (§6.4). */
const INVOICE_KEYS = ['discount', 'coupon', 'response_method'];

function split(additional: IDataObject): { invoice: IDataObject; outer: IDataObject } {
	const invoice: IDataObject = {};
	const outer: IDataObject = {};
	for (const [key, value] of Object.entries(additional)) (INVOICE_KEYS.includes(key) ? invoice : outer)[key] = value;
	return { invoice, outer };
}

export const createLink: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'createLink',
	name: 'Create Payment Link',
	action: 'Create a payment link',
	description:
		'Create a link to the Sipay payment page for the shopper; the result arrives at the return or cancel URL and the sale webhook',
	fields: [
		invoiceIdField,
		amountField('Order total the shopper pays, e.g. 100.50'),
		currencyField,
		invoiceDescriptionField,
		...buyerFields,
		...redirectUrlFields,
		itemsField,
		...recurringFields,
		additionalFieldsFor('link'),
	],
	async execute(itemIndex) {
		const order = readOrder(this, itemIndex, 'link', { withInstallments: false });
		const buyer = readBuyer(this, itemIndex);
		const { invoice, outer } = split(order.additional);
		const body: IDataObject = {
			invoice: JSON.stringify({
				invoice_id: order.invoiceId,
				invoice_description: order.invoiceDescription,
				total: order.total,
				items: order.items,
				return_url: readUrl(this, itemIndex, 'returnUrl', 'Return URL'),
				cancel_url: readUrl(this, itemIndex, 'cancelUrl', 'Cancel URL'),
				...invoice,
			}),
			currency_code: order.currency,
			...buyer,
			...outer,
			...order.recurring,
		};
		const { body: answer } = await paymentRequest.call(this, itemIndex, { path: '/purchase/link', body });
		return shapeOutput(
			'paymentLink',
			{
				status: 'created',
				link: text(answer.link),
				amount: order.total,
				currency: order.currency,
				invoice_id: order.invoiceId,
				order_id: text(answer.order_id),
				message: text(paymentMessage(answer)),
			},
			answer,
		);
	},
};
