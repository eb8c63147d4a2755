import type { SimResponse } from '../http';
import { fail, str } from './guard';
import type { PaymentSim } from './index';
import { isInteger, toAmount, toCents } from './format';
import { commissionBy, type CommissionBy } from './pricing';
import type { RecurringTerms, RedirectTarget } from './state';

/**
 * The business rules every payment request shares (payment-api.md §1.6, §5.0, §5.2, §12.2):
 * amounts, items, currency, installments, transaction type, webhook keys, recurring block, invoice id.
 */

export interface PaymentTerms {
	invoiceId: string;
	total: number;
	currency: string;
	installments: number;
	transactionType: 'Auth' | 'Pre-Authorization';
	completedBy: 'app' | 'merchant';
	commissionBy: CommissionBy;
	saleWebhookKey?: string;
	recurring?: RecurringTerms;
	redirect?: RedirectTarget;
}

export type Checked<T> = { failure: SimResponse } | { value: T };

/** items: an array, or a JSON string of one (form endpoints must send the string). */
export function checkItems(rawItems: unknown, total: number, discount: unknown): SimResponse | undefined {
	let items = rawItems;
	if (typeof items === 'string') {
		try {
			items = JSON.parse(items) as unknown;
		} catch {
			return fail(12, 'Items must be an array');
		}
	}
	if (!Array.isArray(items) || items.length === 0) return fail(12, 'Items must be an array');
	let cents = 0;
	for (const item of items as unknown[]) {
		if (!item || typeof item !== 'object') return fail(12, 'Invalid item format');
		const { name, price, quantity } = item as Record<string, unknown>;
		const amount = toAmount(price);
		if (str(name).trim() === '' || amount === undefined) return fail(12, 'Invalid item format');
		if (!isInteger(quantity) || Number(quantity) < 1) return fail(33, 'Item quantity must be an integer');
		cents += toCents(amount) * Number(quantity);
	}
	// `discount` (sent by the PHP SDK and inside purchase/link invoices) is taken off the item sum.
	cents -= toCents(toAmount(discount) ?? 0);
	if (cents !== toCents(total)) return fail(13, 'Sum of item prices does not equal the invoice total');
	return undefined;
}

function checkRecurring(sim: PaymentSim, body: Record<string, unknown>, installments: number): Checked<RecurringTerms | undefined> {
	const orderType = str(body.order_type);
	if (orderType === '' || orderType === '0') return { value: undefined };
	if (orderType !== '1') return { failure: fail(1, 'The selected order type is invalid.') };
	const number = Number(body.recurring_payment_number);
	const cycle = str(body.recurring_payment_cycle);
	const interval = Number(body.recurring_payment_interval);
	const webhookKey = str(body.recurring_web_hook_key);
	const problem =
		installments > 1
			? 'No installment sales in recurring payment'
			: !isInteger(body.recurring_payment_number) || number < 2 || number > 121
			? 'Recurring payment number must be an integer between 2 and 121'
			: !['D', 'M', 'Y'].includes(cycle)
			? 'Recurring payment cycle must be D, M or Y'
			: !isInteger(body.recurring_payment_interval) || interval < 1 || interval > 99
			? 'Recurring payment interval must be an integer between 1 and 99'
			: !(webhookKey in sim.merchant.recurringWebhooks)
			? 'Invalid recurring web hook key'
			: undefined;
	if (problem) return { failure: fail(55, problem) };
	return { value: { paymentNumber: number, cycle: cycle as RecurringTerms['cycle'], interval, webhookKey } };
}

/** Reused invoice_id: 3 while the first attempt is still open, 117 once it is final (§1.6). */
export function checkInvoiceFree(sim: PaymentSim, invoiceId: string): SimResponse | undefined {
	const existing = sim.state.payments.get(invoiceId);
	if (!existing) return undefined;
	return existing.stage === 'done'
		? fail(117, 'Invoice id already processed')
		: fail(3, 'Invoice id is already being processed');
}

/**
 * Reads the terms of a payment from a request body (or a purchase/link invoice merged over one).
 * `redirect` is for 3-D and link payments, which need return/cancel URLs.
 */
export function readTerms(
	sim: PaymentSim,
	body: Record<string, unknown>,
	options: { redirect: boolean },
): Checked<PaymentTerms> {
	const failure = (response: SimResponse) => ({ failure: response });
	const total = toAmount(body.total);
	if (total === undefined || total <= 0) return failure(fail(1, 'The total must be a number greater than 0.'));
	// Omnipay sends installments_number 0 for a single payment and Sipay takes it as 1.
	const installmentsRaw = body.installments_number ?? 1;
	if (!isInteger(installmentsRaw) || Number(installmentsRaw) < 0) {
		return failure(fail(1, 'The installments number must be an integer.'));
	}
	const installments = Math.max(1, Number(installmentsRaw));
	const itemsFailure = checkItems(body.items, total, body.discount);
	if (itemsFailure) return failure(itemsFailure);
	const currency = str(body.currency_code);
	// §12.2: code 12 also covers "invalid currency code".
	if (!sim.merchant.currencies.includes(currency)) return failure(fail(12, 'Invalid currency code'));
	// §12.2: 102 "POS not defined for this installment" (40 is for a missing installment plan on getpos).
	if (!sim.merchant.installments.includes(installments)) {
		return failure(fail(102, 'POS not defined for this installment'));
	}
	const type = str(body.transaction_type) || 'Auth';
	if (type !== 'Auth' && type !== 'PreAuth') return failure(fail(1, 'The selected transaction type is invalid.'));
	const completedBy = str(body.payment_completed_by) || 'app';
	if (completedBy !== 'app' && completedBy !== 'merchant') {
		return failure(fail(1, 'The selected payment completed by is invalid.'));
	}
	const method = (str(body.response_method) || 'POST').toUpperCase();
	if (method !== 'POST' && method !== 'GET') return failure(fail(1, 'The selected response method is invalid.'));
	// §5.3 insurance variant: only `insurance`, with a 10- or 11-digit identity number.
	if (body.vpos_type !== undefined && (str(body.vpos_type) !== 'insurance' || !/^\d{10,11}$/.test(str(body.identity_number)))) {
		return failure(fail(1, 'The vpos type must be insurance, with a 10 or 11 digit identity number.'));
	}
	const saleWebhookKey = str(body.sale_web_hook_key) || undefined;
	if (saleWebhookKey !== undefined && !(saleWebhookKey in sim.merchant.saleWebhooks)) {
		return failure(fail(56, 'Invalid sale web hook key'));
	}
	const recurring = checkRecurring(sim, body, installments);
	if ('failure' in recurring) return recurring;
	const invoiceId = str(body.invoice_id);
	const invoiceFailure = checkInvoiceFree(sim, invoiceId);
	if (invoiceFailure) return failure(invoiceFailure);
	return {
		value: {
			invoiceId,
			total,
			currency,
			installments,
			transactionType: type === 'PreAuth' ? 'Pre-Authorization' : 'Auth',
			completedBy,
			commissionBy: commissionBy(body),
			saleWebhookKey,
			recurring: recurring.value,
			redirect: options.redirect
				? { returnUrl: str(body.return_url), cancelUrl: str(body.cancel_url), method: method as 'POST' | 'GET' }
				: undefined,
		},
	};
}
