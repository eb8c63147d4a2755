import type { SipayOperation } from '../../types';
import { paymentRequest, paymentMessage } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { planCodeField } from './planCode';
import { shapeOutput, text } from '../../../shared/output';

export const cancelPlan: SipayOperation = {
	api: 'payment',
	resource: 'recurring',
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel a recurring plan',
	description: 'Stop all further charges of a recurring plan',
	fields: [planCodeField],
	async execute(itemIndex) {
		const planCode = requiredString(this, 'planCode', itemIndex, 'Plan Code', 'id');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/recurringPlan/update',
			body: { plan_code: planCode, recurring_status: 'INACTIVE' },
		});
		return shapeOutput(
			'recurringChange',
			{ status: 'cancelled', plan_code: planCode, recurring_status: 'INACTIVE', message: text(paymentMessage(body)) },
			body,
		);
	},
};
