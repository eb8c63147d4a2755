import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { businessRequest } from '../../../transport/business';
import { invalid, requiredString } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { requiredCurrency, walletCurrencyField } from '../inputs';
import { shapeOutput, text } from '../../../shared/output';

const PATH = '/v1/Account/CheckPersonalWallet';

/** A phone part as digits: spaces, brackets, dashes and a leading + are dropped. */
function phoneDigits(context: IExecuteFunctions, name: string, itemIndex: number, label: string): string {
	const digits = requiredString(context, name, itemIndex, label, 'code').replace(/[\s()+-]/g, '');
	if (!/^\d+$/.test(digits)) throw invalid(context, itemIndex, `${label} must contain digits only, got ${shown(digits)}`);
	return digits;
}

export const checkPersonalWallet: SipayOperation = {
	api: 'business',
	resource: 'account',
	reads: true,
	value: 'checkPersonalWallet',
	name: 'Check Personal Wallet',
	action: 'Check a personal wallet',
	description: 'Whether a person is a registered Sipay user, and the wallet number to transfer to',
	fields: [
		{
			displayName: 'Look Up By',
			name: 'lookUpBy',
			type: 'options',
			options: [
				{ name: 'Account Number', value: 'accountNumber' },
				{ name: 'Phone Number', value: 'phoneNumber' },
			],
			default: 'accountNumber',
		},
		{
			displayName: 'Account Number',
			name: 'accountNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 876543210',
			description: 'Personal account (customer) number of the person',
			displayOptions: { show: { lookUpBy: ['accountNumber'] } },
		},
		{
			displayName: 'Phone Country Code',
			name: 'phoneCountryNumber',
			type: 'string',
			required: true,
			default: '90',
			description: 'Dialling code without +, e.g. 90 for Turkey',
			displayOptions: { show: { lookUpBy: ['phoneNumber'] } },
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 5321234567',
			description: 'National number without the country code',
			displayOptions: { show: { lookUpBy: ['phoneNumber'] } },
		},
		walletCurrencyField('Currency of the personal wallet to find'),
	],
	async execute(itemIndex) {
		const lookUpBy = this.getNodeParameter('lookUpBy', itemIndex, 'accountNumber') as string;
		const person: IDataObject =
			lookUpBy === 'phoneNumber'
				? {
						phone_country_number: phoneDigits(this, 'phoneCountryNumber', itemIndex, 'Phone Country Code'),
						phone_number: phoneDigits(this, 'phoneNumber', itemIndex, 'Phone Number'),
					}
				: { account_number: requiredString(this, 'accountNumber', itemIndex, 'Account Number', 'id') };
		const currency = requiredCurrency(this, 'currency', itemIndex, 'Currency');
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: PATH,
			body: { ...person, currency_code: currency },
		});
		const found = (payload ?? {}) as IDataObject;
		return shapeOutput(
			'personalWallet',
			{
				exists: found.exist === true,
				wallet_number: text(found.wallet_number),
				first_name: text(found.first_name),
				last_name: text(found.last_name),
				currency: text(found.currency_code) ?? currency,
			},
			payload,
		);
	},
};
