import { htmlEscape, json, type Route, type SimRequest, type SimResponse } from '../http';
import { installmentsAllowed } from './bank';
import { hexId, isInteger } from './format';
import { checkBrowserToken, checkMerchantKey, checkRequired, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { attachCard, openPayment } from './lifecycle';
import { enteredCard } from './payments';
import type { PaymentRecord } from './state';
import { readTerms } from './terms';
import { startThreeD } from './threeD';

/**
 * Branded payment page (payment-api.md §6.4): /purchase/link answers a link; the simulated hosted
 * page at that link takes a card and continues like a 3-D payment, back to return_url/cancel_url.
 */

const LINK_PATH = '/sandbox/link/';

/** `invoice` is a JSON string (or an object from JSON clients). */
function parseInvoice(value: unknown): Record<string, unknown> | undefined {
	let invoice = value;
	if (typeof invoice === 'string') {
		try {
			invoice = JSON.parse(invoice) as unknown;
		} catch {
			return undefined;
		}
	}
	return invoice && typeof invoice === 'object' && !Array.isArray(invoice) ? (invoice as Record<string, unknown>) : undefined;
}

async function createLink(sim: PaymentSim, request: SimRequest): Promise<SimResponse> {
	const body = request.body;
	const failure = firstFailure(
		() => checkBrowserToken(sim, request),
		() => checkRequired(request, ['merchant_key', 'invoice', 'currency_code', 'name', 'surname']),
		() => checkMerchantKey(sim, request),
	);
	if (failure) return failure;
	const invoice = parseInvoice(body.invoice);
	if (!invoice) return fail(1, 'The invoice must be a valid JSON object.');
	const missing = ['invoice_id', 'total', 'items', 'return_url', 'cancel_url'].filter((name) => str(invoice[name]).trim() === '');
	if (missing.length > 0) return fail(1, `The invoice ${missing.join(', ')} field${missing.length > 1 ? 's are' : ' is'} required.`);
	if (body.max_installment !== undefined && body.max_installment !== '' && !isInteger(body.max_installment)) {
		return fail(1, 'The max installment must be an integer.');
	}
	// The invoice carries the order; the outer body the buyer, currency and recurring/webhook options.
	const terms = readTerms(sim, { ...body, ...invoice, installments_number: 1 }, { redirect: true });
	if ('failure' in terms) return terms.failure;
	const payment = openPayment(sim, terms.value, 'card');
	if (body.max_installment !== undefined && body.max_installment !== '') payment.maxInstallment = Number(body.max_installment);
	const id = hexId();
	sim.state.links.set(id, payment.invoiceId);
	return json({
		status: true,
		status_code: 100,
		success_message: 'Payment link generated successfully',
		link: `${sim.url}${LINK_PATH}${id}`,
		order_id: payment.orderId,
	});
}

const page = (body: string, status = 200): SimResponse => ({
	status,
	html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sipay payment</title></head><body>${body}</body></html>`,
});

function linkPayment(sim: PaymentSim, request: SimRequest) {
	const id = request.path.slice(LINK_PATH.length);
	const invoiceId = sim.state.links.get(id);
	const payment = invoiceId === undefined ? undefined : sim.state.payments.get(invoiceId);
	return { id, payment: payment?.stage === 'card' ? payment : undefined };
}

function cardForm(sim: PaymentSim, id: string, total: string, currency: string, installments: number[], error = ''): SimResponse {
	const options = installments.map((count) => `<option value="${count}">${count}</option>`).join('');
	return page(
		`<h1>Sipay — pay ${htmlEscape(total)} ${htmlEscape(currency)}</h1>
${error ? `<p class="error">${htmlEscape(error)}</p>` : ''}
<form id="cardForm" method="POST" action="${htmlEscape(`${sim.url}${LINK_PATH}${id}`)}">
<label>Card holder <input name="cc_holder_name" value=""></label>
<label>Card number <input name="cc_no" value=""></label>
<label>Month <input name="expiry_month" value=""></label>
<label>Year <input name="expiry_year" value=""></label>
<label>CVV <input name="cvv" value=""></label>
<label>Installments <select name="installments_number">${options}</select></label>
<button type="submit">Pay</button>
</form>`,
		error ? 400 : 200,
	);
}

export function linkRoutes(sim: PaymentSim): Route[] {
	// Recurring payments take no installments (§5.2).
	const offered = (payment: PaymentRecord) =>
		payment.recurring
			? [1]
			: sim.merchant.installments.filter((count) => payment.maxInstallment === undefined || count <= payment.maxInstallment);
	return [
		{ method: 'POST', path: '/ccpayment/purchase/link', handler: (request) => createLink(sim, request) },
		{
			method: 'GET',
			path: `${LINK_PATH}*`,
			handler: (request) => {
				const { id, payment } = linkPayment(sim, request);
				if (!payment) return page('<p>This payment link is unknown or was already used.</p>', 404);
				return cardForm(sim, id, payment.total, payment.currency, offered(payment));
			},
		},
		{
			method: 'POST',
			path: `${LINK_PATH}*`,
			handler: (request) => {
				const { id, payment } = linkPayment(sim, request);
				if (!payment) return page('<p>This payment link is unknown or was already used.</p>', 404);
				const installments = Number(request.body.installments_number ?? 1);
				const allowed = offered(payment);
				const card = enteredCard(request.body);
				const error =
					'failure' in card
						? 'Please check the card details.'
						: !allowed.includes(installments) || !installmentsAllowed(card.value.number, installments)
						? 'This installment count is not available for the card.'
						: '';
				if ('failure' in card || error) return cardForm(sim, id, payment.total, payment.currency, allowed, error);
				payment.installments = installments;
				attachCard(payment, card.value.number);
				return startThreeD(sim, payment, card.value);
			},
		},
	];
}
