import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';

export const getBusinessAccount: SipayOperation = {
	api: 'business',
	resource: 'account',
	reads: true,
	value: 'getBusinessAccount',
	name: 'Get Business Account',
	action: 'Get the business account',
	description:
		'The business account tied to the credentials: account number, type, KYC level (POST /v1/Account/GetBusinessAccount)',
	fields: [],
	async execute(itemIndex) {
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: '/v1/Account/GetBusinessAccount',
			body: {},
		});
		return (payload ?? {}) as IDataObject;
	},
};
