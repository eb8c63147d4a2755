import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { verifyPaymentHash } from '../../transport/payment';

/**
 * The output of a charge (2-D payment, token payment, Complete 3-D Payment): whether it was
 * approved, the ids to keep, and whether Sipay's response hash_key matches what was received.
 */

export interface ExpectedPayment {
	invoiceId: string;
	/** The total that was sent; when unknown the hash is checked against the echoed amount. */
	total?: string;
	currency?: string;
}

const SUMMARY_KEYS = [
	'approved',
	'invoice_id',
	'order_id',
	'payment_status',
	'transaction_type',
	'status_code',
	'status_description',
	'hash_verified',
];

const asNumber = (value: unknown) =>
	value !== undefined && value !== null && value !== '' && Number.isFinite(Number(value)) ? Number(value) : value;

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
	const summary: IDataObject = {
		approved: paymentStatus === 1,
		invoice_id: data.invoice_id ?? expected.invoiceId,
		order_id: orderId,
		payment_status: paymentStatus,
		transaction_type: data.transaction_type ?? null,
		status_code: asNumber(answer.status_code ?? data.status_code) ?? null,
		status_description: answer.status_description ?? data.status_description ?? '',
		hash_verified: check.valid,
	};
	const rest = Object.fromEntries(
		Object.entries(data).filter(([key]) => key !== 'hash_key' && !SUMMARY_KEYS.includes(key)),
	);
	return { ...summary, ...rest };
}
