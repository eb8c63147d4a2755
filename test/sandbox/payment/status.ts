import { json, type Route } from '../http';
import { fixed2, istanbulDateTime } from './format';
import { checkFreshHash, checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { nextActionDate } from './plans';
import { settlementDate } from './settlement';
import { refundedAmount, type PaymentRecord } from './state';

/** POST /api/checkstatus (payment-api.md §6.1). */

const truthy = (value: unknown) => [true, 1, '1', 'true', 'Y', 'y', 'yes'].includes(value as never);

const NOT_PROCESSED = 'Oder is not processed yet!';

function messageAndReason(payment: PaymentRecord): [string, string] {
	if (payment.stage !== 'done') return ['Order is not processed yet', 'User did not complete the process'];
	if (payment.status === 'Failed') return ['Payment failed', payment.outcome?.description ?? ''];
	if (payment.status === 'Cancelled') return ['Payment cancelled', ''];
	return ['Payment successful', ''];
}

function recurringFields(sim: PaymentSim, payment: PaymentRecord) {
	const plan = payment.planCode ? sim.state.plans.get(payment.planCode) : undefined;
	if (!plan) return {};
	return {
		recurring_id: plan.recurringId,
		recurring_plan_code: plan.planCode,
		next_action_date: nextActionDate(plan),
		recurring_status: plan.status,
	};
}

export function statusRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/checkstatus',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'invoice_id', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() =>
						checkFreshHash(sim, request, [
							{ field: 'invoice_id', value: str(body.invoice_id) },
							{ field: 'merchant_key', value: str(body.merchant_key) },
						]),
				);
				if (failure) return failure;
				const payment = sim.state.payments.get(str(body.invoice_id));
				if (!payment) return fail(31, 'Transaction not found');
				const pending = payment.stage !== 'done';
				// §6.1: an unfinished order is a plain 69 error, or with include_pending_status its full
				// record (still status 69, transaction_status Pending). Final orders, paid or not, are 100.
				if (pending && !truthy(body.include_pending_status)) return fail(69, NOT_PROCESSED);
				const approved = payment.paymentStatus === 1 && !pending;
				const [message, reason] = messageAndReason(payment);
				const outcome = payment.outcome;
				return json({
					status_code: pending ? 69 : 100,
					status_description: pending ? NOT_PROCESSED : 'Success',
					transaction_status: payment.status,
					order_id: payment.orderId,
					transaction_id: payment.transactionId,
					message,
					reason,
					bank_status_code: pending ? '' : outcome?.bankCode ?? '',
					bank_status_description: pending ? '' : outcome?.bankDescription ?? '',
					invoice_id: payment.invoiceId,
					total_refunded_amount: refundedAmount(payment),
					product_price: payment.total,
					transaction_amount: Number(payment.total) + payment.userCommission,
					ref_number: approved ? payment.hostReferenceId : '',
					transaction_type: payment.transactionType,
					original_bank_error_code: approved || pending ? '' : outcome?.bankCode ?? '',
					original_bank_error_description: approved || pending ? '' : outcome?.bankDescription ?? '',
					cc_no: payment.card?.maskedPan ?? '',
					refund_info: truthy(body.show_refund_info)
						? payment.refunds.map((refund) => ({
								refund_transaction_id: refund.refundTransactionId ?? '',
								amount: refund.amount,
								ref_no: refund.refNo,
								status: 'Completed',
								created_at: istanbulDateTime(refund.at),
							}))
						: [],
					payment_reason_code: '',
					payment_reason_code_detail: '',
					merchant_commission: fixed2(payment.merchantCommission),
					user_commission: fixed2(payment.userCommission),
					settlement_date: approved ? settlementDate(payment) : null,
					installment: payment.installments,
					card_type: payment.card?.cardType ?? '',
					...(payment.mdStatus === undefined ? {} : { md_status: payment.mdStatus }),
					...recurringFields(sim, payment),
				});
			},
		},
	];
}
