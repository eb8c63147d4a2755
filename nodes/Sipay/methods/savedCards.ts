import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { paymentRequest } from '../transport/payment';
import { entryName, panelText } from './panel';

/**
 * The saved cards of the customer entered in the same panel (GET /api/getCardTokens, payment-api.md
 * §7.3): one entry per card, named by what Sipay shows of it (masked number, holder, expiry when
 * Sipay sends it, bank), its value the card token.
 */

const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

function expiryOf(card: IDataObject): string | undefined {
	const month = text(card.expiry_month);
	const year = text(card.expiry_year);
	return month && year ? `${month.padStart(2, '0')}/${year}` : undefined;
}

export function savedCardEntry(card: IDataObject) {
	return {
		name: entryName(
			text(card.card_number) ?? 'Card',
			text(card.card_holder_name) ?? text(card.customer_name),
			expiryOf(card),
			text(card.card_issuer_bank),
		),
		value: text(card.card_token) ?? '',
	};
}

export async function searchSavedCards(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const customerNumber = panelText(this, 'customerNumber', 'Customer Number', 'list the saved cards of that customer');
	const { body } = await paymentRequest.call(this, 0, {
		method: 'GET',
		path: '/api/getCardTokens',
		body: { customer_number: customerNumber },
		encoding: 'query',
	});
	const cards = Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	const wanted = (filter ?? '').trim().toLowerCase();
	const results = cards
		.map(savedCardEntry)
		.filter((entry) => entry.value !== '')
		.filter((entry) => wanted === '' || entry.name.toLowerCase().includes(wanted));
	return { results };
}
