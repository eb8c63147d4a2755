import type { IDataObject } from 'n8n-workflow';

import type { SipayOperation } from '../../types';
import type { ResponseHashLayout } from '../../../hash/recipes';
import { verifyPaymentHash } from '../../../transport/payment';
import { invalid } from '../../../shared/params';
import { shapeOutput } from '../../../shared/output';

/**
 * Checks a hash_key Sipay sent (3-D return, sale/recurring/refund webhook, payment response) with
 * the credential's App Secret: the decrypted fields must match the fields that came with it.
 */

const fromFields = { show: { hashSource: ['fields'] } };

type Received = Partial<Record<string, unknown>>;

const first = (data: IDataObject, ...names: string[]) =>
	names.map((name) => data[name]).find((value) => value !== undefined && value !== null && value !== '');

/** The fields a hash is compared with, from what Sipay posted. */
function receivedFrom(data: IDataObject, layout: ResponseHashLayout): Received {
	if (layout === 'refund') {
		return { status: data.status, amount: data.amount, invoice_id: data.invoice_id, order_id: data.order_id };
	}
	return {
		// 3-D returns and sale webhooks hash payment_status (1/0); recurring webhooks their status text.
		status: first(data, 'payment_status', 'status'),
		total: first(data, 'total', 'amount', 'product_price'),
		invoice_id: data.invoice_id,
		order_id: first(data, 'order_id', 'order_no'),
		currency_code: first(data, 'currency_code', 'currency'),
	};
}

function parseReceived(value: unknown, fail: (message: string) => Error): IDataObject {
	let data = value;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data) as unknown;
		} catch {
			throw fail('Received Data must be a JSON object');
		}
	}
	if (!data || typeof data !== 'object' || Array.isArray(data)) throw fail('Received Data must be a JSON object');
	return data as IDataObject;
}

export const verifyHash: SipayOperation = {
	api: 'payment',
	resource: 'payment',
	value: 'verifyHash',
	name: 'Verify Hash',
	action: 'Verify a hash Sipay sent',
	description:
		'Check that a 3-D Secure result or a webhook really comes from Sipay, using the hash it carries and your App Secret, without calling Sipay',
	fields: [
		{
			displayName: 'Hash Layout',
			name: 'hashLayout',
			type: 'options',
			options: [
				{
					name: 'Payment',
					value: 'payment',
					description: '3-D Secure result, sale or recurring webhook, payment answer',
				},
				{ name: 'Refund Webhook', value: 'refund' },
			],
			default: 'payment',
		},
		{
			displayName: 'Source',
			name: 'hashSource',
			type: 'options',
			options: [
				{ name: 'Individual Fields', value: 'fields' },
				{ name: 'Received Data (JSON)', value: 'json' },
			],
			default: 'json',
			description: 'Where the hash and the fields it must match come from',
		},
		{
			displayName: 'Received Data',
			name: 'receivedData',
			type: 'json',
			default: '={{ $json.body ?? $json }}',
			displayOptions: { show: { hashSource: ['json'] } },
			description:
				'The fields Sipay posted, including its hash; the default reads the body of a Webhook node item',
		},
		{
			displayName: 'Hash Key',
			name: 'hashKey',
			type: 'string',
			required: true,
			default: '',
			displayOptions: fromFields,
			placeholder: 'e.g. 356a192b7913b04c:77de:iDcPjZbG…',
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'string',
			default: '',
			displayOptions: fromFields,
			placeholder: 'e.g. 1',
			description: 'The status Sipay sent: 1 or 0 for a payment, Completed or Fail for a recurring charge, Completed for a refund',
		},
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'string',
			default: '',
			displayOptions: fromFields,
			placeholder: 'e.g. 100.00',
			description: 'Total of the payment or amount of the refund',
		},
		{
			displayName: 'Invoice ID',
			name: 'invoiceId',
			type: 'string',
			default: '',
			displayOptions: fromFields,
		},
		{
			displayName: 'Order ID',
			name: 'orderId',
			type: 'string',
			default: '',
			displayOptions: fromFields,
		},
		{
			displayName: 'Currency',
			name: 'currencyCode',
			type: 'string',
			default: '',
			displayOptions: { show: { hashSource: ['fields'], hashLayout: ['payment'] } },
			placeholder: 'e.g. TRY',
		},
	],
	async execute(itemIndex) {
		const layout = this.getNodeParameter('hashLayout', itemIndex, 'payment') as ResponseHashLayout;
		const source = this.getNodeParameter('hashSource', itemIndex, 'json') as string;
		const fail = (message: string) => invalid(this, itemIndex, message);
		let hashKey: unknown;
		let received: Received;
		if (source === 'fields') {
			const field = (name: string) => String(this.getNodeParameter(name, itemIndex, '') ?? '').trim() || undefined;
			hashKey = field('hashKey');
			if (hashKey === undefined) throw fail('Hash Key is required');
			const amount = field('amount');
			received = {
				status: field('status'),
				[layout === 'refund' ? 'amount' : 'total']: amount,
				invoice_id: field('invoiceId'),
				order_id: field('orderId'),
				...(layout === 'payment' ? { currency_code: field('currencyCode') } : {}),
			};
		} else {
			const data = parseReceived(this.getNodeParameter('receivedData', itemIndex, {}), fail);
			hashKey = data.hash_key;
			received = receivedFrom(data, layout);
		}
		const compared = Object.keys(received).filter((name) => received[name] !== undefined && received[name] !== null);
		if (typeof hashKey !== 'string' || hashKey === '') {
			return shapeOutput('hashCheck', { valid: false, reason: 'No hash_key received', layout, compared, mismatches: [], fields: {} });
		}
		const check = await verifyPaymentHash.call(this, itemIndex, hashKey, layout, received);
		const decrypted = Object.keys(check.fields).length > 0;
		const valid = check.valid && compared.length > 0;
		const reason = valid
			? null
			: !decrypted
				? 'The hash_key does not decrypt with this App Secret'
				: check.mismatches.length > 0
					? `Received fields differ from the hash: ${check.mismatches.join(', ')}`
					: 'No received field to compare with the hash';
		return shapeOutput('hashCheck', { valid, reason, layout, compared, mismatches: check.mismatches, fields: check.fields });
	},
};
