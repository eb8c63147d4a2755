import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import {
	admitted,
	confirmBusinessClaim,
	parsedJsonFields,
	readBusinessClaim,
	unconfirmedBusinessEvent,
	type Verification,
} from './businessEvents';
import { alreadyRan, claimEvent } from './dedupe';
import { isRefusal, type Refusal, type SipayEvent } from './events';
import { type Fields, readPosted } from './intake';
import { readPaymentClaim } from './paymentClaims';
import { confirmPaymentClaim, paymentKey } from './paymentConfirm';

/** Path of the webhook that receives 3-D Secure returns (use it as return_url and cancel_url). */
export const THREE_D_RETURN_PATH = '3ds-return';

/** n8n's name of the 3-D return webhooks: which endpoint was called comes from n8n, not the URL. */
export const THREE_D_RETURN_WEBHOOK = 'setup';

type Response = ReturnType<IWebhookFunctions['getResponseObject']>;

type Judgement = { refusal: Refusal } | { event: SipayEvent; duplicate: boolean; posted: Fields };

const ANSWERS: Record<Refusal['refused'], [number, string]> = {
	malformed: [400, 'bad request'],
	unverified: [401, 'not verified'],
	unavailable: [503, 'not verified'],
};

function page(title: string, message: string): string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;text-align:center;padding:3em"><h1>${title}</h1><p>${message}</p></body></html>`;
}

const PAGES = {
	success: ['Payment received', 'Thank you, your payment was successful.'],
	failure: ['Payment not completed', 'Your payment was not completed.'],
	checking: ['We are checking your payment', 'You will receive a confirmation once your payment is confirmed.'],
} as const;

/** The shopper's browser: the success page only for a payment Sipay confirmed as paid. */
function answerShopper(context: IWebhookFunctions, response: Response, judgement: Judgement): void {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	const event = 'event' in judgement ? judgement.event : undefined;
	const outcome =
		event?.event === 'threeDSecure.succeeded'
			? 'success'
			: event?.event === 'threeDSecure.failed'
				? 'failure'
				: 'checking';
	const target = String(
		{ success: options.successRedirectUrl, failure: options.failureRedirectUrl, checking: options.pendingRedirectUrl }[outcome] ?? '',
	);
	if (target) {
		const url = new URL(target);
		if (event) url.searchParams.set('invoice_id', String(event.data.invoice_id ?? ''));
		response.redirect(303, url.toString());
		return;
	}
	const status = 'refusal' in judgement ? ANSWERS[judgement.refusal.refused][0] : 200;
	const [title, message] = PAGES[outcome];
	response.status(status).type('html').send(page(title, message));
}

async function judgePayment(context: IWebhookFunctions, posted: Fields, threeDReturn: boolean, scope: string): Promise<Judgement> {
	const credentials = await context.getCredentials('sipayPaymentApi');
	const claim = readPaymentClaim(
		posted,
		{ appSecret: String(credentials.appSecret ?? ''), merchantKey: String(credentials.merchantKey ?? '') },
		threeDReturn,
	);
	if (isRefusal(claim)) return { refusal: claim };
	if (claim.kind === 'sale' || claim.kind === 'threeDSecure') {
		// A payment result already confirmed and run needs no second question to Sipay.
		const key = paymentKey(claim.orderId, claim.succeeded ? 'paid' : 'failed');
		if (alreadyRan(scope, context.getWorkflowStaticData('node'), key)) {
			const event = claim.succeeded ? 'threeDSecure.succeeded' : 'threeDSecure.failed';
			return { event: { event, keys: [key], data: { event, invoice_id: claim.invoiceId } }, duplicate: true, posted };
		}
	}
	const confirmed = await confirmPaymentClaim(context, claim);
	if (isRefusal(confirmed)) return { refusal: confirmed };
	return { event: confirmed, duplicate: false, posted };
}

async function judgeBusiness(context: IWebhookFunctions, posted: Fields): Promise<Judgement> {
	const claim = readBusinessClaim(posted);
	if (isRefusal(claim)) return { refusal: claim };
	const withCredential = Boolean(context.getNode().credentials?.sipayBusinessApi);
	const event = withCredential
		? await confirmBusinessClaim(context, claim)
		: unconfirmedBusinessEvent(claim, 'no Sipay Business API credential on the trigger');
	if (isRefusal(event)) return { refusal: event };
	return { event, duplicate: false, posted };
}

/** Reads, filters and confirms one delivery. */
async function judge(context: IWebhookFunctions, threeDReturn: boolean, scope: string): Promise<Judgement> {
	const request = context.getRequestObject();
	const payment = context.getNodeParameter('source') === 'payment';
	if (!payment) {
		const refusal = admitted(
			{
				verification: context.getNodeParameter('verification') as Verification,
				secretToken: context.getNodeParameter('secretToken', '') as string,
				allowedIps: String(context.getNodeParameter('allowedIps', ''))
					.split(',')
					.map((ip) => ip.trim())
					.filter(Boolean),
			},
			{
				query: context.getQueryData() as IDataObject,
				headers: context.getHeaderData() as IDataObject,
				ip: String(request.ip ?? request.socket?.remoteAddress ?? ''),
			},
		);
		if (refusal) return { refusal: { refused: 'unverified', reason: refusal } };
	}
	const intake = readPosted(
		{
			method: request.method,
			contentType: String(request.headers?.['content-type'] ?? ''),
			rawBody: (request as { rawBody?: Buffer }).rawBody,
			parsedBody: context.getBodyData(),
			query: context.getQueryData() as IDataObject,
		},
		payment ? (threeDReturn ? ['form', 'query'] : ['form']) : ['json'],
		{ nestedObjects: !payment },
	);
	if ('refusal' in intake) return { refusal: { refused: 'malformed', reason: intake.refusal } };
	return payment
		? await judgePayment(context, intake.fields, threeDReturn, scope)
		: await judgeBusiness(context, intake.fields);
}

function wanted(context: IWebhookFunctions, event: SipayEvent): boolean {
	const events = context.getNodeParameter('events', []) as string[];
	return events.includes('*') || events.includes(event.event);
}

const PROOF_FIELDS = new Set(['hash_key', 'merchant_key', 'token']);

/** What the caller posted, apart from the proof fields, for reference only. */
function unconfirmedFields(posted: Fields, parseJson: boolean): IDataObject {
	const rest: IDataObject = Object.fromEntries(Object.entries(posted).filter(([name]) => !PROOF_FIELDS.has(name)));
	return parseJson ? { ...rest, ...parsedJsonFields(rest) } : rest;
}

/** Verify, confirm with Sipay, answer the caller, and start the workflow once per real event. */
export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const response = this.getResponseObject();
	const threeDReturn = this.getWebhookName() === THREE_D_RETURN_WEBHOOK;
	const workflowId = this.getWorkflow().id ?? '';
	const scope = `${workflowId}:${this.getNode().id}`;
	let judgement = await judge(this, threeDReturn, scope);

	let started: { event: SipayEvent; key: string } | undefined;
	if ('event' in judgement && !judgement.duplicate && wanted(this, judgement.event)) {
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const staticData = this.getWorkflowStaticData('node');
		const key = options.deduplicate === false ? judgement.event.keys[0] : claimEvent(scope, staticData, judgement.event.keys);
		if (key === undefined) judgement = { ...judgement, duplicate: true };
		else started = { event: judgement.event, key };
	}

	if ('refusal' in judgement) this.logger.warn(`Sipay Trigger refused a delivery: ${judgement.refusal.reason}`);
	if (threeDReturn) answerShopper(this, response, judgement);
	else {
		const [status, message] = 'refusal' in judgement ? ANSWERS[judgement.refusal.refused] : [200, 'OK'];
		response.status(status).type('text/plain').send(message);
	}

	if (!started || !('posted' in judgement)) return { noWebhookResponse: true };
	const { confirmation, ...facts } = started.event.data;
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const item: IDataObject = {
		...facts,
		dedupe_key: started.key,
		received_on: threeDReturn ? THREE_D_RETURN_PATH : 'webhook',
		...(confirmation === undefined ? {} : { confirmation }),
		unconfirmed: unconfirmedFields(judgement.posted, options.parseJsonFields !== false && this.getNodeParameter('source') === 'business'),
	};
	return { noWebhookResponse: true, workflowData: [this.helpers.returnJsonArray([item])] };
}
