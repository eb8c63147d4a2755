import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { failFor, requiredString, textValue } from '../../../shared/params';
import { booleanValue, integerIdValue, requiredCurrency, walletCurrencyField } from '../inputs';
import { shapeOutput, text } from '../../../shared/output';

const PATH = '/v1/Wallet/CreateWalletForBusinessAccount';

export const createWallet: SipayOperation = {
	api: 'business',
	resource: 'wallet',
	value: 'create',
	name: 'Create',
	action: 'Create a wallet',
	description: 'Open another wallet under your business account',
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the new wallet',
		},
		walletCurrencyField('Currency of the new wallet'),
		{
			displayName: 'Use FAST IBAN',
			name: 'useFastIban',
			type: 'boolean',
			default: false,
			description: 'Whether to give the wallet a FAST IBAN so it can receive Turkish instant transfers',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Tenant ID',
					name: 'tenantId',
					type: 'string',
					default: '',
					description: 'Your tenant ID, shown in the output of Account › Get Business Account',
				},
			],
		},
	],
	async execute(itemIndex) {
		const name = requiredString(this, 'name', itemIndex, 'Name', 'name');
		const currency = requiredCurrency(this, 'currency', itemIndex, 'Currency');
		const useFastIban = booleanValue(this, this.getNodeParameter('useFastIban', itemIndex, false), itemIndex, 'Use FAST IBAN');
		const extras = (this.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
		const tenantText = textValue(extras.tenantId, 'Additional Fields › Tenant ID', failFor(this, itemIndex), 'id');
		const body: IDataObject = { name, currency_code: currency, use_fast_iban: useFastIban };
		if (tenantText) body.tenant_id = integerIdValue(this, tenantText, itemIndex, 'Additional Fields › Tenant ID');
		const { payload } = await businessRequest.call(this, itemIndex, { path: PATH, body });
		return shapeOutput(
			'walletCreated',
			{ status: 'created', wallet_number: text(payload), name, currency },
			{ wallet_number: payload ?? null },
		);
	},
};
