import { json, type Route } from '../http';
import { maskPan } from './bank';
import { str } from './guard';
import type { PaymentSim } from './index';
import { chargePlan } from './plans';

/**
 * Simulator controls under /sandbox/payment/ (no token): register webhook keys as the merchant panel
 * would (§11), run a recurring plan's next charge, and dump the state for debugging.
 */

const WEBHOOK_TABLES = { sale: 'saleWebhooks', recurring: 'recurringWebhooks', refund: 'refundWebhooks' } as const;

export function controlRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/sandbox/payment/webhooks',
			handler: (request) => {
				const { type, key, url } = request.body;
				const table = WEBHOOK_TABLES[str(type) as keyof typeof WEBHOOK_TABLES];
				if (!table || str(key) === '' || !/^https?:\/\//.test(str(url))) {
					return json({ message: "Expected {type: 'sale'|'recurring'|'refund', key, url}" }, 400);
				}
				sim.merchant[table][str(key)] = str(url);
				return json({ ok: true, type, key, url });
			},
		},
		{
			method: 'POST',
			path: '/sandbox/payment/recurring/charge',
			handler: async (request) => {
				const plan = sim.state.plans.get(str(request.body.plan_code));
				if (!plan) return json({ message: 'Unknown plan_code' }, 404);
				if (plan.status !== 'ACTIVE') return json({ message: `The plan is ${plan.status}` }, 409);
				const fail = request.body.fail === true || request.body.fail === 'true';
				const { charge, delivery } = await chargePlan(sim, plan, !fail);
				return json({
					plan_code: plan.planCode,
					recurring_number: charge.recurringNumber,
					order_id: charge.orderId,
					status: charge.status,
					attempts: charge.attempts,
					webhook: delivery ? { url: delivery.url, status: delivery.status, error: delivery.error } : null,
				});
			},
		},
		{
			method: 'GET',
			path: '/sandbox/payment/state',
			handler: () =>
				json({
					payments: [...sim.state.payments.values()],
					cards: [...sim.state.cards.values()].map(({ number, ...card }) => ({ ...card, number: maskPan(number) })),
					plans: [...sim.state.plans.values()],
					cashouts: sim.state.cashouts,
					webhookKeys: {
						sale: sim.merchant.saleWebhooks,
						recurring: sim.merchant.recurringWebhooks,
						refund: sim.merchant.refundWebhooks,
					},
				}),
		},
	];
}
