import type { IDataObject } from 'n8n-workflow';

/**
 * What every output item of the Sipay node looks like: first a small, stable set of fields a
 * workflow branches on (the same names for every operation of a kind), then Sipay's own answer as
 * it came under `sipay` (without `hash_key`; secrets and card numbers are still redacted by the
 * router). The sets below are the one description of those fields: the operations fill them, the
 * editor's output preview (`__schema__`) is written from them and the README lists them.
 */

export const RAW_KEY = 'sipay';

type FieldType = 'string' | 'number' | 'boolean' | 'array' | 'object';

/** A lead field: its JSON type(s) and what it means, in a user's words. */
export interface LeadField {
	type: FieldType | FieldType[];
	description: string;
	/** Also null when Sipay did not say. */
	nullable?: boolean;
}

const f = (type: LeadField['type'], description: string, nullable = false): LeadField => ({ type, description, nullable });

const money = {
	amount: f('string', 'The amount, a dot-decimal string with two decimals (e.g. "10.00")', true),
	currency: f('string', 'Three-letter currency code (e.g. TRY)', true),
};

const sipayMessage = f('string', "Sipay's message, in words", true);

/** The lead set of each kind of output, in output order. */
export const OUTPUT_KINDS = {
	/** Pay (Non-Secure 2-D), Saved Card › Pay (Non-Secure), Complete 3-D Payment. */
	charge: {
		approved: f('boolean', 'True when the payment went through; a declined card is false (an item, not an error)'),
		status: f('string', 'approved or declined'),
		message: f('string', "Sipay's or the bank's reason, in words (e.g. Insufficient funds)", true),
		...money,
		installments: f('number', 'Number of installments', true),
		invoice_id: f('string', 'Your invoice ID (the payment\'s idempotency key)'),
		order_id: f('string', "Sipay's order ID: keep it for refunds and Complete 3-D Payment", true),
		transaction_type: f('string', 'Auth (sale) or PreAuth (pre-authorization)', true),
		hash_verified: f('boolean', "True when Sipay's signature on the answer matches what was received"),
	},
	/** Pay (3-D Secure), Saved Card › Pay (3-D Secure). */
	threeDStart: {
		status: f('string', 'redirect: show html to the shopper, who confirms the payment at their bank'),
		...money,
		invoice_id: f('string', "Your invoice ID (the payment's idempotency key)"),
		html: f('string', 'The page to show the shopper (e.g. Respond to Webhook, content type text/html)', true),
		form_action: f('string', 'Where that page sends the shopper', true),
		next_step: f('string', 'What happens next, in words'),
	},
	paymentLink: {
		status: f('string', 'created'),
		link: f('string', 'The payment page to send the shopper', true),
		...money,
		invoice_id: f('string', "Your invoice ID (the payment's idempotency key)"),
		order_id: f('string', "Sipay's order ID", true),
		message: sipayMessage,
	},
	refund: {
		refunded: f('boolean', 'True when the refund is done'),
		queued: f('boolean', 'True when Sipay queued the refund to run later'),
		status: f('string', 'refunded or queued'),
		amount: money.amount,
		invoice_id: f('string', 'The refunded invoice'),
		order_id: f('string', "Sipay's order ID", true),
		refund_transaction_id: f('string', "The refund's idempotency key: the same key never refunds twice"),
		message: sipayMessage,
	},
	paymentStatus: {
		approved: f('boolean', 'True when the payment is completed'),
		status: f('string', 'The transaction status in words: completed, pending, failed, …'),
		message: sipayMessage,
		amount: money.amount,
		refunded_amount: f('string', 'How much of it was refunded, two decimals', true),
		invoice_id: f('string', 'Your invoice ID'),
		order_id: f('string', "Sipay's order ID", true),
		transaction_type: f('string', 'Auth (sale) or PreAuth (pre-authorization)', true),
		recurring_plan_code: f('string', 'The recurring plan this payment started, null for a one-off payment', true),
	},
	preAuthorization: {
		status: f('string', 'captured or cancelled'),
		captured_amount: f('string', 'The amount captured ("full" when the whole amount), null when cancelled', true),
		invoice_id: f('string', 'The pre-authorized invoice'),
		message: sipayMessage,
	},
	savedCard: {
		status: f('string', 'saved, updated or deleted'),
		card_token: f('string', 'The token that stands for the card in later payments', true),
		customer_number: f('string', 'Your customer number'),
		card_number: f('string', 'The card number, masked (first 6 and last 4 digits)', true),
		message: sipayMessage,
	},
	savedCardListEntry: {
		card_token: f('string', 'The token that stands for the card in payments'),
		card_number: f('string', 'The card number, masked (first 6 and last 4 digits)', true),
		card_bank: f('string', 'The bank that issued the card', true),
		customer_number: f('string', 'Your customer number'),
		customer_name: f('string', 'The card owner, as saved', true),
	},
	recurringPlan: {
		plan_code: f('string', 'The plan'),
		status: f('string', 'active or inactive', true),
		...money,
		payment_number: f('number', 'How many payments the plan has', true),
		next_action_date: f('string', 'When the next payment is due', true),
	},
	recurringChange: {
		status: f('string', 'updated or cancelled'),
		plan_code: f('string', 'The plan'),
		recurring_status: f('string', 'ACTIVE or INACTIVE, when it was changed', true),
		message: sipayMessage,
	},
	recurringProcess: {
		processed: f('boolean', 'True when the latest payment of the plan went through'),
		status: f('string', 'processed or failed'),
		plan_code: f('string', 'The plan'),
		message: sipayMessage,
	},
	posOption: {
		installments: f('number', 'Number of installments'),
		title: f('string', 'The option in words (e.g. 2 Installments)', true),
		payable_amount: f('string', 'What the shopper pays with this option, two decimals', true),
		currency: money.currency,
		card_program: f('string', 'Card program (e.g. MAXIMUM, WORLD)', true),
		card_bank: f('string', 'The bank that issued the card', true),
		pos_id: f('number', "Sipay's POS for this option", true),
	},
	commission: {
		installments: f('number', 'Number of installments'),
		title: f('string', 'The option in words', true),
		card_program: f('string', 'Card program (e.g. MAXIMUM, WORLD)', true),
		merchant_commission_percentage: f('string', 'Commission the merchant pays, in percent', true),
		user_commission_percentage: f('string', 'Commission the shopper pays, in percent', true),
		currency: money.currency,
	},
	merchantInstallments: {
		installments: f('array', 'The installment counts enabled for the merchant'),
		message: sipayMessage,
	},
	cashOut: {
		status: f('string', 'accepted'),
		transfers: f('number', 'How many transfers were sent'),
		total: f('string', 'Their total, two decimals'),
		message: sipayMessage,
	},
	settlementReport: {
		settlements: f('number', 'How many settlements this page lists (they are under sipay.settlements)'),
		total_count: f('number', 'How many settlements there are in all', true),
		page: f('number', 'The page', true),
		message: sipayMessage,
	},
	hashCheck: {
		valid: f('boolean', 'True when the hash_key decrypts and matches every received field'),
		reason: f('string', 'Why not, in words', true),
		layout: f('string', 'payment or refund'),
		compared: f('array', 'The received fields that were compared'),
		mismatches: f('array', 'The fields that differ from the hash'),
		fields: f('object', 'What the hash_key holds'),
	},
	personalWallet: {
		exists: f('boolean', 'True when the person has a Sipay wallet in this currency'),
		wallet_number: f('string', 'Their wallet number', true),
		first_name: f('string', 'First name', true),
		last_name: f('string', 'Last name', true),
		currency: money.currency,
	},
	businessAccount: {
		account_number: f('string', 'Your business account number', true),
		tenant_id: f('string', 'Your tenant ID (Get Many Payouts and Create Wallet ask for it)', true),
		name: f('string', 'The business name', true),
		alias: f('string', 'The short name', true),
		kyc_level: f('string', 'Verification level', true),
		tax_number: f('string', 'Tax number', true),
	},
	transfer: {
		status: f('string', 'completed'),
		ext_transaction_id: f('string', "The transfer's idempotency key: Sipay refuses a second transfer with it"),
		transaction_id: f('string', "Sipay's transaction ID", true),
		...money,
		sender_wallet_number: f('string', 'The wallet the money left'),
		receiver_wallet_number: f('string', 'The wallet it went to', true),
		receiver_name: f('string', 'Who received it', true),
	},
	payoutSent: {
		status: f('string', 'accepted: the bank result arrives later (Bank Transfer webhook or Get Payout)'),
		status_note: f('string', 'What happens next, in words'),
		ext_transaction_id: f('string', "The payout's idempotency key: Sipay refuses a second payout with it"),
		transaction_id: f('string', "Sipay's transaction ID", true),
		...money,
		fee: f('number', 'The fee Sipay charged', true),
		sender_wallet_number: f('string', 'The wallet the money left'),
		receiver_iban: f('string', 'The IBAN it goes to'),
		receiver_name: f('string', 'The account holder'),
	},
	payout: {
		status: f('string', 'pending, completed, rejected or failed', true),
		ext_transaction_id: f('string', "The payout's idempotency key", true),
		...money,
		receiver_iban: f('string', 'The IBAN it goes to', true),
		receiver_name: f('string', 'The account holder', true),
		wallet_number: f('string', 'The wallet the money left', true),
		created_at: f('string', 'When it was requested (UTC)', true),
	},
	transaction: {
		transaction_id: f('string', "Sipay's transaction ID", true),
		ext_transaction_id: f('string', 'Your ID for it, when it has one', true),
		type: f('string', 'What kind of transaction, in words', true),
		status: f('string', 'Its status, in words', true),
		...money,
		fee: f('number', 'The fee', true),
		from_wallet_number: f('string', 'The wallet the money left', true),
		to_wallet_number: f('string', 'The wallet it went to', true),
		created_at: f('string', 'When it happened (UTC)', true),
	},
	receipt: {
		transaction_id: f('string', 'The transaction'),
		file_name: f('string', 'The PDF in the binary field, null when Sipay sent no PDF', true),
		mime_type: f('string', 'application/pdf', true),
	},
	paymentType: {
		code: f('string', 'The code to send as the payment type'),
		name: f('string', 'The payment type in words', true),
		description_required: f('boolean', 'True when a transfer of this type needs a description', true),
		description_min_length: f('number', 'The shortest description accepted', true),
	},
	wallet: {
		wallet_number: f('string', 'The wallet number', true),
		name: f('string', 'The wallet name', true),
		currency: money.currency,
		balance: f('number', 'Total balance', true),
		status: f('string', 'Active, … (in words)', true),
		iban: f('string', 'The wallet IBAN, when it has one', true),
		account_number: f('string', 'The account the wallet belongs to', true),
	},
	walletCreated: {
		status: f('string', 'created'),
		wallet_number: f('string', 'The new wallet number', true),
		name: f('string', 'The wallet name'),
		currency: money.currency,
	},
} satisfies Record<string, Record<string, LeadField>>;

export type OutputKind = keyof typeof OUTPUT_KINDS;

/** Kinds whose items carry no answer from Sipay under `sipay` (computed locally, or a file). */
const WITHOUT_RAW = new Set<OutputKind>(['hashCheck']);

export type LeadValues<K extends OutputKind> = { [F in keyof (typeof OUTPUT_KINDS)[K]]: unknown };

function withoutHashKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(withoutHashKeys);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value as IDataObject)
			.filter(([key]) => key !== 'hash_key')
			.map(([key, entry]) => [key, withoutHashKeys(entry)]),
	);
}

/** Sipay's answer without its signatures (`hash_key`, at any depth), which are no use in a workflow. */
export function rawAnswer(answer: unknown): IDataObject {
	if (answer === null || answer === undefined) return {};
	if (typeof answer !== 'object') return { value: answer as IDataObject[keyof IDataObject] };
	if (Array.isArray(answer)) return { results: withoutHashKeys(answer) as IDataObject[] };
	return withoutHashKeys(answer) as IDataObject;
}

/**
 * One output item: the lead fields of `kind` in their order (undefined becomes null), then
 * `sipay` with the raw answer (for kinds that have one).
 */
export function shapeOutput<K extends OutputKind>(kind: K, values: LeadValues<K>, raw?: unknown): IDataObject {
	const item: IDataObject = {};
	for (const name of Object.keys(OUTPUT_KINDS[kind])) {
		const value = (values as Record<string, unknown>)[name];
		item[name] = (value === undefined ? null : value) as IDataObject[keyof IDataObject];
	}
	if (WITHOUT_RAW.has(kind)) return item;
	// A receipt that came as a file has no other answer to keep.
	if (kind === 'receipt' && raw === undefined) return item;
	item[RAW_KEY] = rawAnswer(raw);
	return item;
}

/** A two-decimal amount string from what Sipay sent (number or text), null when it sent none. */
export function amountText(value: unknown): string | null {
	if (value === undefined || value === null || value === '') return null;
	const number = Number(value);
	return Number.isFinite(number) ? number.toFixed(2) : null;
}

/** Text or null: ids Sipay sends as numbers become strings, so expressions compare them alike. */
export function text(value: unknown): string | null {
	if (value === undefined || value === null || value === '') return null;
	return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A number or null. */
export function numberOrNull(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	const number = Number(value);
	return Number.isFinite(number) ? number : null;
}

/** Status words in lower case (`Completed` → `completed`), null when Sipay sent none. */
export function words(value: unknown): string | null {
	const shown = text(value);
	return shown === null ? null : shown.toLowerCase();
}

/** The output kind of every operation, by `resource.operation` (resource values differ between the two APIs). */
export const OPERATION_OUTPUTS: Record<string, OutputKind> = {
	'payment.pay': 'charge',
	'payment.payThreeD': 'threeDStart',
	'payment.completeThreeD': 'charge',
	'payment.confirmPreAuthorization': 'preAuthorization',
	'payment.refund': 'refund',
	'payment.checkStatus': 'paymentStatus',
	'payment.createLink': 'paymentLink',
	'payment.verifyHash': 'hashCheck',
	'savedCard.save': 'savedCard',
	'savedCard.list': 'savedCardListEntry',
	'savedCard.update': 'savedCard',
	'savedCard.delete': 'savedCard',
	'savedCard.pay': 'charge',
	'savedCard.payThreeD': 'threeDStart',
	'recurring.get': 'recurringPlan',
	'recurring.checkProcess': 'recurringProcess',
	'recurring.update': 'recurringChange',
	'recurring.cancel': 'recurringChange',
	'installment.getPosOptions': 'posOption',
	'installment.getCommissions': 'commission',
	'installment.getMerchantInstallments': 'merchantInstallments',
	'cashOut.toBank': 'cashOut',
	'settlement.getReport': 'settlementReport',
	'account.checkPersonalWallet': 'personalWallet',
	'account.getBusinessAccount': 'businessAccount',
	'payout.sendToBankAccount': 'payoutSent',
	'payout.getPayout': 'payout',
	'payout.getManyPayouts': 'payout',
	'transactionData.getManyTransactions': 'transaction',
	'transactionData.getReceipt': 'receipt',
	'transfer.toPersonalWallet': 'transfer',
	'transfer.toBusinessWallet': 'transfer',
	'transfer.betweenOwnWallets': 'transfer',
	'transfer.getPaymentTypes': 'paymentType',
	'wallet.create': 'walletCreated',
	'wallet.get': 'wallet',
	'wallet.getMany': 'wallet',
};

/**
 * The JSON schema of one kind's items, which n8n's editor shows as the node's output before it
 * runs (served from `__schema__/v<version>/<resource>/<operation>.json` next to the node).
 */
export function outputSchema(kind: OutputKind): IDataObject {
	const properties: IDataObject = {};
	for (const [name, field] of Object.entries(OUTPUT_KINDS[kind] as Record<string, LeadField>)) {
		const type = Array.isArray(field.type) ? field.type[0] : field.type;
		properties[name] = {
			type,
			description: field.nullable ? `${field.description} (null when Sipay does not say)` : field.description,
			...(type === 'array' ? { items: {} } : {}),
		};
	}
	if (!WITHOUT_RAW.has(kind)) {
		properties[RAW_KEY] = {
			type: 'object',
			description: "Sipay's answer as it came, without hash_key",
			properties: {},
		};
	}
	return { type: 'object', properties };
}
