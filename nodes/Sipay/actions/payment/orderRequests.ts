import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { paymentRequest } from '../../transport/payment';
import { type Order, orderBody } from './order';
import { paymentOutcome } from './outcome';
import { threeDSecureStart } from './threeDSecure';
import { readUrl } from './validate';

/**
 * The two ways a card order goes to Sipay, whoever pays (card typed in or saved card): charged in
 * one call (§5.0, §7.2), or started as 3-D Secure with the shopper sent to their bank (§5.5, §7.6).
 */

/** Charges the order in one call; a declined card is an outcome with approved false. */
export async function chargeOrder(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	payer: IDataObject,
	order: Order,
): Promise<IDataObject> {
	const { body: answer } = await paymentRequest.call(this, itemIndex, {
		path,
		body: { ...payer, ...orderBody(order, 'json') },
		sign: 'payment',
		paymentOutcome: true,
	});
	return await paymentOutcome.call(this, itemIndex, answer, {
		invoiceId: order.invoiceId,
		total: order.total,
		currency: order.currency,
	});
}

/** Starts a 3-D Secure payment of the order: the page for the shopper and what happens next. */
export async function startThreeDSecure(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	payer: IDataObject,
	order: Order,
): Promise<IDataObject> {
	const body = {
		...payer,
		return_url: readUrl(this, itemIndex, 'returnUrl', 'Return URL'),
		cancel_url: readUrl(this, itemIndex, 'cancelUrl', 'Cancel URL'),
		...orderBody(order, 'form'),
	};
	const answer = await paymentRequest.call(this, itemIndex, {
		path,
		body,
		encoding: 'form',
		sign: 'payment',
		acceptHtml: true,
	});
	return threeDSecureStart(
		{ invoiceId: order.invoiceId, total: order.total, currency: order.currency },
		answer,
		order.additional.payment_completed_by === 'merchant' ? 'merchant' : 'app',
	);
}
