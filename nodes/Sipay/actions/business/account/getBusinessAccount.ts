import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { shapeOutput, text } from '../../../shared/output';

export const getBusinessAccount: SipayOperation = {
	api: 'business',
	resource: 'account',
	reads: true,
	value: 'getBusinessAccount',
	name: 'Get Business Account',
	action: 'Get the business account',
	description:
		'The business account tied to the credentials: account number, type, KYC level',
	fields: [],
	async execute(itemIndex) {
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: '/v1/Account/GetBusinessAccount',
			body: {},
		});
		const account = (payload ?? {}) as IDataObject;
		return shapeOutput(
			'businessAccount',
			{
				account_number: text(account.account_number),
				tenant_id: text(account.tenant_id),
				name: text(account.name),
				alias: text(account.alias),
				kyc_level: text(account.kyc_level),
				tax_number: text(account.tax_number),
			},
			payload,
		);
	},
};
