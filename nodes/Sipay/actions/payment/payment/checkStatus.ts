import type { SipayOperation } from '../../types';
import { paymentRequest, paymentStatusCode } from '../../../transport/payment';
import { requiredString } from '../../../shared/params';
import { amountText, shapeOutput, text, words } from '../../../shared/output';

export const checkStatus: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	reads: true,
	value: 'checkStatus',
	name: 'Check Status',
	action: 'Check the status of a payment',
	description: 'Look up a payment by its invoice ID',
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
		const pending = paymentStatusCode(body) === '69';
		const status = words(body.transaction_status) ?? (pending ? 'pending' : null);
		return shapeOutput(
			'paymentStatus',
			{
				approved: status === 'completed',
				status,
				message: text(body.message ?? body.status_description),
				amount: amountText(body.transaction_amount ?? body.product_price),
				refunded_amount: amountText(body.total_refunded_amount),
				invoice_id: text(body.invoice_id) ?? invoiceId,
				order_id: text(body.order_id),
				transaction_type: text(body.transaction_type),
				recurring_plan_code: text(body.recurring_plan_code),
			},
			body,
		);
	},
};
