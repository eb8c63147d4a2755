import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { commissionByField, currencyField } from '../fields';
import { readCurrency } from '../validate';
import { shapeOutput, text } from '../../../shared/output';

/** §4.3 `data` is keyed by installment count, each a list of card programs. */
function rows(data: unknown): IDataObject[] {
	if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
	return Object.entries(data as Record<string, unknown>).flatMap(([installment, programs]) =>
		(Array.isArray(programs) ? (programs as IDataObject[]) : []).map((row) =>
			shapeOutput(
				'commission',
				{
					installments: Number(installment),
					title: text(row.title),
					card_program: text(row.card_program),
					merchant_commission_percentage: text(row.merchant_commission_percentage),
					user_commission_percentage: text(row.user_commission_percentage),
					currency: text(row.currency_code),
				},
				{ installment: Number(installment), ...row },
			),
		),
	);
}

export const getCommissions: SipayOperation = {
	api: 'payment',
	resource: 'installment',
	reads: true,
	value: 'getCommissions',
	name: 'Get Commissions',
	action: 'Get the commission table',
	description:
		'Commission rates, one item per installment count and card program; "x" means not offered',
	fields: [
		currencyField,
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				commissionByField('Show the rates for commissions borne by the merchant or by the shopper'),
			],
		},
	],
	async execute(itemIndex) {
		const currency = readCurrency(this, itemIndex);
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/commissions',
			body: {
				currency_code: currency,
				...(additional.commissionBy ? { commission_by: additional.commissionBy } : {}),
			},
			// 0 "No Data Found": no commission is defined for this currency.
			answerCodes: ['0'],
		});
		return rows(body.data);
	},
};
