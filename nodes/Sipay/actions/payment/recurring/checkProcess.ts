import type { SipayOperation } from '../../types';
import { PAYMENT_CREDENTIAL, paymentMessage, paymentRequest, paymentStatusCode } from '../../../transport/payment';
import { invalid, requiredString } from '../../../shared/params';
import { planCodeField } from './planCode';
import { shapeOutput, text } from '../../../shared/output';

export const checkPlanProcess: SipayOperation = {
	api: 'payment',
	resource: 'recurring',
	reads: true,
	value: 'checkProcess',
	name: 'Check Process',
	action: 'Check whether the latest recurring charge went through',
	description:
		'Whether the latest charge of a recurring plan was processed; needs the Merchant ID in the credentials',
	fields: [planCodeField],
	async execute(itemIndex) {
		const planCode = requiredString(this, 'planCode', itemIndex, 'Plan Code', 'id');
		const credentials = await this.getCredentials(PAYMENT_CREDENTIAL, itemIndex);
		const merchantId = String(credentials.merchantId ?? '').trim();
		if (merchantId === '') {
			throw invalid(this, itemIndex, 'Merchant ID is required in the Sipay Payment API credentials for this operation');
		}
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/recurring/plan/process',
			body: { merchant_id: merchantId, plan_code: planCode },
			// 41 "order/payment failed" and 113 "Failed" (§5.1, §12.2): the latest charge failed,
			// which is the answer to this question.
			answerCodes: ['41', '113'],
		});
		const processed = paymentStatusCode(body) === '100';
		return shapeOutput(
			'recurringProcess',
			{ processed, status: processed ? 'processed' : 'failed', plan_code: planCode, message: text(paymentMessage(body)) },
			body,
		);
	},
};
