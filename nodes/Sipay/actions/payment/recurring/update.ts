import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentRequest, paymentMessage } from '../../../transport/payment';
import { failFor, invalid, requiredString } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { amountValue, integerValue } from '../validate';
import { planCodeField } from './planCode';
import { shapeOutput, text } from '../../../shared/output';

export const updatePlan: SipayOperation = {
	api: 'payment',
	resource: 'recurring',
	value: 'update',
	name: 'Update',
	action: 'Update a recurring plan',
	description: 'Change the amount, status or number of payments of a recurring plan',
	fields: [
		planCodeField,
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'string',
					default: '',
					placeholder: 'e.g. 49.90',
					description: 'New amount of each later charge, with at most two decimals',
				},
				{
					displayName: 'Number of Payments',
					name: 'paymentNumber',
					type: 'number',
					typeOptions: { minValue: 2, maxValue: 121 },
					default: 12,
					description: 'New total number of charges (2 to 121), not fewer than already made',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Active', value: 'ACTIVE' },
						{ name: 'Inactive', value: 'INACTIVE', description: 'Stops further charges' },
					],
					default: 'ACTIVE',
					description: 'Active keeps charging on schedule; Inactive stops further charges',
				},
			],
		},
	],
	async execute(itemIndex) {
		const planCode = requiredString(this, 'planCode', itemIndex, 'Plan Code', 'id');
		const fail = failFor(this, itemIndex);
		const given = this.getNodeParameter('updateFields', itemIndex, {}) as unknown;
		if (typeof given !== 'object' || given === null || Array.isArray(given)) {
			throw fail(`Update Fields must be a collection of fields, got ${shown(given)}`);
		}
		const fields = given as IDataObject;
		const body: IDataObject = { plan_code: planCode };
		if (fields.amount !== undefined) body.recurring_amount = amountValue(fields.amount, 'Amount', fail);
		if (fields.status !== undefined) {
			const status = typeof fields.status === 'string' ? fields.status.toUpperCase() : '';
			if (status !== 'ACTIVE' && status !== 'INACTIVE') throw fail(`Status must be ACTIVE or INACTIVE, got ${shown(fields.status)}`);
			body.recurring_status = status;
		}
		if (fields.paymentNumber !== undefined) {
			body.recurring_payment_number = integerValue(fields.paymentNumber, 'Number of Payments', fail, 2, 121);
		}
		if (Object.keys(body).length === 1) throw invalid(this, itemIndex, 'Update Fields: set at least one field to change');
		const { body: answer } = await paymentRequest.call(this, itemIndex, { path: '/api/recurringPlan/update', body });
		return shapeOutput(
			'recurringChange',
			{
				status: 'updated',
				plan_code: planCode,
				recurring_status: body.recurring_status ?? null,
				message: text(paymentMessage(answer)),
			},
			answer,
		);
	},
};
