import type { IDataObject } from 'n8n-workflow';

import { centsToAmount, moneyCents, sameMoney } from '../shared/amount';
import { paymentRequest, paymentStatusCode } from '../transport/payment';
import type { SipayContext } from '../transport/send';
import { eventKey } from './dedupe';
import { refuse, type Refusal, type SipayEvent } from './events';
import type { PaymentClaim } from './paymentClaims';

/**
 * The proof: before a Payment API event starts the workflow, Sipay is asked over the authenticated
 * API what really happened — `checkstatus` for sales, 3-D returns and refunds (payment-api.md §6.1),
 * `recurringPlan/query` for recurring charges (§8.1). The event, its amounts and ids are taken from
 * that answer; a claim Sipay does not back starts nothing.
 */

type Answer = IDataObject;

/** The payment's outcome in Sipay's books, whatever happened to it since (refunds keep it paid). */
type Outcome = 'paid' | 'failed' | 'pending';

function outcomeOf(status: unknown): Outcome | undefined {
	switch (String(status ?? '').toLowerCase()) {
		case 'completed':
		case 'refunded':
		case 'partially refunded':
			return 'paid';
		case 'failed':
		case 'cancelled':
		case 'canceled':
			return 'failed';
		case 'pending':
			return 'pending';
		default:
			return undefined;
	}
}

async function ask(context: SipayContext, call: () => Promise<Answer>): Promise<Answer | Refusal> {
	try {
		return await call();
	} catch (error) {
		context.logger.warn(`Sipay Trigger: confirmation call failed: ${(error as Error).message}`);
		return refuse('unavailable', 'Sipay did not confirm the event (no usable answer)');
	}
}

async function checkStatus(context: SipayContext, invoiceId: string): Promise<Answer | Refusal> {
	const answer = await ask(context, async () => {
		const { body } = await paymentRequest.call(context, 0, {
			path: '/api/checkstatus',
			sign: 'checkStatus',
			answerCodes: ['69', '31'],
			body: { invoice_id: invoiceId, include_pending_status: true, show_refund_info: 'Y' },
		});
		return body;
	});
	if ('refused' in answer) return answer as Refusal;
	if (paymentStatusCode(answer) === '31') return refuse('unverified', 'Sipay knows no such invoice');
	if (String(answer.order_id ?? '') === '') return refuse('unavailable', 'Sipay answered without an order');
	return answer;
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

const money = (value: unknown) => {
	const cents = moneyCents(value);
	return cents === undefined ? null : centsToAmount(cents);
};

/** The checkstatus fields an output item leads with. */
function paymentFacts(status: Answer, claim: PaymentClaim): IDataObject {
	return {
		invoice_id: text(status.invoice_id) || claim.invoiceId,
		order_id: text(status.order_id),
		amount: money(status.product_price),
		// checkstatus reports no currency: this one is the signed hash_key's.
		currency: claim.currency ?? null,
		status: text(status.transaction_status),
		transaction_type: text(status.transaction_type),
		refunded_amount: money(status.total_refunded_amount ?? 0),
		...(status.md_status === undefined ? {} : { md_status: text(status.md_status) }),
	};
}

function sameOrder(status: Answer, claim: PaymentClaim): Refusal | undefined {
	if (text(status.order_id) !== claim.orderId) return refuse('unverified', 'Sipay has another order for this invoice');
	return undefined;
}

async function confirmSale(context: SipayContext, claim: PaymentClaim): Promise<SipayEvent | Refusal> {
	const status = await checkStatus(context, claim.invoiceId);
	if ('refused' in status) return status as Refusal;
	const wrong = sameOrder(status, claim);
	if (wrong) return wrong;
	if (!sameMoney(status.product_price, claim.amount)) return refuse('unverified', 'Sipay has another amount');
	const outcome = outcomeOf(status.transaction_status);
	const threeD = claim.kind === 'threeDSecure';
	let event: string | undefined;
	let key: Outcome | 'authenticated' = outcome ?? 'pending';
	if (claim.succeeded && outcome === 'paid') event = threeD ? 'threeDSecure.succeeded' : 'payment.succeeded';
	else if (!claim.succeeded && outcome === 'failed') event = threeD ? 'threeDSecure.failed' : 'payment.failed';
	else if (threeD && outcome === 'pending' && text(status.md_status) === (claim.succeeded ? '1' : '0')) {
		// Merchant-completed 3-D payments (§5.7, §6.3): authenticated (or not), not charged yet.
		event = claim.succeeded ? 'threeDSecure.awaitingCompletion' : 'threeDSecure.failed';
		key = claim.succeeded ? 'authenticated' : 'failed';
	}
	if (!event) {
		return outcome === 'pending'
			? refuse('unavailable', 'Sipay has not finished this payment yet')
			: refuse('unverified', `Sipay says the payment is ${text(status.transaction_status) || 'unknown'}`);
	}
	return {
		event,
		keys: [paymentKey(claim.orderId, key)],
		data: { event, confirmed: true, ...paymentFacts(status, claim), confirmation: status },
	};
}

/** Sale webhooks and 3-D returns of one payment share a key: it runs once whichever comes first. */
export const paymentKey = (orderId: string, outcome: string) => eventKey('payment', orderId, outcome);

async function confirmRefund(context: SipayContext, claim: PaymentClaim): Promise<SipayEvent | Refusal> {
	const status = await checkStatus(context, claim.invoiceId);
	if ('refused' in status) return status as Refusal;
	const wrong = sameOrder(status, claim);
	if (wrong) return wrong;
	const refunds = Array.isArray(status.refund_info) ? (status.refund_info as IDataObject[]) : [];
	let matching = refunds.filter(
		(refund) => sameMoney(refund.amount, claim.amount) && (refund.status === undefined || /^completed$/i.test(text(refund.status))),
	).length;
	// Where Sipay lists no refund history, its refunded total must cover the refund.
	if (refunds.length === 0 && (moneyCents(status.total_refunded_amount) ?? 0) >= (moneyCents(claim.amount) ?? Infinity)) matching = 1;
	if (matching === 0) return refuse('unverified', 'Sipay has no such refund');
	const cents = moneyCents(claim.amount) ?? 0;
	return {
		event: 'refund.completed',
		keys: Array.from({ length: matching }, (_, index) => eventKey('refund', claim.orderId, cents, index + 1)),
		data: {
			event: 'refund.completed',
			confirmed: true,
			...paymentFacts(status, claim),
			refund_amount: centsToAmount(cents),
			confirmation: status,
		},
	};
}

async function confirmRecurring(context: SipayContext, claim: PaymentClaim): Promise<SipayEvent | Refusal> {
	const plan = await ask(context, async () => {
		const { body } = await paymentRequest.call(context, 0, {
			path: '/api/recurringPlan/query',
			answerCodes: ['31'],
			body: { plan_code: claim.planCode, recurring_number: Number(claim.recurringNumber) },
		});
		return body;
	});
	if ('refused' in plan) return plan as Refusal;
	if (paymentStatusCode(plan) !== '100') return refuse('unverified', 'Sipay knows no such recurring plan');
	const sale = await checkStatus(context, claim.invoiceId);
	if ('refused' in sale) return sale as Refusal;
	if (text(sale.recurring_plan_code) !== claim.planCode) return refuse('unverified', 'the plan is not this invoice\'s');
	const wanted = claim.succeeded ? 'completed' : 'fail';
	const charges = Array.isArray(plan.transactionHistories) ? (plan.transactionHistories as IDataObject[]) : [];
	const charge = charges.find(
		(entry) =>
			text(entry.recurring_number) === claim.recurringNumber &&
			text(entry.status).toLowerCase().startsWith(wanted) &&
			(claim.attempts === undefined || text(entry.attempts) === claim.attempts) &&
			sameMoney(entry.amount, claim.amount),
	);
	if (!charge) return refuse('unverified', 'Sipay has no such charge in the plan');
	const event = claim.succeeded ? 'recurring.completed' : 'recurring.failed';
	return {
		event,
		keys: [eventKey('recurring', claim.planCode ?? '', claim.recurringNumber ?? '', text(charge.attempts), wanted)],
		data: {
			event,
			confirmed: true,
			invoice_id: text(sale.invoice_id) || claim.invoiceId,
			plan_code: claim.planCode,
			recurring_number: Number(claim.recurringNumber),
			attempts: Number(charge.attempts),
			amount: money(charge.amount),
			currency: text(plan.currency) || null,
			status: text(charge.status),
			action_date: text(charge.action_date),
			confirmation: { ...plan, transactionHistories: [charge] },
		},
	};
}

export async function confirmPaymentClaim(context: SipayContext, claim: PaymentClaim): Promise<SipayEvent | Refusal> {
	if (claim.kind === 'refund') return await confirmRefund(context, claim);
	if (claim.kind === 'recurring') return await confirmRecurring(context, claim);
	return await confirmSale(context, claim);
}
