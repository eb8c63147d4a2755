import { round2 } from './format';

/** The simulated merchant's commission agreement, shared by payments, getpos and commissions (§4). */

/** Percentage by installment count; the fixed part is 0. Counts not listed use the highest rate below them. */
const PERCENTAGE_BY_INSTALLMENT: Array<[number, number]> = [
	[1, 2],
	[2, 3.5],
	[3, 4.5],
	[6, 7.5],
	[9, 10],
	[12, 12.5],
];

export function commissionPercentage(installments: number): number {
	let rate = PERCENTAGE_BY_INSTALLMENT[0][1];
	for (const [count, percentage] of PERCENTAGE_BY_INSTALLMENT) if (installments >= count) rate = percentage;
	return rate;
}

export type CommissionBy = 'merchant' | 'user';

/** `commission_by=user` or `is_commission_from_user` truthy: the cardholder pays the commission. */
export function commissionBy(body: Record<string, unknown>): CommissionBy {
	const fromUser = body.is_commission_from_user ?? body.is_comission_from_user;
	if (body.commission_by === 'user' || fromUser === true || fromUser === 1 || fromUser === '1') return 'user';
	return 'merchant';
}

export interface Commission {
	percentage: number;
	merchant: number;
	user: number;
	/** What the cardholder pays. */
	payable: number;
}

export function commission(amount: number, installments: number, by: CommissionBy): Commission {
	const percentage = commissionPercentage(installments);
	const value = round2((amount * percentage) / 100);
	return by === 'user'
		? { percentage, merchant: 0, user: value, payable: round2(amount + value) }
		: { percentage, merchant: value, user: 0, payable: amount };
}

export const CURRENCY_IDS: Record<string, number> = { TRY: 1, USD: 2, EUR: 3 };

export const CURRENCY_SYMBOLS: Record<string, string> = { TRY: '₺', USD: '$', EUR: '€' };
