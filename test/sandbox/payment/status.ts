import { json, type Route } from '../http';
import type { PaymentSim } from './index';
import { checkHash, checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';

/** POST /api/checkstatus (payment-api.md §6.1). */
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
						checkHash(sim, request, [
							{ field: 'invoice_id', value: str(body.invoice_id) },
							{ field: 'merchant_key', value: str(body.merchant_key) },
						]),
				);
				if (failure) return failure;
				const payment = sim.state.payments.get(str(body.invoice_id));
				if (!payment) return fail(31, 'Transaction not found');
				return json({
					status_code: 100,
					status_description: 'Success',
					transaction_status: payment.status,
					order_id: payment.orderId,
					invoice_id: payment.invoiceId,
					total_refunded_amount: payment.refunded,
					product_price: payment.total,
					transaction_amount: Number(payment.total),
					transaction_type: payment.transactionType,
					cc_no: payment.maskedPan,
					installment: payment.installments,
				});
			},
		},
	];
}
