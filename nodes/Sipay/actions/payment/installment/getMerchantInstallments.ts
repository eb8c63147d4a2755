import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';
import { shapeOutput, text } from '../../../shared/output';

export const merchantInstallments: SipayOperation = {
	api: 'payment',
	resource: 'installment',
	reads: true,
	value: 'getMerchantInstallments',
	name: 'Get Merchant Installments',
	action: 'Get the merchant installment counts',
	description: 'List the installment counts enabled for the merchant',
	fields: [],
	async execute(itemIndex) {
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/installments',
			body: {},
		});
		return shapeOutput(
			'merchantInstallments',
			{ installments: Array.isArray(body.installments) ? body.installments : [], message: text(body.message) },
			body,
		);
	},
};
