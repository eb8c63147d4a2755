import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest } from '../../../transport/payment';
import { currencyOptions } from '../fields';
import { type Fail, failFor, type TextKind, textValue } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { amountValue, currencyValue } from '../validate';
import { normalizeTurkishIban } from './iban';
import { shapeOutput, text } from '../../../shared/output';

type TransferInput = Partial<
	Record<'nameSurname' | 'iban' | 'amount' | 'currency' | 'gsmNumber' | 'bankName' | 'nationalId' | 'description' | 'uniqueId', unknown>
>;

const OPTIONAL_ROW_FIELDS: Array<[keyof TransferInput, string, string, TextKind]> = [
	['bankName', 'name_of_bank', 'Bank Name', 'name'],
	['nationalId', 'id_tc_kn', 'National ID', 'code'],
	['description', 'description', 'Description', 'text'],
	['uniqueId', 'unique_id', 'Unique ID', 'id'],
];

/** One cashout_data row (§9), amounts as the 2-decimal strings the hash sums. */
function readRow(input: TransferInput, index: number, fail: Fail): IDataObject {
	const label = `Transfers line ${index + 1}`;
	if (typeof input !== 'object' || input === null) throw fail(`${label} must be a transfer, got ${shown(input)}`);
	const name = textValue(input.nameSurname, `${label}: Name Surname`, fail, 'name', true);
	const rawIban = textValue(input.iban, `${label}: IBAN`, fail, 'code', true);
	const iban = normalizeTurkishIban(rawIban);
	if (!iban) throw fail(`${label}: IBAN must be a valid Turkish IBAN (TR + 24 digits), got ${shown(rawIban)}`);
	const currency = currencyValue(input.currency, `${label}: Currency`, fail);
	const rawGsm = textValue(input.gsmNumber, `${label}: GSM Number`, fail, 'code', true);
	const gsm = rawGsm.replace(/[\s()-]/g, '').replace(/^\+/, '');
	if (!/^\d{10,15}$/.test(gsm)) {
		throw fail(`${label}: GSM Number must be 10 to 15 digits with country code, e.g. 905321234567, got ${shown(rawGsm)}`);
	}
	const row: IDataObject = {
		name_surname: name,
		iban,
		amount: amountValue(input.amount ?? '', `${label}: Amount`, fail),
		currency,
		gsm_number: gsm,
	};
	for (const [field, bodyName, fieldLabel, kind] of OPTIONAL_ROW_FIELDS) {
		const value = textValue(input[field], `${label}: ${fieldLabel}`, fail, kind);
		if (value !== '') row[bodyName] = value;
	}
	return row;
}

export const cashOutToBank: SipayOperation = {
	api: 'payment',
	resource: 'cashOut',
	value: 'toBank',
	name: 'To Bank',
	action: 'Pay out to bank accounts',
	description: 'Send money from the Sipay balance to one or more IBANs',
	movesMoney: true,
	fields: [
		{
			displayName: 'Transfers',
			name: 'transfers',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Transfer',
			required: true,
			default: {},
			description: 'One line per bank account to pay; all lines are sent in one request',
			options: [
				{
					displayName: 'Transfer',
					name: 'transfer',
					values: [
						{
							displayName: 'Amount',
							name: 'amount',
							type: 'string',
							default: '',
							placeholder: 'e.g. 250.00',
							description: 'Amount to send to this IBAN, with at most two decimals',
						},
						{
							displayName: 'Bank Name',
							name: 'bankName',
							type: 'string',
							default: '',
							description: 'Name of the bank that holds the IBAN (optional)',
						},
						{
							displayName: 'Currency',
							name: 'currency',
							type: 'options',
							options: currencyOptions,
							default: 'TRY',
							description: 'Currency of the amount',
						},
						{
							displayName: 'Description',
							name: 'description',
							type: 'string',
							default: '',
							description: 'Text the recipient sees with the transfer',
						},
						{
							displayName: 'GSM Number',
							name: 'gsmNumber',
							type: 'string',
							default: '',
							placeholder: 'e.g. 905321234567',
							description: 'Mobile number of the recipient with country code, without +',
						},
						{
							displayName: 'IBAN',
							name: 'iban',
							type: 'string',
							default: '',
							placeholder: 'e.g. TR220006221935787735797651',
							description: 'Turkish IBAN of the recipient: TR followed by 24 digits',
						},
						{
							displayName: 'Name Surname',
							name: 'nameSurname',
							type: 'string',
							default: '',
							placeholder: 'e.g. Burak Yilmaz',
							description: 'First and last name of the account holder, as the bank knows them',
						},
						{
							displayName: 'National ID',
							name: 'nationalId',
							type: 'string',
							default: '',
							description: 'The 11-digit Turkish national ID of the recipient',
						},
						{
							displayName: 'Unique ID',
							name: 'uniqueId',
							type: 'string',
							default: '',
							description: 'Your own reference for this transfer',
						},
					],
				},
			],
		},
	],
	async execute(itemIndex) {
		const fail = failFor(this, itemIndex);
		const inputs = (this.getNodeParameter('transfers', itemIndex, {}) as { transfer?: unknown })?.transfer ?? [];
		if (!Array.isArray(inputs)) throw fail(`Transfers must be a list of transfers, got ${shown(inputs)}`);
		if (inputs.length === 0) throw fail('Transfers: add at least one transfer');
		const rows = (inputs as TransferInput[]).map((input, index) => readRow(input, index, fail));
		const { body } = await paymentRequest.call(this, itemIndex, {
			path: '/api/cashout/tobank',
			body: { cashout_type: 1, cashout_data: rows },
			sign: 'cashOut',
		});
		const totalCents = rows.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0);
		return shapeOutput(
			'cashOut',
			{ status: 'accepted', transfers: rows.length, total: (totalCents / 100).toFixed(2), message: text(paymentMessage(body)) },
			body,
		);
	},
};
