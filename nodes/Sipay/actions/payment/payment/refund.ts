import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest, paymentStatusCode } from '../../../transport/payment';
import { idempotencyKey } from '../../../shared/idempotency';
import { amountParameter, failFor, optionalString, requiredString, textValue } from '../../../shared/params';
import { amountField, invoiceIdField } from '../fields';
import { shapeOutput, text } from '../../../shared/output';

export const refund: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'refund',
	name: 'Refund',
	action: 'Refund a payment',
	description: 'Refund a completed payment in full or in part',
	movesMoney: true,
	fields: [
		invoiceIdField,
		amountField('Amount to refund, at most what is left of the payment, e.g. 25.00'),
		{
			displayName: 'Refund Transaction ID',
			name: 'refundTransactionId',
			type: 'string',
			default: '',
			placeholder: 'e.g. REFUND-2026-0001',
			description:
				'Your unique ID of this refund; Sipay refuses a second refund with the same ID. Empty: the node derives one from the workflow, this node, the item and the execution that first ran it, and shows it in the output; it stays the same when n8n repeats the step (Retry On Fail) or you retry the failed execution, so the refund cannot happen twice. A new execution gets a new ID: to refund once per order across executions, map an ID from your data.',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Refund Webhook Key',
					name: 'refundWebhookKey',
					type: 'string',
					default: '',
					placeholder: 'e.g. refund',
					description: 'Name of a refund webhook configured in the Sipay merchant panel; Sipay reports the refund to it',
				},
			],
		},
	],
	async execute(itemIndex) {
		const invoiceId = requiredString(this, 'invoiceId', itemIndex, 'Invoice ID', 'id');
		const amount = amountParameter(this, 'amount', itemIndex, 'Amount');
		const givenId = optionalString(this, 'refundTransactionId', itemIndex, 'Refund Transaction ID', 'id');
		const refundTransactionId = givenId || idempotencyKey(this, itemIndex, 'refund');
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as { refundWebhookKey?: unknown };
		const webhookKey = textValue(additional?.refundWebhookKey, 'Refund Webhook Key', failFor(this, itemIndex), 'code');
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/refund',
			body: {
				invoice_id: invoiceId,
				amount,
				refund_transaction_id: refundTransactionId,
				...(webhookKey ? { refund_web_hook_key: webhookKey } : {}),
			},
			sign: 'refund',
			withAppCredentials: true,
			answerCodes: ['101'],
		});
		const refunded = paymentStatusCode(body) === '100';
		return shapeOutput(
			'refund',
			{
				refunded,
				queued: !refunded,
				status: refunded ? 'refunded' : 'queued',
				amount,
				invoice_id: invoiceId,
				order_id: text(body.order_id ?? body.order_no),
				refund_transaction_id: refundTransactionId,
				message: text(paymentMessage(body)),
			},
			body,
		);
	},
};
