import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { failFor, requiredLocator, textValue } from '../../../shared/params';
import { walletLocator } from '../walletLocator';
import { walletOutput } from '../walletOutput';

const PATH = '/v1/Wallet/Info';

export const getWallet: SipayOperation = {
	api: 'business',
	resource: 'wallet',
	reads: true,
	value: 'get',
	name: 'Get',
	action: 'Get a wallet',
	description: 'Details, balances and limits of one wallet',
	fields: [
		walletLocator({ displayName: 'Wallet Number', name: 'walletNumber', placeholder: 'e.g. 754938444' }),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Account Number',
					name: 'accountNumber',
					type: 'string',
					default: '',
					description: 'Account that owns the wallet; some Sipay setups require it',
				},
			],
		},
	],
	async execute(itemIndex) {
		const walletNumber = requiredLocator(this, 'walletNumber', itemIndex, 'Wallet Number', 'id');
		const extras = (this.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
		const accountNumber = textValue(extras.accountNumber, 'Additional Fields › Account Number', failFor(this, itemIndex), 'id');
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: PATH,
			body: { wallet_number: walletNumber, ...(accountNumber ? { account_number: accountNumber } : {}) },
		});
		const answer = (payload ?? {}) as IDataObject;
		return walletOutput((answer.wallet_info as IDataObject | undefined) ?? answer);
	},
};
