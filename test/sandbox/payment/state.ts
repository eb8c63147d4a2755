import type { BankAnswer, CardDetails, CardProfile } from './bank';
import type { CommissionBy } from './pricing';

/** Everything the simulated merchant has done: payments, refunds, cards, plans, payouts. */

/** checkstatus `transaction_status` values. */
export type TransactionStatus = 'Pending' | 'Completed' | 'Failed' | 'Cancelled' | 'Refunded' | 'Partially Refunded';

/**
 * Where a payment is: `card` = a link waiting for the shopper's card, `bank` = waiting for the 3-D
 * password, `complete` = 3-D done, waiting for /payment/complete (merchant model), `done` = final.
 */
export type PaymentStage = 'card' | 'bank' | 'complete' | 'done';

export interface RecurringTerms {
	paymentNumber: number;
	cycle: 'D' | 'M' | 'Y';
	interval: number;
	webhookKey: string;
}

export interface RedirectTarget {
	returnUrl: string;
	cancelUrl: string;
	method: 'POST' | 'GET';
}

/** The payment's result as Sipay reports it (§5.1 error_code/error, original_bank_error_*). */
export interface Outcome {
	approved: boolean;
	statusCode: number;
	description: string;
	bankCode: string;
	bankDescription: string;
}

export interface RefundRecord {
	amount: number;
	refundTransactionId?: string;
	refNo: string;
	at: number;
}

export interface PaymentRecord {
	invoiceId: string;
	orderId: string;
	transactionId: string;
	/** As Sipay stores it (`5`, `25.48`). */
	total: string;
	currency: string;
	installments: number;
	transactionType: 'Auth' | 'Pre-Authorization';
	/** For pre-authorizations: what confirmPayment did with the blocked amount. */
	preAuth?: 'authorized' | 'captured' | 'cancelled';
	status: TransactionStatus;
	stage: PaymentStage;
	paymentStatus: 0 | 1;
	completedBy: 'app' | 'merchant';
	commissionBy: CommissionBy;
	maxInstallment?: number;
	card?: CardProfile & { maskedPan: string };
	outcome?: Outcome;
	authCode: string;
	hostReferenceId: string;
	mdStatus?: 0 | 1;
	/** Merchant model: the bank's answer, applied when the merchant completes the payment. */
	heldAnswer?: BankAnswer;
	merchantCommission: number;
	merchantCommissionPercentage: number;
	userCommission: number;
	refunds: RefundRecord[];
	redirect?: RedirectTarget;
	saleWebhookKey?: string;
	recurring?: RecurringTerms;
	planCode?: string;
	createdAt: number;
}

export const refundedAmount = (payment: PaymentRecord): number =>
	payment.refunds.reduce((sum, refund) => sum + Math.round(refund.amount * 100), 0) / 100;

/** A 3-D authentication in progress: the card waits at the simulated bank page. */
export interface ThreeDSession {
	id: string;
	invoiceId: string;
	card: CardDetails;
}

export interface SavedCard {
	id: number;
	token: string;
	cardUserKey: string;
	customerNumber: string;
	holderName: string;
	number: string;
	expiryMonth: string;
	expiryYear: string;
	customerName: string;
	customerEmail: string;
	customerPhone: string;
	createdAt: number;
	updatedAt: number;
}

export interface RecurringCharge {
	id: number;
	saleId: number;
	scheduleId: number;
	orderId: string;
	amount: number;
	actionDate: string;
	status: 'Completed' | 'Fail';
	recurringNumber: number;
	attempts: number;
	remarks: string;
}

export interface RecurringPlan {
	recurringId: number;
	planCode: string;
	invoiceId: string;
	firstOrderId: string;
	currency: string;
	firstAmount: number;
	recurringAmount: number;
	terms: RecurringTerms;
	status: 'ACTIVE' | 'INACTIVE' | 'COMPLETED';
	cardNo: string;
	/** Epoch ms of the next charge; undefined once the plan is finished. */
	nextActionAt?: number;
	createdAt: number;
	charges: RecurringCharge[];
}

export interface CashoutRecord {
	sum: string;
	rows: Array<Record<string, unknown>>;
	at: number;
}

export class PaymentState {
	readonly payments = new Map<string, PaymentRecord>();

	readonly sessions = new Map<string, ThreeDSession>();

	/** Payment-link id → invoice_id. */
	readonly links = new Map<string, string>();

	/** card_token → card. */
	readonly cards = new Map<string, SavedCard>();

	/** plan_code → plan. */
	readonly plans = new Map<string, RecurringPlan>();

	readonly refundTransactionIds = new Set<string>();

	/** `iv:salt` of every request hash_key accepted so far (payment-api.md §2.1: new ones per request). */
	readonly hashRandomness = new Set<string>();

	readonly cashouts: CashoutRecord[] = [];

	private sequence = 1000;

	/** Numeric ids (card ids, recurring ids, history ids) in issue order. */
	nextId(): number {
		this.sequence += 1;
		return this.sequence;
	}
}
