import { json, type Route, type SimResponse } from '../http';
import { istanbulDateTime, isInteger, round2, toAmount } from './format';
import { checkMerchantKey, checkRequired, checkToken, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { addCycles, nextActionDate } from './plans';
import { CURRENCY_SYMBOLS } from './pricing';
import type { RecurringPlan } from './state';

/** Recurring plan calls (payment-api.md §8): no hash; answers use `status_code` + `message`. */

const answer = (statusCode: number, message: string, fields: Record<string, unknown> = {}): SimResponse =>
	json({ status_code: statusCode, message, ...fields });

const completedCharges = (plan: RecurringPlan) => plan.charges.filter((charge) => charge.status === 'Completed').length;

function planFields(sim: PaymentSim, plan: RecurringPlan, recurringNumber: number) {
	return {
		recurring_id: plan.recurringId,
		plan_code: plan.planCode,
		currency: plan.currency,
		currency_symbol: CURRENCY_SYMBOLS[plan.currency] ?? plan.currency,
		first_amount: plan.firstAmount,
		recurring_amount: plan.recurringAmount,
		total_amount: round2(plan.firstAmount + plan.recurringAmount * (plan.terms.paymentNumber - 1)),
		payment_number: plan.terms.paymentNumber,
		payment_interval: plan.terms.interval,
		payment_cycle: plan.terms.cycle,
		first_order_id: plan.firstOrderId,
		merchant_id: sim.merchant.merchantId,
		card_no: plan.cardNo,
		next_action_date: nextActionDate(plan),
		recurring_status: plan.status,
		transaction_date: istanbulDateTime(plan.createdAt),
		transactionHistories: plan.charges
			.filter((charge) => charge.recurringNumber === recurringNumber)
			.map((charge) => ({
				id: charge.id,
				sale_recurring_id: plan.recurringId,
				sale_id: charge.saleId,
				merchant_id: sim.merchant.merchantId,
				sale_recurring_payment_schedule_id: charge.scheduleId,
				amount: charge.amount,
				action_date: charge.actionDate,
				status: charge.status,
				recurring_number: charge.recurringNumber,
				attempts: charge.attempts,
				remarks: charge.remarks,
			})),
	};
}

export function recurringRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/recurringPlan/query',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'plan_code', 'recurring_number']),
					() => checkMerchantKey(sim, request),
				);
				if (failure) return failure;
				const plan = sim.state.plans.get(str(body.plan_code));
				if (!plan) return answer(31, 'Recurring plan not found');
				const number = Number(body.recurring_number);
				if (!isInteger(body.recurring_number) || number < 1 || number > plan.terms.paymentNumber) {
					return answer(1, `The recurring number must be an integer between 1 and ${plan.terms.paymentNumber}.`);
				}
				return answer(100, 'Recurring plan fetched successfully', planFields(sim, plan, number));
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/api/recurring/plan/process',
			handler: (request) => {
				const body = request.body;
				// §8.2/§13 #20: clients send merchant_id (Node SDK) and/or merchant_key; each sent must match.
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['plan_code']),
					() =>
						body.merchant_key === undefined && body.merchant_id === undefined
							? answer(1, 'The merchant key or merchant id field is required.')
							: undefined,
					() => (body.merchant_key === undefined ? undefined : checkMerchantKey(sim, request)),
					() =>
						body.merchant_id === undefined || str(body.merchant_id) === String(sim.merchant.merchantId)
							? undefined
							: answer(14, 'Merchant not found'),
				);
				if (failure) return failure;
				const plan = sim.state.plans.get(str(body.plan_code));
				if (!plan) return answer(31, 'Recurring plan not found');
				const last = plan.charges[plan.charges.length - 1];
				const fields = { plan_code: plan.planCode, recurring_number: last.recurringNumber };
				// The latest charge decides. A failed one is 41 "payment failed" (§12.2); when it failed again
				// on a repeated attempt, 113 "Failed" (the code the Non-Secure Recurring page shows, §5.1).
				if (last.status === 'Completed') return answer(100, 'Recurring payment processed successfully', fields);
				return last.attempts > 1
					? answer(113, `Failed: ${last.remarks}`, fields)
					: answer(41, `Recurring payment failed: ${last.remarks}`, fields);
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/api/recurringPlan/update',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'plan_code']),
					() => checkMerchantKey(sim, request),
				);
				if (failure) return failure;
				const plan = sim.state.plans.get(str(body.plan_code));
				if (!plan) return answer(71, 'Recurring plan update failed: plan not found');
				if (plan.status === 'COMPLETED') return answer(71, 'Recurring plan update failed: the plan is completed');
				const given = (name: string) => body[name] !== undefined && body[name] !== null && str(body[name]) !== '';
				const amount = given('recurring_amount') ? toAmount(body.recurring_amount) : undefined;
				if (given('recurring_amount') && (amount === undefined || amount <= 0)) {
					return answer(1, 'The recurring amount must be a number greater than 0.');
				}
				// §8.3: ACTIVE / INACTIVE; the Node SDK sends `Active`, so case is not significant.
				const status = given('recurring_status') ? str(body.recurring_status).toUpperCase() : undefined;
				if (status !== undefined && status !== 'ACTIVE' && status !== 'INACTIVE') {
					return answer(1, 'The recurring status must be ACTIVE or INACTIVE.');
				}
				const number = given('recurring_payment_number') ? Number(body.recurring_payment_number) : undefined;
				if (number !== undefined && (!isInteger(body.recurring_payment_number) || number < 2 || number > 121)) {
					return answer(1, 'The recurring payment number must be an integer between 2 and 121.');
				}
				const done = completedCharges(plan);
				if (number !== undefined && number < done) {
					return answer(71, 'Recurring plan update failed: fewer payments than already charged');
				}
				if (amount !== undefined) plan.recurringAmount = round2(amount);
				if (number !== undefined) plan.terms.paymentNumber = number;
				if (status !== undefined) plan.status = status as RecurringPlan['status'];
				if (done >= plan.terms.paymentNumber) plan.status = 'COMPLETED';
				plan.nextActionAt = plan.status === 'ACTIVE' ? addCycles(plan.createdAt, plan.terms, done) : undefined;
				return answer(100, 'Recurring plan updated successfully');
			},
		},
	];
}
