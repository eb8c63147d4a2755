import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { invalid, requiredString } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { invoiceIdField } from '../fields';
import { paymentOutcome } from '../outcome';

export const completeThreeD: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'completeThreeD',
	name: 'Complete 3-D Payment',
	action: 'Complete or cancel a 3-D Secure payment',
	description:
		'Finish a 3-D Secure payment started with Payment Completed By: Merchant',
	movesMoney: true,
	fields: [
		invoiceIdField,
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. VP17743519948303411',
			description: 'Sipay order ID from the 3-D Secure result posted to the return URL',
		},
		{
			displayName: 'Status',
			name: 'completeStatus',
			type: 'options',
			options: [
				{
					name: 'Cancel',
					value: 'cancel',
					description: 'Drop the payment (e.g. 3-D Secure failed, md_status 0)',
				},
				{
					name: 'Complete',
					value: 'complete',
					description: 'Charge the card (3-D Secure passed, md_status 1)',
				},
			],
			default: 'complete',
		},
	],
	async execute(itemIndex) {
		const invoiceId = requiredString(this, 'invoiceId', itemIndex, 'Invoice ID', 'id');
		const orderId = requiredString(this, 'orderId', itemIndex, 'Order ID', 'id');
		const status = this.getNodeParameter('completeStatus', itemIndex, 'complete') as unknown;
		if (status !== 'complete' && status !== 'cancel') {
			throw invalid(this, itemIndex, `Status must be complete or cancel, got ${shown(status)}`);
		}
		const { body: answer } = await paymentRequest.call(this, itemIndex, {
			path: '/payment/complete',
			body: { invoice_id: invoiceId, order_id: orderId, status },
			sign: 'completePayment',
			paymentOutcome: true,
		});
		return await paymentOutcome.call(this, itemIndex, answer, { invoiceId });
	},
};
