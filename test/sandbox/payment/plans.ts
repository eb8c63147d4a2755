import { generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import type { WebhookDelivery } from '../webhooks';
import { fixed2, letters, istanbulDate, istanbulDateTime, newOrderId, storedTotal } from './format';
import type { PaymentSim } from './index';
import type { PaymentRecord, RecurringCharge, RecurringPlan, RecurringTerms } from './state';

/** Recurring plans created by a successful recurring payment (payment-api.md §5.2, §8, §11.2). */

export function addCycles(from: number, terms: Pick<RecurringTerms, 'cycle' | 'interval'>, times = 1): number {
	const date = new Date(from);
	const steps = terms.interval * times;
	if (terms.cycle === 'D') date.setUTCDate(date.getUTCDate() + steps);
	else if (terms.cycle === 'M') date.setUTCMonth(date.getUTCMonth() + steps);
	else date.setUTCFullYear(date.getUTCFullYear() + steps);
	return date.getTime();
}

function recordCharge(
	sim: PaymentSim,
	plan: RecurringPlan,
	status: RecurringCharge['status'],
	orderId: string,
	remarks: string,
): RecurringCharge {
	const done = plan.charges.filter((charge) => charge.status === 'Completed').length;
	const recurringNumber = done + 1;
	const charge: RecurringCharge = {
		id: sim.state.nextId(),
		saleId: sim.state.nextId(),
		scheduleId: sim.state.nextId(),
		orderId,
		amount: recurringNumber === 1 ? plan.firstAmount : plan.recurringAmount,
		actionDate: istanbulDateTime(Date.now()),
		status,
		recurringNumber,
		attempts: plan.charges.filter((entry) => entry.recurringNumber === recurringNumber).length + 1,
		remarks,
	};
	plan.charges.push(charge);
	if (status === 'Completed') {
		if (recurringNumber >= plan.terms.paymentNumber) {
			plan.status = 'COMPLETED';
			plan.nextActionAt = undefined;
		} else {
			plan.nextActionAt = addCycles(plan.createdAt, plan.terms, recurringNumber);
		}
	}
	return charge;
}

/** The first charge was the payment itself: the plan starts with occurrence 1 done. */
export function createPlan(sim: PaymentSim, payment: PaymentRecord, terms: RecurringTerms): RecurringPlan {
	const planCode = `${String(Date.now()).slice(0, 12)}${letters(4)}`;
	const amount = Number(payment.total);
	const plan: RecurringPlan = {
		recurringId: sim.state.nextId(),
		planCode,
		invoiceId: payment.invoiceId,
		firstOrderId: payment.orderId,
		currency: payment.currency,
		firstAmount: amount,
		recurringAmount: amount,
		terms: { ...terms },
		status: 'ACTIVE',
		cardNo: payment.card?.maskedPan ?? '',
		createdAt: payment.createdAt,
		charges: [],
	};
	sim.state.plans.set(planCode, plan);
	payment.planCode = planCode;
	recordCharge(sim, plan, 'Completed', payment.orderId, 'First payment');
	return plan;
}

export const nextActionDate = (plan: RecurringPlan): string | null =>
	plan.nextActionAt === undefined ? null : istanbulDate(plan.nextActionAt);

export interface PlanChargeResult {
	charge: RecurringCharge;
	delivery?: WebhookDelivery;
}

/** Performs the plan's next charge and notifies the plan's recurring webhook (§11.2). */
export async function chargePlan(sim: PaymentSim, plan: RecurringPlan, succeed: boolean): Promise<PlanChargeResult> {
	const orderId = newOrderId();
	const charge = recordCharge(sim, plan, succeed ? 'Completed' : 'Fail', orderId, succeed ? 'Payment successful' : 'Insufficient funds');
	const url = sim.merchant.recurringWebhooks[plan.terms.webhookKey];
	if (!url) return { charge };
	const delivery = await sim.webhooks.send(
		url,
		{
			merchant_key: sim.merchant.merchantKey,
			invoice_id: plan.invoiceId,
			order_id: orderId,
			product_price: fixed2(charge.amount),
			plan_code: plan.planCode,
			recurring_number: String(charge.recurringNumber),
			status: charge.status,
			attempts: String(charge.attempts),
			action_date: charge.actionDate,
			// §2.3: the payment layout, status Completed/Fail, total as Sipay stores it.
			hash_key: generateHashKey(
				[charge.status, storedTotal(charge.amount), plan.invoiceId, orderId, plan.currency],
				sim.merchant.appSecret,
			),
		},
		'form',
	);
	return { charge, delivery };
}
