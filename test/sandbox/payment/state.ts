/** Everything the simulated merchant has done: payments, refunds, cards, plans, payouts. */

export interface PaymentRecord {
	invoiceId: string;
	orderId: string;
	total: string;
	currency: string;
	installments: number;
	transactionType: 'Auth' | 'Pre-Authorization';
	/** Completed, Pending, Failed, Refunded, Partially Refunded, Cancelled */
	status: string;
	paymentStatus: 0 | 1;
	maskedPan: string;
	refunded: number;
	createdAt: number;
}

export class PaymentState {
	readonly payments = new Map<string, PaymentRecord>();
}
