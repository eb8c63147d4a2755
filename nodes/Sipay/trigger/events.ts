import type { IDataObject } from 'n8n-workflow';

/** What the trigger emits: one verified Sipay event, and the key that makes it "once". */
export interface SipayEvent {
	event: string;
	/** Same real-world event, same key: a repeated delivery is not run twice. */
	dedupeKey: string;
	data: IDataObject;
}

export type Verdict = { accepted: true; event: SipayEvent } | { accepted: false; status: number; reason: string };

export const reject = (status: number, reason: string): Verdict => ({ accepted: false, status, reason });

export const PAYMENT_EVENTS = [
	{ name: 'Payment Succeeded (Sale Webhook)', value: 'payment.succeeded' },
	{ name: 'Payment Failed (Sale Webhook)', value: 'payment.failed' },
	{ name: 'Refund Completed', value: 'refund.completed' },
	{ name: 'Refund Not Completed', value: 'refund.failed' },
	{ name: 'Recurring Charge Completed', value: 'recurring.completed' },
	{ name: 'Recurring Charge Failed', value: 'recurring.failed' },
	{ name: '3-D Secure Return: Success', value: 'threeDSecure.succeeded' },
	{ name: '3-D Secure Return: Failure', value: 'threeDSecure.failed' },
];

export const BUSINESS_EVENTS = [
	{ name: 'Bank Payout Completed', value: 'bankTransfer.completed' },
	{ name: 'Bank Payout Failed', value: 'bankTransfer.failed' },
	{ name: 'Bank Payout Refunded by the Bank', value: 'bankTransfer.refunded' },
	{ name: 'Top-Up Succeeded', value: 'topup.succeeded' },
	{ name: 'Top-Up Failed', value: 'topup.failed' },
];
