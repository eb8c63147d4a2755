import type { SipayOperation } from '../../types';
import { paymentRequest, paymentStatusCode } from '../../../transport/payment';
import { idempotencyKey } from '../../../shared/idempotency';
import { amountParameter, requiredString } from '../../../shared/params';
import { amountField, invoiceIdField } from '../fields';

export const refund: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'refund',
	name: 'Refund',
	action: 'Refund a payment',
	description: 'Refund a completed payment in full or in part (POST /api/refund)',
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
				'Your unique ID of this refund; Sipay refuses a second refund with the same ID. Leave empty to derive one from the execution and item, so a retried step cannot refund twice.',
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
		const invoiceId = requiredString(this, 'invoiceId', itemIndex, 'Invoice ID');
		const amount = amountParameter(this, 'amount', itemIndex, 'Amount');
		const givenId = String(this.getNodeParameter('refundTransactionId', itemIndex, '') ?? '').trim();
		const refundTransactionId = givenId || idempotencyKey(this, itemIndex, 'refund');
		const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as { refundWebhookKey?: string };
		const webhookKey = String(additional.refundWebhookKey ?? '').trim();
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
		return {
			refunded: paymentStatusCode(body) === '100',
			queued: paymentStatusCode(body) === '101',
			invoice_id: invoiceId,
			amount,
			refund_transaction_id: refundTransactionId,
			...body,
		};
	},
};
