import { autoSubmitForm, htmlEscape, type Route, type SimResponse } from '../http';
import { threeDPassword, type CardDetails } from './bank';
import { hexId } from './format';
import { str } from './guard';
import type { PaymentSim } from './index';
import { authenticate, notifySale } from './lifecycle';
import { redirectFields } from './results';
import type { PaymentRecord } from './state';

/**
 * The simulated card-issuer 3-D Secure pages. paySmart3D, payByCardToken and payment links answer
 * with a form that takes the shopper here; the result then goes to return_url / cancel_url (§5.5).
 */

/** The HTML Sipay answers a 3-D payment with: an auto-submit form to the bank's ACS page. */
export function startThreeD(sim: PaymentSim, payment: PaymentRecord, card: CardDetails): SimResponse {
	const id = hexId();
	sim.state.sessions.set(id, { id, invoiceId: payment.invoiceId, card });
	payment.stage = 'bank';
	return { html: autoSubmitForm(`${sim.url}/sandbox/3d/bank`, { session: id }) };
}

/** POST form (default) or, with response_method=GET, a 302 with the fields in the query string. */
export function redirectTo(sim: PaymentSim, payment: PaymentRecord): SimResponse {
	const target = payment.redirect;
	if (!target) return { status: 500, text: 'payment has no redirect target' };
	const url = payment.paymentStatus === 1 ? target.returnUrl : target.cancelUrl;
	const fields = redirectFields(sim, payment);
	if (target.method === 'GET') {
		const query = new URLSearchParams(fields).toString();
		return { status: 302, headers: { Location: `${url}${url.includes('?') ? '&' : '?'}${query}` }, text: '' };
	}
	return { html: autoSubmitForm(url, fields) };
}

const page = (title: string, body: string, status = 200): SimResponse => ({
	status,
	html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${htmlEscape(title)}</title></head><body>${body}</body></html>`,
});

export function threeDRoutes(sim: PaymentSim): Route[] {
	const bankPage = (sessionId: string): SimResponse => {
		const session = sim.state.sessions.get(sessionId);
		const payment = session && sim.state.payments.get(session.invoiceId);
		if (!session || !payment) return page('3-D Secure', '<p>Unknown or expired 3-D Secure session.</p>', 404);
		return page(
			'3-D Secure verification',
			`<h1>Sipay Test Bank — 3-D Secure</h1>
<p>Amount: ${htmlEscape(payment.total)} ${htmlEscape(payment.currency)}<br>Card: ${htmlEscape(payment.card?.maskedPan ?? '')}</p>
<form id="bankForm" method="POST" action="${htmlEscape(`${sim.url}/sandbox/3d/complete`)}">
<input type="hidden" name="session" value="${htmlEscape(session.id)}">
<label>Password <input type="password" name="password" value=""></label>
<button type="submit">Confirm</button>
</form>`,
		);
	};
	return [
		{ method: 'GET', path: '/sandbox/3d/bank', handler: (request) => bankPage(request.query.session ?? '') },
		{
			method: 'POST',
			path: '/sandbox/3d/bank',
			handler: (request) => bankPage(str(request.body.session ?? request.query.session)),
		},
		{
			method: 'POST',
			path: '/sandbox/3d/complete',
			handler: async (request) => {
				const session = sim.state.sessions.get(str(request.body.session));
				const payment = session && sim.state.payments.get(session.invoiceId);
				if (!session || !payment) return page('3-D Secure', '<p>Unknown or expired 3-D Secure session.</p>', 404);
				sim.state.sessions.delete(session.id);
				authenticate(sim, payment, session.card, str(request.body.password) === threeDPassword(session.card.number));
				if (payment.stage === 'done') await notifySale(sim, payment);
				return redirectTo(sim, payment);
			},
		},
	];
}
