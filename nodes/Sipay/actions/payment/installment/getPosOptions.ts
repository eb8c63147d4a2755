import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { amountParameter, invalid } from '../../../shared/params';
import { amountField, commissionByField, currencyField } from '../fields';
import { readCurrency } from '../validate';
import { amountText, numberOrNull, shapeOutput, text } from '../../../shared/output';

export const getPosOptions: SipayOperation = {
	api: 'payment',
	resource: 'installment',
	reads: true,
	value: 'getPosOptions',
	name: 'Get POS Options',
	action: 'Get installment options for a card',
	description: 'The installment options for a card and amount, one item per option',
	fields: [
		{
			displayName: 'Card BIN',
			name: 'cardBin',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 450803',
			description: 'The first 6 digits of the card; the full number for agricultural cards',
		},
		amountField('Basket total, e.g. 100.50'),
		currencyField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				commissionByField('Who bears the installment commission'),
				{
					displayName: 'Non-Secure (2-D) Payment',
					name: 'is2d',
					type: 'boolean',
					default: false,
					description: 'Whether the payment will be non-secure (for merchants allowed only 2-D payments)',
				},
				{
					displayName: 'Recurring',
					name: 'isRecurring',
					type: 'boolean',
					default: false,
					description: 'Whether the payment will start a recurring plan (single payment only)',
				},
			],
		},
	],
	async execute(itemIndex) {
		const given = this.getNodeParameter('cardBin', itemIndex, '') as unknown;
		const bin = (typeof given === 'string' ? given : typeof given === 'number' && Number.isSafeInteger(given) ? String(given) : '').replace(/[\s-]/g, '');
		if (given === '' || given === undefined || given === null) throw invalid(this, itemIndex, 'Card BIN is required');
		if (!/^\d{6,19}$/.test(bin)) {
			throw invalid(this, itemIndex, 'Card BIN must be the first 6 digits of the card, or the full card number');
		}
		const amount = amountParameter(this, 'amount', itemIndex, 'Amount');
		const currency = readCurrency(this, itemIndex);
		const additional = (this.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/getpos',
			body: {
				credit_card: bin,
				amount,
				currency_code: currency,
				...(additional.isRecurring === true ? { is_recurring: 1 } : {}),
				...(additional.is2d === true ? { is_2d: 1 } : {}),
				...(additional.commissionBy ? { commission_by: additional.commissionBy } : {}),
			},
		});
		return (Array.isArray(body.data) ? (body.data as IDataObject[]) : []).map((option) =>
			shapeOutput(
				'posOption',
				{
					installments: numberOrNull(option.installments_number),
					title: text(option.title),
					payable_amount: amountText(option.payable_amount ?? option.amount_to_be_paid),
					currency: text(option.currency_code),
					card_program: text(option.card_program),
					card_bank: text(option.card_bank),
					pos_id: numberOrNull(option.pos_id),
				},
				option,
			),
		);
	},
};
