import type { SipayOperation } from '../../types';
import { paymentRequest } from '../../../transport/payment';

export const merchantInstallments: SipayOperation = {
	api: 'payment',
	resource: 'installment',
	reads: true,
	value: 'getMerchantInstallments',
	name: 'Get Merchant Installments',
	action: 'Get the merchant installment counts',
	description: 'List the installment counts enabled for the merchant (POST /api/installments)',
	fields: [],
	async execute(itemIndex) {
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/installments',
			body: {},
		});
		return { installments: body.installments ?? [], message: body.message ?? null };
	},
};
