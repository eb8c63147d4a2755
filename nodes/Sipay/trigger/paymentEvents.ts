import type { IDataObject } from 'n8n-workflow';

import type { ResponseHashLayout } from '../hash/recipes';
import { verifyHashKey } from '../hash/verify';
import { reject, type Verdict } from './events';

/**
 * Payment API notifications (payment-api.md §11) and 3-D Secure returns (§5.5), each authenticated
 * by decrypting its hash_key with the merchant's app_secret and comparing it with the posted fields.
 */

type Fields = Record<string, string>;

export interface PaymentSecrets {
	appSecret: string;
	merchantKey: string;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export function toFields(source: IDataObject): Fields {
	return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, text(value)]));
}

interface Reading {
	kind: 'sale' | 'refund' | 'recurring' | 'threeDSecure';
	layout: ResponseHashLayout;
	received: Record<string, string | undefined>;
	succeeded: boolean;
	dedupeParts: string[];
}

function read(fields: Fields, threeDReturn: boolean): Reading | undefined {
	const orderId = fields.order_id || fields.order_no;
	const paymentStatus = fields.payment_status || fields.sipay_status;
	if (threeDReturn) {
		return {
			kind: 'threeDSecure',
			layout: 'payment',
			received: { status: paymentStatus, invoice_id: fields.invoice_id, order_id: orderId, total: fields.amount || undefined },
			succeeded: paymentStatus === '1',
			dedupeParts: [fields.invoice_id, orderId, paymentStatus, fields.status],
		};
	}
	if (fields.plan_code || fields.recurring_number) {
		return {
			kind: 'recurring',
			layout: 'payment',
			received: { status: fields.status, invoice_id: fields.invoice_id, order_id: orderId, total: fields.product_price || undefined },
			succeeded: /^completed$/i.test(fields.status),
			dedupeParts: [fields.plan_code, fields.recurring_number, fields.attempts, fields.status],
		};
	}
	if (paymentStatus) {
		return {
			kind: 'sale',
			layout: 'payment',
			received: { status: paymentStatus, invoice_id: fields.invoice_id, order_id: orderId },
			succeeded: paymentStatus === '1',
			dedupeParts: [fields.invoice_id, orderId, paymentStatus],
		};
	}
	if (fields.amount && fields.status) {
		return {
			kind: 'refund',
			layout: 'refund',
			received: { status: fields.status, amount: fields.amount, invoice_id: fields.invoice_id, order_id: orderId },
			succeeded: /^completed$/i.test(fields.status),
			// Two refunds of one order can carry the same fields; each delivery's hash_key tells them apart.
			dedupeParts: [fields.invoice_id, orderId, fields.amount, fields.status, fields.hash_key],
		};
	}
	return undefined;
}

const EVENT_NAMES: Record<Reading['kind'], [string, string]> = {
	sale: ['payment.succeeded', 'payment.failed'],
	refund: ['refund.completed', 'refund.failed'],
	recurring: ['recurring.completed', 'recurring.failed'],
	threeDSecure: ['threeDSecure.succeeded', 'threeDSecure.failed'],
};

export function verifyPaymentNotification(source: IDataObject, secrets: PaymentSecrets, threeDReturn: boolean): Verdict {
	const fields = toFields(source);
	if (!fields.hash_key) return reject(401, 'hash_key missing');
	const reading = read(fields, threeDReturn);
	if (!reading) return reject(400, 'not a Sipay payment notification');
	if (fields.merchant_key && fields.merchant_key !== secrets.merchantKey) return reject(401, 'merchant_key is not this merchant');
	const received = Object.fromEntries(Object.entries(reading.received).filter(([, value]) => value !== undefined && value !== ''));
	const verification = verifyHashKey(fields.hash_key, secrets.appSecret, reading.layout, received);
	if (!verification.valid) {
		return reject(
			401,
			verification.mismatches.length ? `hash_key does not match ${verification.mismatches.join(', ')}` : 'hash_key is not authentic',
		);
	}
	const { hash_key: _hash, merchant_key: _merchantKey, ...shown } = fields;
	const event = EVENT_NAMES[reading.kind][reading.succeeded ? 0 : 1];
	return {
		accepted: true,
		event: {
			event,
			dedupeKey: [reading.kind, ...reading.dedupeParts].join('|'),
			data: { event, verified: true, ...shown, signed: verification.fields },
		},
	};
}
