import { json, type Route, type SimRequest } from '../http';
import { authorize, expiryWellFormed, installmentsAllowed, luhnValid, type CardDetails } from './bank';
import { ownedCard, tokenCardDetails } from './cards';
import { checkBrowserToken, checkFreshHash, checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { attachCard, notifySale, openPayment, settle } from './lifecycle';
import { directData } from './results';
import { readTerms, type Checked } from './terms';
import { startThreeD } from './threeD';

/**
 * Card payments: paySmart2D (§5.1–5.4), paySmart3D (§5.5–5.8), payByCardTokenNonSecure (§7.6)
 * and payByCardToken (§7.2). 2-D answers JSON; 3-D answers the HTML that starts the bank step.
 */

const ORDER_FIELDS = ['merchant_key', 'currency_code', 'installments_number', 'invoice_id', 'invoice_description', 'total', 'items', 'hash_key'];
const CARD_FIELDS = ['cc_holder_name', 'cc_no', 'expiry_month', 'expiry_year', 'cvv', 'name', 'surname'];
const TOKEN_FIELDS = ['card_token', 'customer_number', 'customer_email', 'customer_phone', 'customer_name'];
/**
 * The shopper's IP: the newer docs require it on non-secure calls (§1.6, §5.0) and the saved-card
 * page lists it, which the Node SDK marks required (§7.6). 3-D calls come from the shopper's browser.
 */
const NON_SECURE_FIELDS = ['ip'];

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** IPv4 dotted quad, or an IPv6 address (hex groups, `::`, an IPv4 tail). */
export function ipWellFormed(value: string): boolean {
	if (IPV4.test(value)) return true;
	if (!value.includes(':') || !/^[0-9a-f:.]+$/i.test(value) || value.split('::').length > 2) return false;
	const groups = value.split(':').filter((group) => group !== '');
	const tail = groups[groups.length - 1] ?? '';
	const hex = tail.includes('.') ? groups.slice(0, -1) : groups;
	if (tail.includes('.') && !IPV4.test(tail)) return false;
	const count = hex.length + (tail.includes('.') ? 2 : 0);
	return hex.every((group) => /^[0-9a-f]{1,4}$/i.test(group)) && (value.includes('::') ? count < 8 : count === 8);
}

/** §2.4 payment formula `total|installments_number|currency_code|merchant_key|invoice_id`. */
export function checkPaymentHash(sim: PaymentSim, request: SimRequest) {
	const body = request.body;
	return checkFreshHash(sim, request, [
		{ field: 'total', value: str(body.total), numeric: true },
		{ field: 'installments_number', value: str(body.installments_number), numeric: true },
		{ field: 'currency_code', value: str(body.currency_code) },
		{ field: 'merchant_key', value: str(body.merchant_key) },
		{ field: 'invoice_id', value: str(body.invoice_id) },
	]);
}

/** A card typed in by the shopper: Luhn (108), expiry and CVV format (1). */
export function enteredCard(body: Record<string, unknown>): Checked<CardDetails> {
	const card: CardDetails = {
		number: str(body.cc_no).replace(/\s+/g, ''),
		expiryMonth: str(body.expiry_month),
		expiryYear: str(body.expiry_year),
		cvv: str(body.cvv),
	};
	if (!luhnValid(card.number)) return { failure: fail(108, 'Invalid card number') };
	if (!expiryWellFormed(card.expiryMonth, card.expiryYear)) return { failure: fail(1, 'The expiry date is invalid.') };
	if (!/^\d{3,4}$/.test(card.cvv ?? '')) return { failure: fail(1, 'The cvv must be 3 or 4 digits.') };
	return { value: card };
}

/** §3.1 is_3d: 0 = 2-D only, 1 = both, 2 = 3-D only, 4 = branded page only → 34 otherwise (§12.2). */
function checkIntegration(sim: PaymentSim, threeD: boolean) {
	const allowed = threeD ? [1, 2] : [0, 1];
	return allowed.includes(sim.merchant.is3d) ? undefined : fail(34, 'Payment integration method not allowed for the merchant');
}

function savedCard(sim: PaymentSim, body: Record<string, unknown>): Checked<CardDetails> {
	const card = ownedCard(sim, body.card_token, body.customer_number);
	return card ? { value: tokenCardDetails(card) } : { failure: fail(87, 'Invalid card token or customer number') };
}

function paymentRoute(sim: PaymentSim, path: string, { threeD, token }: { threeD: boolean; token: boolean }): Route {
	return {
		method: 'POST',
		path,
		handler: async (request) => {
			const body = request.body;
			const failure = firstFailure(
				() => (threeD ? checkBrowserToken(sim, request) : checkToken(sim, request)),
				() =>
					checkRequired(request, [
						...ORDER_FIELDS,
						...(token ? TOKEN_FIELDS : CARD_FIELDS),
						...(threeD ? ['return_url'] : NON_SECURE_FIELDS),
					]),
				() => (str(body.ip) === '' || ipWellFormed(str(body.ip)) ? undefined : fail(1, 'The ip must be a valid IP address.')),
				() => checkMerchantKey(sim, request),
				() => checkIntegration(sim, threeD),
				// §12.2: 404 is the application code for an empty cancel URL.
				() => (threeD && str(body.cancel_url) === '' ? fail(404, 'Cancel URL must not be empty') : undefined),
				() => checkPaymentHash(sim, request),
			);
			if (failure) return failure;
			const terms = readTerms(sim, body, { redirect: threeD });
			if ('failure' in terms) return terms.failure;
			const card = token ? savedCard(sim, body) : enteredCard(body);
			if ('failure' in card) return card.failure;
			if (!installmentsAllowed(card.value.number, terms.value.installments)) {
				return fail(102, 'POS not defined for this installment');
			}
			const payment = openPayment(sim, terms.value, threeD ? 'bank' : 'done');
			attachCard(payment, card.value.number);
			if (threeD) return startThreeD(sim, payment, card.value);
			settle(sim, payment, authorize(card.value));
			await notifySale(sim, payment);
			const outcome = payment.outcome!;
			return json({
				status_code: outcome.statusCode,
				status_description: outcome.approved ? 'Payment process successful' : outcome.description,
				data: directData(sim, payment),
			});
		},
	};
}

export function paymentRoutes(sim: PaymentSim): Route[] {
	return [
		paymentRoute(sim, '/ccpayment/api/paySmart2D', { threeD: false, token: false }),
		paymentRoute(sim, '/ccpayment/api/paySmart3D', { threeD: true, token: false }),
		paymentRoute(sim, '/ccpayment/api/payByCardTokenNonSecure', { threeD: false, token: true }),
		paymentRoute(sim, '/ccpayment/api/payByCardToken', { threeD: true, token: true }),
	];
}
