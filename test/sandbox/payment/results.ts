import { generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import type { PaymentSim } from './index';
import type { PaymentRecord } from './state';

/**
 * The one description of a payment's result. Every place that reports a payment picks its fields
 * from here: 2-D responses (§5.1), 3-D redirects (§5.5), /payment/complete (§6.3), sale webhook (§11.1).
 */

/** §2.3: `status|total|invoice_id|order_id|currency_code`, status `1`/`0`, total as stored. */
export function paymentHash(sim: PaymentSim, payment: PaymentRecord): string {
	return generateHashKey(
		[payment.paymentStatus === 1 ? '1' : '0', payment.total, payment.invoiceId, payment.orderId, payment.currency],
		sim.merchant.appSecret,
	);
}

/** The text `status` of a redirect or webhook (§5.5; `Pre-Authorization Pending` in the merchant model). */
function statusText(payment: PaymentRecord): string {
	if (payment.stage !== 'complete') return payment.status;
	return payment.transactionType === 'Pre-Authorization' ? 'Pre-Authorization Pending' : 'Pending';
}

export function paymentResult(sim: PaymentSim, payment: PaymentRecord): Record<string, string | number> {
	const approved = payment.paymentStatus === 1;
	const outcome = payment.outcome ?? {
		approved: false,
		statusCode: 69,
		description: 'Oder is not processed yet!',
		bankCode: '',
		bankDescription: '',
	};
	return {
		sipay_status: approved ? 1 : 0,
		order_no: payment.orderId,
		order_id: payment.orderId,
		invoice_id: payment.invoiceId,
		status_code: outcome.statusCode,
		status_description: outcome.description,
		sipay_payment_method: 1,
		credit_card_no: payment.card?.maskedPan ?? '',
		transaction_type: payment.transactionType,
		payment_status: payment.paymentStatus,
		payment_method: 1,
		error_code: outcome.statusCode,
		error: approved ? '' : outcome.description,
		auth_code: approved ? payment.authCode : '',
		merchant_commission: payment.merchantCommission,
		user_commission: payment.userCommission,
		merchant_commission_percentage: payment.merchantCommissionPercentage,
		merchant_commission_fixed: 0,
		installment: payment.installments,
		amount: Number(payment.total),
		payment_reason_code: '',
		payment_reason_code_detail: '',
		status: statusText(payment),
		md_status: payment.mdStatus ?? '',
		hash_key: paymentHash(sim, payment),
		original_bank_error_code: approved ? '' : outcome.bankCode,
		original_bank_error_description: approved ? '' : outcome.bankDescription,
		host_reference_id: approved ? payment.hostReferenceId : '',
	};
}

/** §5.1 `data` of paySmart2D / payByCardTokenNonSecure. */
const DIRECT_FIELDS = [
	'sipay_status', 'order_no', 'order_id', 'invoice_id', 'sipay_payment_method', 'credit_card_no',
	'transaction_type', 'payment_status', 'payment_method', 'error_code', 'error', 'auth_code',
	'merchant_commission', 'user_commission', 'merchant_commission_percentage', 'merchant_commission_fixed',
	'installment', 'amount', 'payment_reason_code', 'payment_reason_code_detail', 'hash_key',
	'original_bank_error_code', 'original_bank_error_description', 'host_reference_id',
];

/** §6.3 `data` of /payment/complete. */
const COMPLETE_FIELDS = [
	'sipay_status', 'order_no', 'order_id', 'invoice_id', 'status_code', 'status_description',
	'sipay_payment_method', 'credit_card_no', 'transaction_type', 'payment_status', 'payment_method',
	'error_code', 'error', 'auth_code', 'installment', 'amount', 'payment_reason_code',
	'payment_reason_code_detail', 'status', 'hash_key', 'original_bank_error_code',
	'original_bank_error_description',
];

/** §11.1 sale webhook. */
const WEBHOOK_FIELDS = [
	'sipay_status', 'order_no', 'invoice_id', 'status_code', 'status_description', 'sipay_payment_method',
	'credit_card_no', 'transaction_type', 'payment_status', 'payment_method', 'error_code', 'error', 'status',
	'merchant_commission', 'user_commission', 'md_status', 'hash_key',
];

const pick = (result: Record<string, string | number>, names: string[]) =>
	Object.fromEntries(names.map((name) => [name, result[name]]));

/** Browser redirects and webhooks carry every value as a string (§1.4). */
const strings = (result: Record<string, string | number>): Record<string, string> =>
	Object.fromEntries(Object.entries(result).map(([name, value]) => [name, String(value)]));

export const directData = (sim: PaymentSim, payment: PaymentRecord) => pick(paymentResult(sim, payment), DIRECT_FIELDS);

export const completeData = (sim: PaymentSim, payment: PaymentRecord) =>
	pick(paymentResult(sim, payment), COMPLETE_FIELDS);

/** All §5.5 fields, as strings. */
export const redirectFields = (sim: PaymentSim, payment: PaymentRecord) => strings(paymentResult(sim, payment));

export const saleWebhookFields = (sim: PaymentSim, payment: PaymentRecord) =>
	strings(pick(paymentResult(sim, payment), WEBHOOK_FIELDS));
