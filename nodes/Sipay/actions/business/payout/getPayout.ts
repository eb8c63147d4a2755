import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { requiredString } from '../../../shared/params';
import { payoutOutput } from '../payoutStatus';

const PATH = '/v1/TransactionData/GetRequestWithdrawByExtId';

export const getPayout: SipayOperation = {
	api: 'business',
	resource: 'payout',
	reads: true,
	value: 'getPayout',
	name: 'Get Payout',
	action: 'Get a payout',
	description: 'A bank payout and its state (pending, completed, rejected, failed) by your external transaction ID',
	fields: [
		{
			displayName: 'External Transaction ID',
			name: 'extTransactionId',
			type: 'string',
			required: true,
			default: '',
			description: 'The external transaction ID of the payout, shown in the output of Send To Bank Account',
		},
	],
	async execute(itemIndex) {
		const extTransactionId = requiredString(this, 'extTransactionId', itemIndex, 'External Transaction ID', 'id');
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: PATH,
			body: { ext_transaction_id: extTransactionId },
		});
		return payoutOutput((payload ?? {}) as IDataObject);
	},
};
