import type { PaymentSim } from './index';
import { openPayment } from './lifecycle';

/**
 * Finished, approved 2-D sales for the given invoice IDs, as if each had been paid with a card:
 * what Check Status then finds (benchmarks and tests of many items).
 */
export function seedCompletedPayments(sim: PaymentSim, invoiceIds: string[], total = 100): void {
	for (const invoiceId of invoiceIds) {
		const payment = openPayment(
			sim,
			{
				invoiceId,
				total,
				currency: 'TRY',
				installments: 1,
				transactionType: 'Auth',
				completedBy: 'app',
				commissionBy: 'merchant',
			},
			'done',
		);
		payment.status = 'Completed';
		payment.paymentStatus = 1;
	}
}
