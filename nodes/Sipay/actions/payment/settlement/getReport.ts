import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import { paymentMessage, paymentRequest } from '../../../transport/payment';
import { type Fail, failFor } from '../../../shared/params';
import { shown } from '../../../shared/redact';
import { integerValue } from '../validate';
import { numberOrNull, shapeOutput, text } from '../../../shared/output';

function dateOption(value: unknown, label: string, bodyName: string, fail: Fail): IDataObject {
	const text = typeof value === 'string' ? value.trim() : value instanceof Date ? value.toISOString() : undefined;
	if (text === '' || value === undefined || value === null) return {};
	const date = text === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
	if (!date || Number.isNaN(Date.parse(date))) throw fail(`${label} must be a date such as 2026-01-31, got ${shown(text ?? value)}`);
	return { [bodyName]: date };
}

function jsonObject(value: unknown, fail: Fail): IDataObject {
	let parsed = value;
	if (typeof parsed === 'string') {
		if (parsed.trim() === '') return {};
		try {
			parsed = JSON.parse(parsed) as unknown;
		} catch {
			throw fail('Additional Body (JSON) must be a JSON object');
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw fail('Additional Body (JSON) must be a JSON object');
	}
	return parsed as IDataObject;
}

export const getSettlementReport: SipayOperation = {
	api: 'payment',
	resource: 'settlement',
	reads: true,
	value: 'getReport',
	name: 'Get Report',
	action: 'Get the settlement report',
	description:
		'Settlements for a date range. Sipay has not published this endpoint: its path and fields are unverified.',
	fields: [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'First settlement date to include',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'Last settlement date to include',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Additional Body (JSON)',
					name: 'additionalBody',
					type: 'json',
					default: '{}',
					description: 'More body fields, merged over the others',
				},
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
				},
				{
					displayName: 'Per Page',
					name: 'perPage',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 20,
				},
			],
		},
	],
	async execute(itemIndex) {
		const fail = failFor(this, itemIndex);
		const additional = (this.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
		const body: IDataObject = {
			...dateOption(this.getNodeParameter('startDate', itemIndex, ''), 'Start Date', 'start_date', fail),
			...dateOption(this.getNodeParameter('endDate', itemIndex, ''), 'End Date', 'end_date', fail),
			...(additional.page !== undefined ? { page: integerValue(additional.page, 'Page', fail) } : {}),
			...(additional.perPage !== undefined ? { per_page: integerValue(additional.perPage, 'Per Page', fail, 1, 100) } : {}),
			...jsonObject(additional.additionalBody ?? {}, fail),
		};
		if (body.start_date && body.end_date && String(body.start_date) > String(body.end_date)) {
			throw fail('Start Date must not be after End Date');
		}
		const { body: answer } = await paymentRequest.call(this, itemIndex, { path: '/api/settlements', body });
		return shapeOutput(
			'settlementReport',
			{
				settlements: Array.isArray(answer.settlements) ? answer.settlements.length : 0,
				total_count: numberOrNull(answer.total_count),
				page: numberOrNull(answer.page),
				message: text(paymentMessage(answer)),
			},
			answer,
		);
	},
};
