import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';

export const checkStatus: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	reads: true,
	value: 'checkStatus',
	name: 'Check Status',
	action: 'Check the status of a payment',
	description: 'Look up a payment by its invoice ID (POST /api/checkstatus)',
	fields: [
		{
			displayName: 'Invoice ID',
			name: 'invoiceId',
			type: 'string',
			required: true,
			default: '',
			description: 'Your unique order ID sent with the payment',
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Include Pending Status',
					name: 'includePendingStatus',
					type: 'boolean',
					default: true,
					description: 'Whether to answer with the pending state instead of an error for unfinished orders',
				},
				{
					displayName: 'Include Refund History',
					name: 'showRefundInfo',
					type: 'boolean',
					default: false,
					description: 'Whether to return the refunds made on this payment',
				},
			],
		},
	],
	async execute(itemIndex) {
		const invoiceId = requiredString(this, 'invoiceId', itemIndex, 'Invoice ID', 'id');
		const options = this.getNodeParameter('options', itemIndex, {}) as {
			includePendingStatus?: boolean;
			showRefundInfo?: boolean;
		};
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/checkstatus',
			sign: 'checkStatus',
			answerCodes: ['69'],
			body: {
				invoice_id: invoiceId,
				include_pending_status: options.includePendingStatus ?? true,
				...(options.showRefundInfo ? { show_refund_info: 'Y' } : {}),
			},
		});
		return body;
	},
};
