import { generateHashKey } from '../../../nodes/Sipay/hash/hashKey';
import { json, type Route } from '../http';
import { cardProfile } from './bank';
import { fixed2, toAmount } from './format';
import { checkMerchantKey, checkRequired, checkToken, fail, firstFailure, str } from './guard';
import type { PaymentSim } from './index';
import { commission, commissionBy, commissionPercentage, CURRENCY_IDS } from './pricing';

/** Installments, POS options and commissions (payment-api.md §4). */

const PROGRAMS = ['MAXIMUM', 'WORLD', 'BONUS', 'TROY'];

const installmentTitle = (count: number) => (count === 1 ? 'Single Payment' : `${count} Installments`);

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
		{
			method: 'POST',
			path: '/ccpayment/api/getpos',
			handler: (request) => {
				const body = request.body;
				const failure = firstFailure(
					() => checkToken(sim, request),
					() => checkRequired(request, ['credit_card', 'amount', 'currency_code', 'merchant_key']),
					() => checkMerchantKey(sim, request),
				);
				if (failure) return failure;
				const bin = str(body.credit_card).replace(/\s+/g, '');
				if (!/^\d{6,19}$/.test(bin)) return fail(1, 'The credit card must be at least the first 6 digits.');
				const amount = toAmount(body.amount);
				if (amount === undefined || amount <= 0) return fail(1, 'The amount must be a number greater than 0.');
				const currency = str(body.currency_code);
				if (!sim.merchant.currencies.includes(currency)) return fail(12, 'Invalid currency code');
				const profile = cardProfile(bin);
				const by = commissionBy(body);
				// Recurring payments and programs without an installment agreement: single payment only (§5.2).
				const single = str(body.is_recurring) === '1' || !profile.installments;
				const counts = sim.merchant.installments.filter((count) => count === 1 || !single);
				const data = counts.map((count) => {
					const payable = commission(amount, count, by).payable;
					return {
						pos_id: profile.posId,
						campaign_id: 0,
						allocation_id: profile.posId * 100 + count,
						installments_number: count,
						card_type: profile.cardType,
						card_program: profile.program,
						card_scheme: profile.scheme,
						is_commercial: 0,
						payable_amount: payable,
						amount_to_be_paid: fixed2(payable),
						// Informational only (§4.1); the layout is the simulator's own.
						hash_key: generateHashKey([fixed2(payable), count, currency, profile.posId], sim.merchant.appSecret),
						currency_code: currency,
						currency_id: CURRENCY_IDS[currency],
						title: installmentTitle(count),
						card_bank: profile.bank,
					};
				});
				return json({ status_code: 100, status_description: 'Success', data });
			},
		},
		{
			// §4.3: POST with JSON (older docs: GET with the same parameters, served too).
			method: 'POST',
			path: '/ccpayment/api/commissions',
			handler: (request) => checkToken(sim, request) ?? commissions(sim, { ...request.query, ...request.body }),
		},
		{
			method: 'GET',
			path: '/ccpayment/api/commissions',
			handler: (request) => checkToken(sim, request) ?? commissions(sim, { ...request.body, ...request.query }),
		},
	];
}

function commissions(sim: PaymentSim, params: Record<string, unknown>) {
	if (params.merchant_key !== undefined && params.merchant_key !== sim.merchant.merchantKey) {
		return fail(14, 'Merchant not found');
	}
	const currency = str(params.currency_code) || 'TRY';
	if (!sim.merchant.currencies.includes(currency)) return json({ status_code: 0, status_description: 'No Data Found' });
	const byUser = commissionBy(params) === 'user';
	const data = Object.fromEntries(
		sim.merchant.installments.map((count) => {
			const percentage = commissionPercentage(count).toFixed(2);
			const rows = PROGRAMS.map((program) => {
				// "x": the program has no agreement for this installment count (§4.3).
				const enabled = count === 1 || program !== 'TROY';
				const value = (charged: boolean) => (!enabled ? 'x' : charged ? percentage : '0.00');
				return {
					title: `${program} ${installmentTitle(count)}`,
					card_program: program,
					merchant_commission_percentage: value(!byUser),
					merchant_commission_fixed: enabled ? '0.00' : 'x',
					user_commission_percentage: value(byUser),
					user_commission_fixed: enabled ? '0.00' : 'x',
					currency_code: currency,
					installment: count,
					pos_id: cardProfileByProgram(program).posId,
					getpos_card_program: program,
				};
			});
			return [String(count), rows];
		}),
	);
	return json({ status_code: 100, status_description: 'Success', data });
}

const cardProfileByProgram = (program: string) =>
	cardProfile({ MAXIMUM: '450803', WORLD: '540667', BONUS: '400000', TROY: '650170' }[program] ?? '400000');
