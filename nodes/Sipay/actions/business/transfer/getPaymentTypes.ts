import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { numberOrNull, shapeOutput, text } from '../../../shared/output';

const PATH = '/v1/Transaction/GetPaymentTypes';

export const getPaymentTypes: SipayOperation = {
	api: 'business',
	resource: 'transfer',
	reads: true,
	value: 'getPaymentTypes',
	name: 'Get Payment Types',
	action: 'Get payment types',
	description: 'The payment types a transfer can declare and their description rules, one item each',
	fields: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Language',
					name: 'locale',
					type: 'options',
					options: [
						{ name: 'English', value: 'en' },
						{ name: 'Turkish', value: 'tr' },
					],
					default: 'en',
					description: 'Language of the payment type names (locale header)',
				},
			],
		},
	],
	async execute(itemIndex) {
		const options = this.getNodeParameter('options', itemIndex, {}) as { locale?: string };
		const { payload } = await businessRequest.call(this, itemIndex, {
			method: 'GET',
			path: PATH,
			headers: options.locale ? { locale: options.locale } : {},
		});
		const types = Array.isArray(payload) ? (payload as IDataObject[]) : payload ? [payload as IDataObject] : [];
		return types.map((type) =>
			shapeOutput(
				'paymentType',
				{
					code: text(type.code),
					name: text(type.name),
					description_required: typeof type.is_description_required === 'boolean' ? type.is_description_required : null,
					description_min_length: numberOrNull(type.description_min_length),
				},
				type,
			),
		);
	},
};
