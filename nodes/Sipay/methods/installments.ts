import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { formatAmount } from '../shared/amount';
import { paymentRequest } from '../transport/payment';
import { optionalPanelText } from './panel';

/**
 * The installment counts a payment can use. With a card (typed, or a saved card picked for its
 * customer), an amount and a currency in the panel: the options Sipay offers for that card
 * (POST /api/getpos, payment-api.md §4.1) with what the shopper pays; only the card's first 6
 * digits (its BIN) are sent. Otherwise: the merchant's enabled counts (POST /api/installments, §4.2).
 */

const BIN_LENGTH = 6;

export const installmentName = (count: number): string =>
	count === 1 ? 'Single payment (1)' : `${count} installments`;

function typedCardBin(context: ILoadOptionsFunctions): string | undefined {
	const digits = optionalPanelText(context, 'cardNumber').replace(/[\s-]/g, '');
	return /^\d{6,19}$/.test(digits) ? digits.slice(0, BIN_LENGTH) : undefined;
}

/** The picked saved card's BIN: the first 6 digits of the masked number Sipay lists for its token. */
async function savedCardBin(context: ILoadOptionsFunctions): Promise<string | undefined> {
	const picked = context.getCurrentNodeParameter('cardToken', { extractValue: true });
	const token = typeof picked === 'string' ? picked.trim() : '';
	const customerNumber = optionalPanelText(context, 'customerNumber');
	if (token === '' || token.startsWith('=') || customerNumber === '') return undefined;
	const { body } = await paymentRequest.call(context, 0, {
		method: 'GET',
		path: '/api/getCardTokens',
		body: { customer_number: customerNumber },
		encoding: 'query',
	});
	const cards = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	const card = cards.find((entry) => entry.card_token === token);
	const bin = typeof card?.card_number === 'string' ? card.card_number.slice(0, BIN_LENGTH) : '';
	return /^\d{6}$/.test(bin) ? bin : undefined;
}

function panelAmount(context: ILoadOptionsFunctions): string | undefined {
	const value = context.getCurrentNodeParameter('amount');
	if (typeof value === 'string' && value.trim().startsWith('=')) return undefined;
	try {
		return formatAmount(value, 'Amount');
	} catch {
		return undefined;
	}
}

function posOptions(data: unknown): INodeListSearchItems[] {
	const seen = new Set<number>();
	const options: Array<INodeListSearchItems & { count: number }> = [];
	for (const option of Array.isArray(data) ? (data as IDataObject[]) : []) {
		const count = Number(option.installments_number);
		if (!Number.isSafeInteger(count) || count < 1 || seen.has(count)) continue;
		seen.add(count);
		const payable = Number(option.payable_amount ?? option.amount_to_be_paid);
		const currency = typeof option.currency_code === 'string' ? ` ${option.currency_code}` : '';
		const bank = typeof option.card_bank === 'string' && option.card_bank !== '' ? ` (${option.card_bank})` : '';
		options.push({
			count,
			name: Number.isFinite(payable)
				? `${installmentName(count)} · shopper pays ${payable.toFixed(2)}${currency}${bank}`
				: installmentName(count),
			value: String(count),
		});
	}
	return options.sort((a, b) => a.count - b.count).map(({ name, value }) => ({ name, value }));
}

export async function searchInstallments(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
	const amount = panelAmount(this);
	const currency = optionalPanelText(this, 'currency').toUpperCase();
	const priced = amount !== undefined && /^[A-Z]{3}$/.test(currency);
	const bin = priced ? (typedCardBin(this) ?? (await savedCardBin(this))) : undefined;
	if (bin && amount) {
		const { body } = await paymentRequest.call(this, 0, {
			path: '/api/getpos',
			body: {
				credit_card: bin,
				amount,
				currency_code: currency,
				...(this.getCurrentNodeParameter('recurring') === true ? { is_recurring: 1 } : {}),
			},
		});
		return { results: posOptions(body.data) };
	}
	const { body } = await paymentRequest.call(this, 0, { path: '/api/installments', body: {} });
	const counts = Array.isArray(body.installments) ? body.installments.map(Number) : [];
	const results = [...new Set(counts.filter((count) => Number.isSafeInteger(count) && count >= 1))]
		.sort((a, b) => a - b)
		.map((count) => ({ name: installmentName(count), value: String(count) }));
	return { results };
}
