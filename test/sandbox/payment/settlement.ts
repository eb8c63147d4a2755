import { json, type Route } from '../http';
import { istanbulDate, round2 } from './format';
import { checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { refundedAmount, type PaymentRecord } from './state';

/**
 * Settlement report (payment-api.md §10, unverified): POST /api/settlements answering the shape the
 * unofficial Node SDK expects. Captured payments settle the next day (T+1), grouped per day and currency.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const settlementDate = (payment: PaymentRecord): string => istanbulDate(payment.createdAt + DAY_MS);

const settles = (payment: PaymentRecord): boolean =>
	payment.paymentStatus === 1 && payment.stage === 'done' && payment.status !== 'Cancelled' && payment.preAuth !== 'authorized';

export function settlementRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/settlements',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key']),
					() => checkMerchantKey(sim, request),
				);
				if (failure) return failure;
				const page = body.page === undefined ? 1 : Number(body.page);
				const perPage = body.per_page === undefined ? 20 : Number(body.per_page);
				if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
					return fail(1, 'page must be ≥ 1 and per_page between 1 and 100.');
				}
				const from = str(body.start_date);
				const to = str(body.end_date);
				const groups = new Map<string, PaymentRecord[]>();
				for (const payment of sim.state.payments.values()) {
					if (!settles(payment)) continue;
					const date = settlementDate(payment);
					if ((from && date < from) || (to && date > to)) continue;
					const key = `${date}|${payment.currency}`;
					groups.set(key, [...(groups.get(key) ?? []), payment]);
				}
				const today = istanbulDate(Date.now());
				const settlements = [...groups.entries()]
					.sort(([a], [b]) => (a < b ? 1 : -1))
					.map(([key, payments]) => {
						const [date, currency] = key.split('|');
						const rows = payments.map((payment) => {
							const amount = Number(payment.total);
							const refunded = refundedAmount(payment);
							return {
								invoice_id: payment.invoiceId,
								order_id: payment.orderId,
								amount,
								commission: payment.merchantCommission,
								refunded_amount: refunded,
								net_amount: round2(amount - payment.merchantCommission - refunded),
								transaction_date: istanbulDate(payment.createdAt),
							};
						});
						const sum = (pick: (row: (typeof rows)[number]) => number) => round2(rows.reduce((total, row) => total + pick(row), 0));
						return {
							settlement_id: `STL-${date.replace(/-/g, '')}-${currency}`,
							settlement_date: date,
							total_amount: sum((row) => row.amount),
							commission_amount: sum((row) => row.commission),
							net_amount: sum((row) => row.net_amount),
							currency,
							status: date <= today ? 'Settled' : 'Pending',
							transactions: rows,
						};
					});
				return json({
					status: true,
					message: 'Settlements fetched successfully',
					settlements: settlements.slice((page - 1) * perPage, page * perPage),
					total_count: settlements.length,
					page,
					per_page: perPage,
				});
			},
		},
	];
}
