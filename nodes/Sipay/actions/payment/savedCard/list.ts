import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { customerNumberField } from '../fields';

export const listCards: SipayOperation = {
	api: 'payment',
	resource: 'savedCard',
	reads: true,
	value: 'list',
	name: 'List',
	action: 'List saved cards',
	description: "List a customer's saved cards, one item per card (GET /api/getCardTokens)",
	fields: [customerNumberField],
	async execute(itemIndex) {
		const customerNumber = requiredString(this, 'customerNumber', itemIndex, 'Customer Number', 'id');
		const { body } = await paymentRequest.call(this, itemIndex, {
			method: 'GET',
			path: '/api/getCardTokens',
			body: { customer_number: customerNumber },
			encoding: 'query',
		});
		return Array.isArray(body.data) ? (body.data as IDataObject[]) : [];
	},
};
