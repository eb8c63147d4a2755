import { json, type Route, type SimRequest } from '../http';
import { cardProfile, expiryWellFormed, luhnValid, maskPan, type CardDetails } from './bank';
import { hexId } from './format';
import { checkFreshHash, checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import type { SavedCard } from './state';

/** Saved cards (payment-api.md §7.1, §7.3–7.5). Paying with a token lives in payments.ts. */

/** The card behind a token, if it belongs to this customer (87 otherwise, §7.4). */
export function ownedCard(sim: PaymentSim, token: unknown, customerNumber: unknown): SavedCard | undefined {
	const card = sim.state.cards.get(str(token));
	return card && card.customerNumber === str(customerNumber) ? card : undefined;
}

export const tokenCardDetails = (card: SavedCard): CardDetails => ({
	number: card.number,
	expiryMonth: card.expiryMonth,
	expiryYear: card.expiryYear,
});

const invalidToken = () => fail(87, 'Invalid card token or customer number');

/** §2.4 hash for editCard/deleteCard, with the per-field codes of §12.2. */
const tokenHash = (sim: PaymentSim, request: SimRequest) =>
	checkFreshHash(
		sim,
		request,
		[
			{ field: 'merchant_key', value: str(request.body.merchant_key), mismatchCode: 91 },
			{ field: 'customer_number', value: str(request.body.customer_number), mismatchCode: 92 },
			{ field: 'card_token', value: str(request.body.card_token), mismatchCode: 97 },
		],
		90,
	);

function listed(sim: PaymentSim, card: SavedCard) {
	const profile = cardProfile(card.number);
	return {
		id: card.id,
		card_token: card.token,
		card_user_key: card.cardUserKey,
		card_number: maskPan(card.number),
		merchant_id: sim.merchant.merchantId,
		// Sipay lists customer numbers with its merchant id appended (`5070-18309`, §7.3).
		customer_number: `${card.customerNumber}-${sim.merchant.merchantId}`,
		card_issuer_bank: profile.bank,
		customer_name: card.customerName,
		customer_email: card.customerEmail,
		customer_phone: card.customerPhone,
		bank_id: profile.bankId,
		created_at: new Date(card.createdAt).toISOString(),
		updated_at: new Date(card.updatedAt).toISOString(),
	};
}

export function cardRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/saveCard',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() =>
						checkRequired(request, [
							'merchant_key', 'card_holder_name', 'card_number', 'expiry_month', 'expiry_year', 'customer_number', 'hash_key',
						]),
					() => checkMerchantKey(sim, request),
					() =>
						checkFreshHash(
							sim,
							request,
							[
								{ field: 'merchant_key', value: str(body.merchant_key), mismatchCode: 91 },
								{ field: 'customer_number', value: str(body.customer_number), mismatchCode: 92 },
								{ field: 'card_holder_name', value: str(body.card_holder_name), mismatchCode: 93 },
								{ field: 'card_number', value: str(body.card_number), mismatchCode: 94 },
								{ field: 'expiry_month', value: str(body.expiry_month), mismatchCode: 95 },
								{ field: 'expiry_year', value: str(body.expiry_year), mismatchCode: 96 },
							],
							90,
						),
					() => (luhnValid(str(body.card_number)) ? undefined : fail(108, 'Invalid card number')),
					() =>
						expiryWellFormed(str(body.expiry_month), str(body.expiry_year))
							? undefined
							: fail(86, 'Card token save failed: invalid expiry date'),
				);
				if (failure) return failure;
				const now = Date.now();
				const card: SavedCard = {
					id: sim.state.nextId(),
					token: hexId(),
					cardUserKey: hexId(),
					customerNumber: str(body.customer_number),
					holderName: str(body.card_holder_name),
					number: str(body.card_number),
					expiryMonth: str(body.expiry_month),
					expiryYear: str(body.expiry_year),
					customerName: str(body.customer_name),
					customerEmail: str(body.customer_email),
					customerPhone: str(body.customer_phone),
					createdAt: now,
					updatedAt: now,
				};
				sim.state.cards.set(card.token, card);
				return json({ status_code: 100, status_description: 'The card token saved successfully', card_token: card.token });
			},
		},
		{
			method: 'GET',
			path: '/ccpayment/api/getCardTokens',
			handler: (request) => {
				// §7.3: query string (Laravel demo) or a JSON body on the GET (PHP/Node SDKs).
				const params = { ...request.body, ...request.query };
				const asBody = { ...request, body: params };
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(asBody, ['merchant_key', 'customer_number']),
					() => checkMerchantKey(sim, asBody),
				);
				if (failure) return failure;
				const cards = [...sim.state.cards.values()].filter((card) => card.customerNumber === str(params.customer_number));
				return json({
					status_code: 100,
					status_description: 'Data fetched successfully',
					data: cards.map((card) => listed(sim, card)),
				});
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/api/editCard',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() =>
						checkRequired(request, ['merchant_key', 'card_token', 'customer_number', 'expiry_month', 'expiry_year', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() => tokenHash(sim, request),
				);
				if (failure) return failure;
				const card = ownedCard(sim, body.card_token, body.customer_number);
				if (!card) return invalidToken();
				if (!expiryWellFormed(str(body.expiry_month), str(body.expiry_year))) {
					return fail(89, 'Card token update failed: invalid expiry date');
				}
				card.expiryMonth = str(body.expiry_month);
				card.expiryYear = str(body.expiry_year);
				if (str(body.card_holder_name) !== '') card.holderName = str(body.card_holder_name);
				card.updatedAt = Date.now();
				return json({ status_code: 100, status_description: 'Card updated successfully', card_token: card.token });
			},
		},
		{
			method: 'POST',
			path: '/ccpayment/api/deleteCard',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key', 'card_token', 'customer_number', 'hash_key']),
					() => checkMerchantKey(sim, request),
					() => tokenHash(sim, request),
				);
				if (failure) return failure;
				const card = ownedCard(sim, body.card_token, body.customer_number);
				if (!card) return invalidToken();
				sim.state.cards.delete(card.token);
				return json({ status_code: 100, status_description: 'Card deleted successfully' });
			},
		},
	];
}
