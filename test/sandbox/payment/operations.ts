import { generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { json, type Route } from '../http';
import { digits, storedTotal, toAmount, toCents } from './format';
import { checkFreshHash, checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { notifySale, settle } from './lifecycle';
import { commission } from './pricing';
import { completeData } from './results';
import { refundedAmount, type PaymentRecord } from './state';

/** What happens after a payment: confirm (§6.2), complete (§6.3), refund (§6.5). */

function confirm(payment: PaymentRecord, capture: boolean, amount: number | undefined): void {
	payment.preAuth = capture ? 'captured' : 'cancelled';
	if (!capture) {
		payment.status = 'Cancelled';
		payment.paymentStatus = 0;
		return;
	}
	if (amount !== undefined) payment.total = storedTotal(amount);
	const fee = commission(Number(payment.total), payment.installments, payment.commissionBy);
	payment.merchantCommission = fee.merchant;
	payment.userCommission = fee.user;
}

const refundable = (payment: PaymentRecord): boolean =>
	payment.stage === 'done' &&
	(payment.status === 'Completed' || payment.status === 'Partially Refunded') &&
	payment.preAuth !== 'authorized';

export function operationRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/confirmPayment',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'invoice_id', 'status', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() =>
						checkFreshHash(sim, request, [
							{ field: 'merchant_key', value: str(body.merchant_key) },
							{ field: 'invoice_id', value: str(body.invoice_id) },
							{ field: 'status', value: str(body.status) },
						]),
				);
				if (failure) return failure;
				const status = str(body.status);
				if (status !== '1' && status !== '2') return fail(1, 'The selected status is invalid.');
				const payment = sim.state.payments.get(str(body.invoice_id));
				// Only an authorized, not yet confirmed pre-authorization can be captured or released.
				if (!payment || payment.preAuth !== 'authorized') return fail(31, 'Pre-authorization not found');
				// §6.2: total ≤ the pre-authorized amount; omitted or 0 captures everything.
				const requested = body.total === undefined || body.total === null || body.total === '' ? 0 : toAmount(body.total);
				if (requested === undefined) return fail(1, 'The total must be a number.');
				if (toCents(requested) > toCents(Number(payment.total))) {
					return fail(1, 'The total may not be greater than the pre-authorized amount.');
				}
				confirm(payment, status === '1', requested > 0 ? requested : undefined);
				return json({
					status_code: 100,
					status_description: status === '1' ? 'Payment successfully confirmed' : 'Pre-authorization successfully cancelled',
					transaction_status: payment.status,
					order_id: payment.orderId,
					invoice_id: payment.invoiceId,
				});
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/payment/complete',
			handler: async (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'invoice_id', 'order_id', 'status', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() =>
						checkFreshHash(sim, request, [
							{ field: 'merchant_key', value: str(body.merchant_key) },
							{ field: 'invoice_id', value: str(body.invoice_id) },
							{ field: 'order_id', value: str(body.order_id) },
							{ field: 'status', value: str(body.status) },
						]),
				);
				if (failure) return failure;
				const status = str(body.status);
				if (status !== 'complete' && status !== 'cancel') return fail(1, 'The selected status is invalid.');
				const payment = sim.state.payments.get(str(body.invoice_id));
				if (!payment || payment.orderId !== str(body.order_id)) return fail(31, 'Transaction not found');
				// Only payment_completed_by=merchant payments that passed the bank step wait for this call.
				if (payment.stage !== 'complete') return fail(31, 'No payment awaiting completion for this invoice');
				if (status === 'cancel') {
					settle(sim, payment, { approved: false, statusCode: 100, description: 'Payment cancelled', bankCode: '', bankDescription: '' });
					payment.status = 'Cancelled';
				} else {
					if (!payment.heldAnswer) return fail(105, 'Transaction not approved: 3D authentication failed');
					settle(sim, payment, payment.heldAnswer);
					await notifySale(sim, payment);
				}
				const outcome = payment.outcome!;
				return json({ status_code: outcome.statusCode, status_description: outcome.description, data: completeData(sim, payment) });
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/api/refund',
			handler: async (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['invoice_id', 'amount', 'app_id', 'app_secret', 'merchant_key', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() =>
						body.app_id === sim.merchant.appId && body.app_secret === sim.merchant.appSecret
							? undefined
							: fail(30, 'Invalid credentials'),
					() =>
						checkFreshHash(sim, request, [
							{ field: 'amount', value: str(body.amount), numeric: true },
							{ field: 'invoice_id', value: str(body.invoice_id) },
							{ field: 'merchant_key', value: str(body.merchant_key) },
						]),
				);
				if (failure) return failure;
				const amount = toAmount(body.amount);
				if (amount === undefined || amount <= 0) return fail(1, 'The amount must be a number greater than 0.');
				const refundId = str(body.refund_transaction_id) || undefined;
				if (refundId !== undefined && sim.state.refundTransactionIds.has(refundId)) {
					return fail(104, 'Refund transaction id must be unique');
				}
				const webhookKey = str(body.refund_web_hook_key) || undefined;
				// Unknown refund webhook keys are refused like unknown sale (56) and recurring (55) keys.
				if (webhookKey !== undefined && !(webhookKey in sim.merchant.refundWebhooks)) {
					return fail(1, 'The selected refund web hook key is invalid.');
				}
				const payment = sim.state.payments.get(str(body.invoice_id));
				if (!payment) return fail(31, 'Transaction not found');
				if (!refundable(payment)) return fail(49, 'Refund failed: the transaction is not in a refundable state');
				const netCents = toCents(Number(payment.total)) - toCents(refundedAmount(payment));
				if (toCents(amount) > netCents) return fail(49, 'Refund failed: the amount exceeds the net amount');
				const refNo = digits(12);
				payment.refunds.push({ amount, refundTransactionId: refundId, refNo, at: Date.now() });
				if (refundId !== undefined) sim.state.refundTransactionIds.add(refundId);
				payment.status = toCents(amount) === netCents ? 'Refunded' : 'Partially Refunded';
				const url = webhookKey ? sim.merchant.refundWebhooks[webhookKey] : undefined;
				if (url) {
					const sentAmount = str(body.amount);
					await sim.webhooks.send(
						url,
						{
							invoice_id: payment.invoiceId,
							order_id: payment.orderId,
							amount: sentAmount,
							status: 'Completed',
							// §2.3 refund layout: status|amount|invoice_id|order_id.
							hash_key: generateHashKey(['Completed', sentAmount, payment.invoiceId, payment.orderId], sim.merchant.appSecret),
						},
						'form',
					);
				}
				return json({
					status_code: 100,
					status_description: 'Refund completed successfully',
					order_no: payment.orderId,
					invoice_id: payment.invoiceId,
					ref_no: refNo,
					ref_number: refNo,
				});
			},
		},
	];
}
