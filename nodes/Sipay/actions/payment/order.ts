import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { failFor, requiredString, textValue } from '../../shared/params';
import { shown } from '../../shared/redact';
import { type OptionalSet, readAdditionalFields } from './additionalFields';
import { amountValue, integerValue, readCurrency, readInteger } from './validate';

/**
 * The order part of a payment request (payment-api.md §5.0, §5.2): amount, currency, installments,
 * invoice, items and the recurring block, read and checked before anything is sent.
 */

export interface SipayItem extends IDataObject {
	name: string;
	price: string;
	quantity: number;
	description: string;
}

export interface Order {
	invoiceId: string;
	invoiceDescription: string;
	/** The one formatted amount used in the body and in the hash. */
	total: string;
	currency: string;
	installments: number;
	items: SipayItem[];
	/** Body fields of the Additional Fields the user set. */
	additional: IDataObject;
	/** order_type and recurring_* fields, empty for a one-off payment. */
	recurring: IDataObject;
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const asAmount = (value: number) => (value / 100).toFixed(2);

interface ItemInput {
	name?: unknown;
	price?: unknown;
	quantity?: unknown;
	description?: unknown;
}

/**
 * The basket lines; with none given, one line for the whole order. Σ price × quantity must equal the
 * total plus the discount (Sipay: 13) and quantities must be whole numbers (Sipay: 33).
 */
export function readItems(
	context: IExecuteFunctions,
	itemIndex: number,
	total: string,
	description: string,
	discount: string | undefined,
): SipayItem[] {
	const fail = failFor(context, itemIndex);
	const discountCents = discount === undefined ? 0 : cents(discount);
	const collection = context.getNodeParameter('items', itemIndex, {}) as { item?: unknown };
	const lines = collection?.item ?? [];
	if (!Array.isArray(lines)) throw fail(`Items must be a list of lines, got ${shown(lines)}`);
	if (lines.length === 0) {
		const price = asAmount(cents(total) + discountCents);
		return [{ name: description, price, quantity: 1, description }];
	}
	const items = (lines as ItemInput[]).map((line, index) => {
		const label = `Items line ${index + 1}`;
		if (typeof line !== 'object' || line === null) throw fail(`${label} must have a name, price and quantity, got ${shown(line)}`);
		const name = textValue(line.name, `${label}: Name`, fail, 'text', true);
		return {
			name,
			price: amountValue(line.price ?? '', `${label}: Price`, fail, { allowZero: true }),
			quantity: integerValue(line.quantity ?? '', `${label}: Quantity`, fail),
			description: textValue(line.description, `${label}: Description`, fail, 'text') || name,
		};
	});
	const sum = items.reduce((accumulated, item) => accumulated + cents(item.price) * item.quantity, 0);
	if (sum !== cents(total) + discountCents) {
		const expected = discount === undefined ? `Amount ${total}` : `Amount ${total} plus Discount ${discount}`;
		throw fail(`Items: price × quantity adds up to ${asAmount(sum)}, but must equal ${expected}`);
	}
	return items;
}

/** §5.2 recurring block, checked like Sipay's status 55. */
export function readRecurring(context: IExecuteFunctions, itemIndex: number, installments: number): IDataObject {
	if (context.getNodeParameter('recurring', itemIndex, false) !== true) return {};
	const fail = failFor(context, itemIndex);
	if (installments > 1) throw fail('Installments must be 1 for a recurring payment');
	const number = readInteger(context, itemIndex, 'recurringPaymentNumber', 'Number of Payments', { min: 2, max: 121 });
	const cycle = context.getNodeParameter('recurringCycle', itemIndex, 'M') as unknown;
	if (typeof cycle !== 'string' || !['D', 'M', 'Y'].includes(cycle)) throw fail(`Cycle must be D, M or Y, got ${shown(cycle)}`);
	const interval = readInteger(context, itemIndex, 'recurringInterval', 'Interval', { min: 1, max: 99 });
	const webhookKey = requiredString(context, 'recurringWebhookKey', itemIndex, 'Recurring Webhook Key', 'code');
	return {
		order_type: 1,
		recurring_payment_number: number,
		recurring_payment_cycle: cycle,
		recurring_payment_interval: interval,
		recurring_web_hook_key: webhookKey,
	};
}

export function readOrder(
	context: IExecuteFunctions,
	itemIndex: number,
	optionalSet: OptionalSet,
	{ withInstallments = true } = {},
): Order {
	const invoiceId = requiredString(context, 'invoiceId', itemIndex, 'Invoice ID', 'id');
	const total = amountValue(context.getNodeParameter('amount', itemIndex, ''), 'Amount', failFor(context, itemIndex));
	const currency = readCurrency(context, itemIndex);
	const installments = withInstallments ? readInteger(context, itemIndex, 'installments', 'Installments', { locator: true }) : 1;
	const invoiceDescription = requiredString(context, 'invoiceDescription', itemIndex, 'Invoice Description', 'text');
	const additional = readAdditionalFields(context, itemIndex, optionalSet);
	const items = readItems(context, itemIndex, total, invoiceDescription, additional.discount as string | undefined);
	const recurring = readRecurring(context, itemIndex, installments);
	return { invoiceId, invoiceDescription, total, currency, installments, items, additional, recurring };
}

/** The order as the card payment endpoints take it (§5.0); `form` endpoints get items as a JSON string. */
export function orderBody(order: Order, encoding: 'json' | 'form'): IDataObject {
	return {
		total: order.total,
		currency_code: order.currency,
		installments_number: order.installments,
		invoice_id: order.invoiceId,
		invoice_description: order.invoiceDescription,
		items: encoding === 'form' ? JSON.stringify(order.items) : order.items,
		...order.additional,
		...order.recurring,
	};
}
