import { generateHashKey } from '../../nodes/Sipay/hash/hashKey';
import { Harness } from './run';
import { parseForm } from '../sandbox/http';
import type { SipaySandbox } from '../sandbox/server';

/**
 * A merchant's own calls to the simulator, made directly (not through the node), so trigger tests
 * can create the real events whose webhooks and 3-D returns they then deliver, replay and forge.
 */
export class TestMerchant {
	private token = '';

	constructor(private readonly sandbox: SipaySandbox) {}

	get credentials() {
		return this.sandbox.payment.merchant;
	}

	hash(parts: string[]): string {
		return generateHashKey(parts, this.credentials.appSecret);
	}

	async login(): Promise<void> {
		const answer = await fetch(`${this.sandbox.url}/ccpayment/api/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ app_id: this.credentials.appId, app_secret: this.credentials.appSecret }),
		});
		this.token = ((await answer.json()) as { data: { token: string } }).data.token;
	}

	async api(path: string, body: Record<string, unknown>, form = false): Promise<{ status: number; text: string }> {
		const response = await fetch(`${this.sandbox.url}/ccpayment${path}`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${this.token}`,
				'Content-Type': form ? 'application/x-www-form-urlencoded' : 'application/json',
			},
			body: form
				? new URLSearchParams(
						Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]),
					)
				: JSON.stringify(body),
		});
		return { status: response.status, text: await response.text() };
	}

	/** A card payment body (the card 4000000000000002 is declined by the simulated bank). */
	order(invoiceId: string, total: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
		const { merchantKey } = this.credentials;
		return {
			merchant_key: merchantKey,
			cc_holder_name: 'Ayse Yilmaz',
			cc_no: '4508034508034509',
			expiry_month: '12',
			expiry_year: '2030',
			cvv: '000',
			currency_code: 'TRY',
			installments_number: 1,
			invoice_id: invoiceId,
			invoice_description: 'Order',
			name: 'Ayse',
			surname: 'Yilmaz',
			ip: '88.255.1.10',
			total,
			items: [{ name: 'Item', price: total, quantity: 1, description: 'Item' }],
			hash_key: this.hash([total, '1', 'TRY', merchantKey, invoiceId]),
			...extra,
		};
	}

	async registerWebhook(type: 'sale' | 'refund' | 'recurring', key: string, url: string): Promise<void> {
		await fetch(`${this.sandbox.url}/sandbox/payment/webhooks`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ type, key, url }),
		});
	}

	async refund(invoiceId: string, amount: string, refundId: string, webhookKey?: string) {
		const { merchantKey, appId, appSecret } = this.credentials;
		return await this.api('/api/refund', {
			merchant_key: merchantKey,
			app_id: appId,
			app_secret: appSecret,
			invoice_id: invoiceId,
			amount,
			refund_transaction_id: refundId,
			...(webhookKey ? { refund_web_hook_key: webhookKey } : {}),
			hash_key: this.hash([amount, invoiceId, merchantKey]),
		});
	}

	async planCodeOf(invoiceId: string): Promise<string> {
		const status = await this.api('/api/checkstatus', {
			merchant_key: this.credentials.merchantKey,
			invoice_id: invoiceId,
			hash_key: this.hash([invoiceId, this.credentials.merchantKey]),
		});
		return (JSON.parse(status.text) as { recurring_plan_code: string }).recurring_plan_code;
	}

	async chargePlan(planCode: string, fail: boolean): Promise<void> {
		await fetch(`${this.sandbox.url}/sandbox/payment/recurring/charge`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ plan_code: planCode, fail }),
		});
	}

	/**
	 * A 3-D payment up to the bank's answer: the auto-submitting form the shopper's browser would
	 * post to the return URL (`password` "a" passes, anything else fails).
	 */
	async threeD(invoiceId: string, password: string, returnUrl: string, extra: Record<string, unknown> = {}) {
		const start = await this.api(
			'/api/paySmart3D',
			this.order(invoiceId, '20.00', { return_url: returnUrl, cancel_url: returnUrl, ...extra }),
			true,
		);
		const bank = parseForm(start.text);
		const complete = await fetch(`${this.sandbox.url}/sandbox/3d/complete`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ session: bank.fields.session, password }),
			redirect: 'manual',
		});
		return { status: complete.status, location: complete.headers.get('location'), html: await complete.text() };
	}
}

/** What the shopper's browser does with the bank's answer: posts the form, optionally edited. */
export async function browserPosts(html: string, change: Record<string, string> = {}): Promise<Response> {
	const form = parseForm(html);
	return await fetch(form.action, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ ...form.fields, ...change }),
		redirect: 'manual',
	});
}

/** A simulator control call (`/sandbox/...`): webhooks to register, payouts to complete, top-ups. */
export async function control(sandbox: SipaySandbox, path: string, body: Record<string, unknown>) {
	const response = await fetch(`${sandbox.url}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	return (await response.json()) as Record<string, unknown>;
}

/** A business's own Business API calls, made directly, to create payouts whose webhooks tests deliver. */
export class TestBusiness {
	private bearer = '';

	constructor(private readonly sandbox: SipaySandbox) {}

	async login(): Promise<void> {
		const { clientId, clientSecret } = this.sandbox.business.client;
		const answer = await fetch(`${this.sandbox.url}/ids/connect/token`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({
				grant_type: 'client_credentials',
				client_id: clientId,
				client_secret: clientSecret,
				scope: 'sts_business_api',
			}),
		});
		this.bearer = ((await answer.json()) as { access_token: string }).access_token;
	}

	/** A bank payout from the seeded wallet; answers Sipay's code ('100' when accepted). */
	async payout(ext: string, amount = 40): Promise<string> {
		const response = await fetch(`${this.sandbox.url}/sts/v1/Transaction/SendMoneyToBankAccount`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${this.bearer}`,
				'x-client-id': this.sandbox.business.client.xClientId,
				'Content-Type': 'application/json',
			},
			body: JSON.stringify({
				sender_account_number: '1122334455',
				sender_wallet_number: '754938444',
				ext_transaction_id: ext,
				receiver_account_holder_name: 'BURAK YILMAZ',
				receiver_iban: 'TR220006221935787735797651',
				receiver_national_id_or_tax_no: '10000000146',
				amount,
				currency_code: 'TRY',
				description: 'Payout',
			}),
		});
		return ((await response.json()) as { code: string }).code;
	}
}

/**
 * A card saved for a customer through the node itself (n8n's engine) against the simulator, as a
 * merchant's checkout would have saved it earlier; answers the card token.
 */
export async function saveTestCard(sandbox: SipaySandbox, customerNumber: string, cardNumber = '4508034508034509'): Promise<string> {
	const harness = new Harness();
	harness.credentials.set('sipayPaymentApi', sandbox.paymentCredentials());
	const saved = await harness.runSipay({
		parameters: {
			api: 'payment',
			resource: 'savedCard',
			operation: 'save',
			customerNumber,
			cardHolderName: 'Ayse Yilmaz',
			cardNumber,
			expiryMonth: '12',
			expiryYear: '2030',
			additionalFields: { customerName: 'Ayse Yilmaz' },
		},
	});
	const token = String(saved.items[0]?.json.card_token);
	if (!/^[0-9a-f]{32}$/.test(token)) throw new Error(`the simulator saved no card: ${JSON.stringify(saved.items[0]?.json ?? saved.error)}`);
	return token;
}
