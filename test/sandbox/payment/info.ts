import { json, type Route } from '../http';
import type { PaymentSim } from './index';
import { checkMerchantKey, checkRequired, checkToken, firstFailure } from './guard';

/** Installments, POS options and commissions (payment-api.md §4). */
export function infoRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/installments',
			handler: (request) =>
				firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['merchant_key']),
					() => checkMerchantKey(sim, request),
				) ??
				json({ status_code: 100, message: 'Installments fetched', installments: sim.merchant.installments }),
		},
	];
}
