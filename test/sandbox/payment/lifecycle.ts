import { authorize, cardProfile, maskPan, type BankAnswer, type CardDetails } from './bank';
import { digits, newOrderId, newTransactionId, storedTotal } from './format';
import type { PaymentSim } from './index';
import { createPlan } from './plans';
import { commission } from './pricing';
import { saleWebhookFields } from './results';
import type { Outcome, PaymentRecord, PaymentStage } from './state';
import type { PaymentTerms } from './terms';

/** How a payment moves from request to final result, whatever the channel (2-D, 3-D, link, token). */

export function openPayment(sim: PaymentSim, terms: PaymentTerms, stage: PaymentStage): PaymentRecord {
	const now = Date.now();
	const payment: PaymentRecord = {
		invoiceId: terms.invoiceId,
		orderId: newOrderId(),
		transactionId: newTransactionId(sim.merchant.merchantId, now),
		total: storedTotal(terms.total),
		currency: terms.currency,
		installments: terms.installments,
		transactionType: terms.transactionType,
		status: 'Pending',
		stage,
		paymentStatus: 0,
		completedBy: terms.completedBy,
		commissionBy: terms.commissionBy,
		authCode: `P${digits(5)}`,
		hostReferenceId: digits(12),
		merchantCommission: 0,
		merchantCommissionPercentage: 0,
		userCommission: 0,
		refunds: [],
		redirect: terms.redirect,
		saleWebhookKey: terms.saleWebhookKey,
		recurring: terms.recurring,
		createdAt: now,
	};
	sim.state.payments.set(payment.invoiceId, payment);
	return payment;
}

export function attachCard(payment: PaymentRecord, cardNumber: string): void {
	payment.card = { ...cardProfile(cardNumber), maskedPan: maskPan(cardNumber) };
}

/** A declined payment answers status_code 41 "payment failed" with the bank's reason (§1.4, §12.2). */
export const declined = (bankCode: string, bankDescription: string, description = bankDescription): Outcome => ({
	approved: false,
	statusCode: 41,
	description,
	bankCode,
	bankDescription,
});

export const THREE_D_FAILED = declined('', '3D Secure authentication failed');

/** The final result of a charge. */
export function settle(sim: PaymentSim, payment: PaymentRecord, answer: BankAnswer | Outcome): void {
	const outcome: Outcome =
		'statusCode' in answer
			? answer
			: answer.approved
			? { approved: true, statusCode: 100, description: 'Payment Successfully Completed', bankCode: answer.code, bankDescription: answer.description }
			: declined(answer.code, answer.description);
	payment.outcome = outcome;
	payment.stage = 'done';
	payment.heldAnswer = undefined;
	if (!outcome.approved) {
		payment.status = 'Failed';
		payment.paymentStatus = 0;
		return;
	}
	payment.status = 'Completed';
	payment.paymentStatus = 1;
	if (payment.transactionType === 'Pre-Authorization') payment.preAuth = 'authorized';
	const fee = commission(Number(payment.total), payment.installments, payment.commissionBy);
	payment.merchantCommission = fee.merchant;
	payment.userCommission = fee.user;
	payment.merchantCommissionPercentage = payment.commissionBy === 'merchant' ? fee.percentage : 0;
	if (payment.recurring) createPlan(sim, payment, payment.recurring);
}

/**
 * The 3-D password step. App model: the charge happens now. Merchant model (§5.7, §6.3): only the
 * authentication happens; the bank's answer waits for /payment/complete.
 */
export function authenticate(sim: PaymentSim, payment: PaymentRecord, card: CardDetails, passed: boolean): void {
	payment.mdStatus = passed ? 1 : 0;
	if (payment.completedBy === 'app') {
		settle(sim, payment, passed ? authorize(card) : THREE_D_FAILED);
		return;
	}
	payment.stage = 'complete';
	payment.paymentStatus = passed ? 1 : 0;
	payment.heldAnswer = passed ? authorize(card) : undefined;
	payment.outcome = passed
		? { approved: true, statusCode: 100, description: '3D authentication successful', bankCode: '', bankDescription: '' }
		: THREE_D_FAILED;
}

/** Sale webhook (§11.1) for a final charge result; a failed delivery never fails the payment. */
export async function notifySale(sim: PaymentSim, payment: PaymentRecord): Promise<void> {
	const url = payment.saleWebhookKey ? sim.merchant.saleWebhooks[payment.saleWebhookKey] : undefined;
	if (url) await sim.webhooks.send(url, saleWebhookFields(sim, payment), 'form');
}
