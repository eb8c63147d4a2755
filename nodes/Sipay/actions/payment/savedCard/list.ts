import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { customerNumberField } from '../fields';
import { shapeOutput, text } from '../../../shared/output';

export const listCards: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	reads: true,
	value: 'list',
	name: 'List',
	action: 'List saved cards',
	description: "List a customer's saved cards, one item per card",
	fields: [customerNumberField],
	async execute(itemIndex) {
		const customerNumber = requiredString(this, 'customerNumber', itemIndex, 'Customer Number', 'id');
		const { body } = await paymentRequest.call(this, itemIndex, {
			method: 'GET',
			path: '/api/getCardTokens',
			body: { customer_number: customerNumber },
			encoding: 'query',
		});
		return (Array.isArray(body.data) ? (body.data as IDataObject[]) : []).map((card) =>
			shapeOutput(
				'savedCardListEntry',
				{
					card_token: text(card.card_token),
					card_number: text(card.card_number),
					card_bank: text(card.card_issuer_bank ?? card.bank_name),
					customer_number: customerNumber,
					customer_name: text(card.customer_name),
				},
				card,
			),
		);
	},
};
