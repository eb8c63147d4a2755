import { sameMoney } from '../shared/amount';
import { RESPONSE_HASH_LAYOUTS, type ResponseHashLayout } from '../hash/recipes';
import { verifyHashKey } from '../hash/verify';
import { refuse, type Refusal } from './events';
import type { Fields } from './intake';

/**
 * What a Payment API notification (payment-api.md §11) or 3-D return (§5.5) claims, read strictly
 * and checked against its hash_key. The hash is a filter, not proof: it is AES-CBC without a MAC,
 * so whoever has seen one hash can rewrite its first 16 plaintext bytes. Only Sipay's answer to
 * the confirmation call is proof (see paymentConfirm.ts).
 */

export type PaymentKind = 'sale' | 'refund' | 'recurring' | 'threeDSecure';

export interface PaymentClaim {
	kind: PaymentKind;
	/** From the hash: `1`/`0` (sale, 3-D), `Completed`/`Fail` (recurring), `Completed` (refund). */
	status: string;
	succeeded: boolean;
	amount: string;
	invoiceId: string;
	orderId: string;
	currency?: string;
	/** Recurring webhooks: posted, not signed; confirmed against Sipay's plan. */
	planCode?: string;
	recurringNumber?: string;
	attempts?: string;
}

export interface PaymentSecrets {
	appSecret: string;
	merchantKey: string;
}

function kindOf(fields: Fields, threeDReturn: boolean): PaymentKind | undefined {
	if (threeDReturn) return 'threeDSecure';
	if (fields.plan_code !== undefined || fields.recurring_number !== undefined) return 'recurring';
	if (fields.payment_status !== undefined || fields.sipay_status !== undefined) return 'sale';
	if (fields.amount !== undefined && fields.status !== undefined) return 'refund';
	return undefined;
}

const LAYOUT: Record<PaymentKind, ResponseHashLayout> = {
	sale: 'payment',
	threeDSecure: 'payment',
	recurring: 'payment',
	refund: 'refund',
};

/** Posted fields that repeat a signed one, by the signed field's name. */
const ALIASES: Record<PaymentKind, Record<string, string[]>> = {
	sale: { status: ['payment_status', 'sipay_status'], order_id: ['order_id', 'order_no'], invoice_id: ['invoice_id'], total: ['amount', 'total'], currency_code: ['currency_code'] },
	threeDSecure: { status: ['payment_status', 'sipay_status'], order_id: ['order_id', 'order_no'], invoice_id: ['invoice_id'], total: ['amount', 'total'], currency_code: ['currency_code'] },
	recurring: { status: ['status'], order_id: ['order_id', 'order_no'], invoice_id: ['invoice_id'], total: ['product_price', 'amount', 'total'], currency_code: ['currency_code'] },
	refund: { status: ['status'], amount: ['amount'], invoice_id: ['invoice_id'], order_id: ['order_id', 'order_no'] },
};

const AMOUNTS = new Set(['total', 'amount']);

function agrees(signedName: string, signed: string, posted: string): boolean {
	if (AMOUNTS.has(signedName)) return sameMoney(signed, posted);
	if (signedName === 'status') return signed.toLowerCase() === posted.toLowerCase();
	return signed === posted;
}

const STATUS_RULES: Record<PaymentKind, (status: string) => boolean | undefined> = {
	sale: (status) => (status === '1' ? true : status === '0' ? false : undefined),
	threeDSecure: (status) => (status === '1' ? true : status === '0' ? false : undefined),
	recurring: (status) => (/^completed$/i.test(status) ? true : /^fail(ed)?$/i.test(status) ? false : undefined),
	refund: (status) => (/^completed$/i.test(status) ? true : undefined),
};

export function readPaymentClaim(fields: Fields, secrets: PaymentSecrets, threeDReturn: boolean): PaymentClaim | Refusal {
	if (!fields.hash_key) return refuse('unverified', 'hash_key missing');
	const kind = kindOf(fields, threeDReturn);
	if (!kind) return refuse('malformed', 'not a Sipay payment notification');
	if (fields.merchant_key !== undefined && fields.merchant_key !== secrets.merchantKey) {
		return refuse('unverified', 'merchant_key is not this merchant');
	}
	const layout = LAYOUT[kind];
	const verification = verifyHashKey(fields.hash_key, secrets.appSecret, layout, {});
	if (!verification.valid) return refuse('unverified', 'hash_key is not authentic for this App Secret');
	const signed = verification.fields;

	for (const name of RESPONSE_HASH_LAYOUTS[layout]) {
		for (const alias of ALIASES[kind][name] ?? []) {
			const posted = fields[alias];
			if (posted !== undefined && !agrees(name, signed[name], posted)) {
				return refuse('unverified', `posted ${alias} differs from the signed ${name}`);
			}
		}
	}
	const orderPosted = ALIASES[kind].order_id.some((alias) => fields[alias]);
	if (!fields.invoice_id || !orderPosted || !signed.invoice_id || !signed.order_id) {
		return refuse('malformed', 'invoice id or order id missing');
	}
	const succeeded = STATUS_RULES[kind](signed.status);
	if (succeeded === undefined) return refuse('unverified', `signed status "${signed.status.slice(0, 20)}" is not one Sipay sends`);
	const amount = signed.total ?? signed.amount;
	if (!sameMoney(amount, amount)) return refuse('unverified', 'signed amount is not money');

	const claim: PaymentClaim = {
		kind,
		status: signed.status,
		succeeded,
		amount,
		invoiceId: signed.invoice_id,
		orderId: signed.order_id,
		currency: signed.currency_code,
	};
	if (kind === 'recurring') {
		if (!/^\d{1,6}$/.test(fields.recurring_number ?? '') || !fields.plan_code) {
			return refuse('malformed', 'plan_code or recurring_number missing');
		}
		claim.planCode = fields.plan_code;
		claim.recurringNumber = fields.recurring_number;
		if (fields.attempts !== undefined) {
			if (!/^\d{1,4}$/.test(fields.attempts)) return refuse('malformed', 'attempts is not a number');
			claim.attempts = fields.attempts;
		}
	}
	return claim;
}
