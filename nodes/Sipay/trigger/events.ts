import type { IDataObject } from 'n8n-workflow';

/** What the trigger emits: one Sipay event, confirmed with Sipay where Sipay can confirm it. */
export interface SipayEvent {
	event: string;
	/**
	 * Keys this delivery may run under, from confirmed facts; the first one not yet run is taken.
	 * More than one only where Sipay cannot tell real events apart (equal refunds of one order).
	 */
	keys: string[];
	/** Leading fields of the output item (event, confirmed, ids, amount, status …). */
	data: IDataObject;
}

/** Why a delivery starts nothing. The caller only ever sees the generic answer of its class. */
export type Refusal = {
	/** `malformed` 400, `unverified` 401, `unavailable` 503 (Sipay did not answer: redeliver later). */
	refused: 'malformed' | 'unverified' | 'unavailable';
	reason: string;
};

export const refuse = (refused: Refusal['refused'], reason: string): Refusal => ({ refused, reason });

export const isRefusal = (value: unknown): value is Refusal =>
	typeof value === 'object' && value !== null && 'refused' in value;

export const PAYMENT_EVENTS = [
	{ name: 'Payment Succeeded (Sale Webhook)', value: 'payment.succeeded' },
	{ name: 'Payment Failed (Sale Webhook)', value: 'payment.failed' },
	{ name: 'Refund Completed', value: 'refund.completed' },
	{ name: 'Recurring Charge Completed', value: 'recurring.completed' },
	{ name: 'Recurring Charge Failed', value: 'recurring.failed' },
	{ name: '3-D Secure Return: Success', value: 'threeDSecure.succeeded' },
	{
		name: '3-D Secure Return: Authenticated, Waiting for Completion',
		value: 'threeDSecure.awaitingCompletion',
		description: 'Payments sent with "completed by merchant": run Complete Payment next',
	},
	{ name: '3-D Secure Return: Failure', value: 'threeDSecure.failed' },
];

export const BUSINESS_EVENTS = [
	{ name: 'Bank Payout Completed', value: 'bankTransfer.completed' },
	{ name: 'Bank Payout Failed', value: 'bankTransfer.failed' },
	{ name: 'Bank Payout Refunded by the Bank', value: 'bankTransfer.refunded' },
	{ name: 'Top-Up Succeeded', value: 'topup.succeeded' },
	{ name: 'Top-Up Failed', value: 'topup.failed' },
];
