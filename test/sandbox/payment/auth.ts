import { json, type Route } from '../http';
import type { PaymentSim } from './index';
import { istanbulDateTime } from './format';
import { fail } from './guard';

/** POST /api/token (payment-api.md §3.1). */
export function authRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/token',
			handler: (request) => {
				const { app_id: appId, app_secret: appSecret } = request.body;
				if (!appId || !appSecret) return fail(1, 'The app_id and app_secret fields are required.');
				if (appId !== sim.merchant.appId || appSecret !== sim.merchant.appSecret) {
					return fail(30, 'Invalid credentials');
				}
				const { token, expiresAt } = sim.issueToken();
				return json({
					status_code: 100,
					status_description: 'Successfully Generated token',
					data: { token, is_3d: sim.merchant.is3d, expires_at: istanbulDateTime(expiresAt) },
				});
			},
		},
	];
}
