import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { admitted, classifyBusinessWebhook, readBody, type Verification } from './businessEvents';
import { firstDelivery } from './dedupe';
import type { SipayEvent, Verdict } from './events';
import { verifyPaymentNotification } from './paymentEvents';

/** Path of the webhook that receives 3-D Secure returns (use it as return_url and cancel_url). */
export const THREE_D_RETURN_PATH = '3ds-return';

type Response = ReturnType<IWebhookFunctions['getResponseObject']>;

function page(title: string, message: string): string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;text-align:center;padding:3em"><h1>${title}</h1><p>${message}</p></body></html>`;
}

function answerThreeDReturn(
	context: IWebhookFunctions,
	response: Response,
	verdict: Verdict,
): void {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const succeeded = verdict.accepted && verdict.event.event === 'threeDSecure.succeeded';
	const target = String((succeeded ? options.successRedirectUrl : options.failureRedirectUrl) ?? '');
	if (verdict.accepted && target) {
		const url = new URL(target);
		url.searchParams.set('invoice_id', String(verdict.event.data.invoice_id ?? ''));
		response.redirect(303, url.toString());
		return;
	}
	const [status, title, message] = !verdict.accepted
		? [403, 'Payment result not accepted', 'The payment result could not be verified.']
		: succeeded
			? [200, 'Payment received', 'Thank you, your payment was successful.']
			: [200, 'Payment not completed', 'Your payment was not completed.'];
	response.status(status).type('html').send(page(title, message));
}

async function judge(context: IWebhookFunctions, threeDReturn: boolean): Promise<Verdict> {
	const request = context.getRequestObject();
	if (context.getNodeParameter('source') === 'payment') {
		const credentials = await context.getCredentials('sipayPaymentApi');
		const fields = (request.method === 'GET' ? context.getQueryData() : context.getBodyData()) as IDataObject;
		return verifyPaymentNotification(
			fields ?? {},
			{ appSecret: String(credentials.appSecret ?? ''), merchantKey: String(credentials.merchantKey ?? '') },
			threeDReturn,
		);
	}
	const incoming = {
		query: context.getQueryData() as IDataObject,
		headers: context.getHeaderData() as IDataObject,
		ip: String(request.ip ?? request.socket?.remoteAddress ?? ''),
		rawBody: (request as { rawBody?: Buffer }).rawBody,
		body: context.getBodyData(),
	};
	const refusal = admitted(
		{
			verification: context.getNodeParameter('verification') as Verification,
			secretToken: context.getNodeParameter('secretToken', '') as string,
			allowedIps: String(context.getNodeParameter('allowedIps', ''))
				.split(',')
				.map((ip) => ip.trim())
				.filter(Boolean),
		},
		incoming,
	);
	if (refusal) return { accepted: false, status: 401, reason: refusal };
	const body = readBody(incoming);
	if (!body) return { accepted: false, status: 400, reason: 'body is not a JSON object' };
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return classifyBusinessWebhook(body, options.parseJsonFields !== false);
}

function wanted(context: IWebhookFunctions, event: SipayEvent): boolean {
	const events = context.getNodeParameter('events', []) as string[];
	return events.includes('*') || events.includes(event.event);
}

/** Verify, answer Sipay (or the shopper's browser), and start the workflow once per real event. */
export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const request = this.getRequestObject();
	const response = this.getResponseObject();
	const threeDReturn = String(request.originalUrl ?? request.url ?? '').includes(`/${THREE_D_RETURN_PATH}`);
	const verdict = await judge(this, threeDReturn);

	if (threeDReturn) answerThreeDReturn(this, response, verdict);
	else if (!verdict.accepted) response.status(verdict.status).type('text/plain').send(verdict.reason);
	else response.status(200).type('text/plain').send('OK');

	if (!verdict.accepted || !wanted(this, verdict.event)) return { noWebhookResponse: true };
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const once = options.deduplicate !== false;
	if (once && !firstDelivery(this.getWorkflowStaticData('node'), verdict.event.dedupeKey)) {
		return { noWebhookResponse: true };
	}
	return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([verdict.event.data])] };
}
