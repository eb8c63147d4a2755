import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest } from '../../../transport/payment';
import { failFor, requiredString } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { invoiceIdField } from '../fields';
import { amountOption } from '../validate';
import { shapeOutput, text } from '../../../shared/output';

const STATUS = { capture: 1, cancel: 2 } as const;

export const confirmPreAuthorization: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'confirmPreAuthorization',
	name: 'Capture or Cancel Pre-Authorization',
	action: 'Capture or cancel a pre-authorization',
	description: 'Capture a blocked amount, fully or partly, or release it',
	movesMoney: true,
	fields: [
		invoiceIdField,
		{
			displayName: 'Action',
			name: 'preAuthorizationAction',
			type: 'options',
			options: [
				{ name: 'Cancel', value: 'cancel', description: 'Release the blocked amount' },
				{ name: 'Capture', value: 'capture', description: 'Charge the blocked amount' },
			],
			default: 'capture',
		},
		{
			displayName: 'Capture Amount',
			name: 'captureAmount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			displayOptions: { show: { preAuthorizationAction: ['capture'] } },
			description: 'Amount to capture, at most the authorized amount; 0 captures all of it',
		},
	],
	async execute(itemIndex) {
		const invoiceId = requiredString(this, 'invoiceId', itemIndex, 'Invoice ID', 'id');
		const action = this.getNodeParameter('preAuthorizationAction', itemIndex, 'capture') as keyof typeof STATUS;
		if (action !== 'capture' && action !== 'cancel') {
			throw failFor(this, itemIndex)(`Action must be capture or cancel, got ${shown(action)}`);
		}
		const capture =
			action === 'capture'
				? amountOption(this.getNodeParameter('captureAmount', itemIndex, 0), 'Capture Amount', 'total', failFor(this, itemIndex))
				: {};
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/confirmPayment',
			body: { invoice_id: invoiceId, status: STATUS[action], ...capture },
			sign: 'confirmPayment',
		});
		return shapeOutput(
			'preAuthorization',
			{
				status: action === 'capture' ? 'captured' : 'cancelled',
				captured_amount: action === 'capture' ? (capture.total ?? 'full') : null,
				invoice_id: invoiceId,
				message: text(paymentMessage(body)),
			},
			body,
		);
	},
};
