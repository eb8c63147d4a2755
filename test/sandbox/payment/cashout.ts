import { json, type Route, type SimResponse } from '../http';
import { fixed2, toAmount } from './format';
import { checkFreshHash, checkToken, str } from './guard';
import type { PaymentSim } from './index';

/**
 * POST /api/cashout/tobank (payment-api.md §9). Answers in the legacy envelope
 * `{statuscode, description, data}`; data lists the rows that failed validation.
 */

const legacy = (statuscode: number, description: string, data: unknown[] = []): SimResponse =>
	json({ statuscode, description, data });

const ROW_FIELDS = ['name_surname', 'iban', 'amount', 'currency', 'gsm_number'];

/** Rows come flat (`[{…}]`, Node SDK) or each wrapped in its own array (`[[{…}]]`, Sipay sample). */
function readRows(value: unknown): Array<Record<string, unknown>> | undefined {
	if (!Array.isArray(value) || value.length === 0) return undefined;
	const rows = value.map((entry: unknown) => (Array.isArray(entry) && entry.length === 1 ? (entry[0] as unknown) : entry));
	return rows.every((row) => row && typeof row === 'object' && !Array.isArray(row))
		? (rows as Array<Record<string, unknown>>)
		: undefined;
}

function rowErrors(sim: PaymentSim, row: Record<string, unknown>): string[] {
	const errors = ROW_FIELDS.filter((name) => str(row[name]).trim() === '').map((name) => `The ${name} field is required.`);
	if (errors.length > 0) return errors;
	const amount = toAmount(row.amount);
	if (amount === undefined || amount <= 0) errors.push('The amount must be a number greater than 0.');
	if (!/^TR\d{24}$/.test(str(row.iban).replace(/\s+/g, ''))) errors.push('The iban must be a Turkish IBAN (TR + 24 digits).');
	if (!sim.merchant.currencies.includes(str(row.currency))) errors.push('Invalid currency code.');
	if (!/^\d{10,15}$/.test(str(row.gsm_number))) errors.push('The gsm number must be digits only, without +.');
	return errors;
}

export function cashoutRoutes(sim: PaymentSim): Route[] {
	return [
		{
			method: 'POST',
			path: '/ccpayment/api/cashout/tobank',
			handler: (request) => {
				const body = request.body;
				const unauthenticated = checkToken(sim, request);
				if (unauthenticated) return unauthenticated;
				const missing = ['merchant_key', 'hash_key', 'cashout_type', 'cashout_data'].filter(
					(name) => body[name] === undefined || body[name] === null || str(body[name]) === '',
				);
				if (missing.length > 0) return legacy(422, `The ${missing.join(', ')} field${missing.length > 1 ? 's are' : ' is'} required.`);
				if (body.merchant_key !== sim.merchant.merchantKey) return legacy(14, 'Merchant not found');
				if (str(body.cashout_type) !== '1') return legacy(422, 'The selected cashout type is invalid.');
				const rows = readRows(body.cashout_data);
				if (!rows) return legacy(422, 'The cashout data must be a list of rows.');
				const invalid = rows
					.map((row, index) => ({ row: index + 1, unique_id: str(row.unique_id), errors: rowErrors(sim, row) }))
					.filter((entry) => entry.errors.length > 0);
				if (invalid.length > 0) return legacy(422, 'Invalid cashout data', invalid);
				// §2.4/§9: sum of all amounts with 2 decimals, then the first row's iban, amount (as sent), currency, gsm.
				const sum = fixed2(rows.reduce((total, row) => total + Math.round(toAmount(row.amount)! * 100), 0) / 100);
				const first = rows[0];
				const hashFailure = checkFreshHash(sim, request, [
					{ field: 'sum', value: sum },
					{ field: 'iban', value: str(first.iban) },
					{ field: 'amount', value: str(first.amount) },
					{ field: 'currency', value: str(first.currency) },
					{ field: 'gsm_number', value: str(first.gsm_number) },
				]);
				if (hashFailure) return legacy(422, 'Invalid hash key');
				sim.state.cashouts.push({ sum, rows, at: Date.now() });
				return legacy(100, 'Success');
			},
		},
	];
}
