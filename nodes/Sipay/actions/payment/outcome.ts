import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { verifyPaymentHash } from '../../transport/payment';
import { amountText, numberOrNull, shapeOutput, text } from '../../shared/output';

/**
 * The output of a charge (2-D payment, token payment, Complete 3-D Payment): whether it was
 * approved, the ids to keep, and whether Sipay's response hash_key matches what was received;
 * Sipay's answer under `sipay`.
 */

export interface ExpectedPayment {
	invoiceId: string;
	/** The total that was sent; when unknown the hash is checked against the echoed amount. */
	total?: string;
	currency?: string;
}

export async function paymentOutcome(
	this: IExecuteFunctions,
	itemIndex: number,
	answer: IDataObject,
	expected: ExpectedPayment,
): Promise<IDataObject> {
	const data =
		typeof answer.data === 'object' && answer.data !== null && !Array.isArray(answer.data)
			? (answer.data as IDataObject)
			: answer;
	const paymentStatus = Number(data.payment_status ?? 0);
	const orderId = data.order_id ?? data.order_no ?? null;
	const check = await verifyPaymentHash.call(this, itemIndex, data.hash_key, 'payment', {
		status: data.payment_status,
		total: expected.total ?? data.amount,
		invoice_id: expected.invoiceId,
		order_id: orderId,
		currency_code: expected.currency,
	});
	const approved = paymentStatus === 1;
	const message = answer.status_description ?? data.status_description ?? data.error ?? null;
	return shapeOutput(
		'charge',
		{
			approved,
			status: approved ? 'approved' : 'declined',
			message: text(message),
			amount: expected.total ?? amountText(data.amount ?? data.total),
			currency: expected.currency ?? text(data.currency_code ?? data.currency),
			installments: numberOrNull(data.installment ?? data.installments_number),
			invoice_id: text(data.invoice_id) ?? expected.invoiceId,
			order_id: text(orderId),
			transaction_type: text(data.transaction_type),
			hash_verified: check.valid,
		},
		answer,
	);
}
