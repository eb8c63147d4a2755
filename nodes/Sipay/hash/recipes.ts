import type { HashPart } from './hashKey';

/**
 * Which fields, in which order, go into each `hash_key` Sipay verifies (payment-api.md §2.4),
 * and how the hashes Sipay sends back are laid out (§2.3, §11).
 */

type Body = Record<string, unknown>;

const fields =
	(...names: string[]) =>
	(body: Body): HashPart[] =>
		names.map((name) => String(body[name] ?? ''));

export const REQUEST_HASH_RECIPES = {
	payment: fields('total', 'installments_number', 'currency_code', 'merchant_key', 'invoice_id'),
	checkStatus: fields('invoice_id', 'merchant_key'),
	confirmPayment: fields('merchant_key', 'invoice_id', 'status'),
	completePayment: fields('merchant_key', 'invoice_id', 'order_id', 'status'),
	refund: fields('amount', 'invoice_id', 'merchant_key'),
	saveCard: fields(
		'merchant_key',
		'customer_number',
		'card_holder_name',
		'card_number',
		'expiry_month',
		'expiry_year',
	),
	editCard: fields('merchant_key', 'customer_number', 'card_token'),
	deleteCard: fields('merchant_key', 'customer_number', 'card_token'),
	cashOut: (body: Body): HashPart[] => {
		const rows = (body.cashout_data as Body[] | undefined) ?? [];
		const first = rows[0] ?? {};
		const cents = rows.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0);
		return [
			(cents / 100).toFixed(2),
			String(first.iban ?? ''),
			String(first.amount ?? ''),
			String(first.currency ?? ''),
			String(first.gsm_number ?? ''),
		];
	},
} satisfies Record<string, (body: Body) => HashPart[]>;

export type RequestHashRecipe = keyof typeof REQUEST_HASH_RECIPES;

export const RESPONSE_HASH_LAYOUTS = {
	/** 2-D payment responses, 3-D returns, /payment/complete, sale and recurring webhooks. */
	payment: ['status', 'total', 'invoice_id', 'order_id', 'currency_code'],
	/** Refund webhook. */
	refund: ['status', 'amount', 'invoice_id', 'order_id'],
} as const;

export type ResponseHashLayout = keyof typeof RESPONSE_HASH_LAYOUTS;
