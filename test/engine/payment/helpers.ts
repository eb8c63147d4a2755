import type { IDataObject } from 'n8n-workflow';

import { decryptHashKey } from '../../../nodes/Sipay/hash/hashKey';
import type { Harness, RunOptions } from '../../harness/run';
import { useSimulator } from '../../harness/simulator';
import { parseForm } from '../../sandbox/http';
import { SipaySandbox } from '../../sandbox/server';

/** One simulator per test file, reset between tests, and a harness with the credentials. */
export const useSandbox = useSimulator;

export const operation = (resource: string, name: string) => ({ api: 'payment', resource, operation: name });

export const VISA = {
	cardHolderName: 'Ayse Yilmaz',
	cardNumber: '4508034508034509',
	expiryMonth: '12',
	expiryYear: '2030',
	cvv: '000',
};

export const DECLINED_CARD = { ...VISA, cardNumber: '4000000000000002' };

export const BUYER = { buyerName: 'Ayse', buyerSurname: 'Yilmaz' };

/** The shopper's IP, which non-secure payments must send (payment-api.md §1.6). */
export const SHOPPER_IP = '88.255.1.10';

/** The parameters of a 2-D card payment of `amount` TRY. */
export function payParameters(invoiceId: string, amount = 10, extra: IDataObject = {}): IDataObject {
	return {
		...operation('payment', 'pay'),
		invoiceId,
		amount,
		currency: 'TRY',
		installments: 1,
		invoiceDescription: 'Demo order',
		...VISA,
		...BUYER,
		customerIp: SHOPPER_IP,
		...extra,
	};
}

export const URLS = {
	returnUrl: 'https://shop.example/sipay/return',
	cancelUrl: 'https://shop.example/sipay/cancel',
};

/** An address that refuses connections at once: the webhook delivery fails, its payload is still recorded. */
export const UNREACHABLE_HOOK = 'http://127.0.0.1:9/hook';

export async function registerWebhook(sandbox: SipaySandbox, type: 'sale' | 'recurring' | 'refund', key: string) {
	const response = await fetch(`${sandbox.url}/sandbox/payment/webhooks`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ type, key, url: UNREACHABLE_HOOK }),
	});
	expect(response.status).toBe(200);
}

export async function postForm(url: string, fields: Record<string, string>, redirect: 'follow' | 'manual' = 'follow') {
	return await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields).toString(),
		redirect,
	});
}

/**
 * What the shopper's browser does with the HTML of a 3-D start: load the bank page, type the password,
 * and arrive with the result form that posts to the return or cancel URL.
 */
export async function passThreeDSecure(html: string, password = 'a') {
	const start = parseForm(html);
	const bankPage = await (await postForm(start.action, start.fields)).text();
	const bank = parseForm(bankPage);
	const result = await postForm(bank.action, { ...bank.fields, password });
	return parseForm(await result.text());
}

export function decryptedHash(hashKey: unknown, sandbox: SipaySandbox): string | undefined {
	return decryptHashKey(hashKey, sandbox.payment.merchant.appSecret)?.join('|');
}

export async function run(context: { harness: Harness }, options: RunOptions) {
	return await context.harness.runSipay(options);
}

export async function checkStatus(context: { harness: Harness }, invoiceId: string, extra: IDataObject = {}) {
	const { items, error } = await context.harness.runSipay({
		parameters: { ...operation('payment', 'checkStatus'), invoiceId, ...extra },
	});
	expect(error).toBeUndefined();
	return items[0].json;
}
