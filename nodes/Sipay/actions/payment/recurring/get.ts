import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { readInteger } from '../validate';
import { planCodeField } from './planCode';
import { amountText, numberOrNull, shapeOutput, text, words } from '../../../shared/output';

export const getPlan: SipayOperation = {
	api: 'payment',
	resource: 'recurring',
	reads: true,
	value: 'get',
	name: 'Get',
	action: 'Get a recurring plan',
	description: 'A recurring plan and the history of one of its charges',
	fields: [
		planCodeField,
		{
			displayName: 'Recurring Number',
			name: 'recurringNumber',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Which charge of the plan to show the history of (1 is the first payment)',
		},
	],
	async execute(itemIndex) {
		const planCode = requiredString(this, 'planCode', itemIndex, 'Plan Code', 'id');
		const recurringNumber = readInteger(this, itemIndex, 'recurringNumber', 'Recurring Number');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/recurringPlan/query',
			body: { plan_code: planCode, recurring_number: recurringNumber },
		});
		return shapeOutput(
			'recurringPlan',
			{
				plan_code: text(body.plan_code) ?? planCode,
				status: words(body.recurring_status),
				amount: amountText(body.recurring_amount),
				currency: text(body.currency),
				payment_number: numberOrNull(body.payment_number),
				next_action_date: text(body.next_action_date),
			},
			body,
		);
	},
};
