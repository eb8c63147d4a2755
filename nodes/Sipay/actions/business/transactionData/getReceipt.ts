
import type { SipayOperation } from '../../types';
import { BinaryItem } from '../../types';
import { businessRequest } from '../../../transport/business';
import { requiredString } from '../../../shared/params';
import { digitsValue } from '../inputs';
import { shapeOutput } from '../../../shared/output';

const PATH = '/v1/TransactionData/TransactionReceipt';

/** Base64 of `%PDF`: the receipt came as a PDF file (its format is undocumented, business-api.md §9.6). */
const PDF_BASE64_PREFIX = 'JVBER';

export const getReceipt: SipayOperation = {
	api: 'business',
	resource: 'transactionData',
	reads: true,
	value: 'getReceipt',
	name: 'Get Receipt',
	action: 'Get a transaction receipt',
	description: 'The receipt of a transaction as a PDF file',
	fields: [
		{
			displayName: 'Transaction ID',
			name: 'transactionId',
			type: 'string',
			required: true,
			default: '',
			description: 'Sipay transaction_id from a transfer, a payout or Get Many Transactions',
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the output binary field to put the file in',
		},
	],
	async execute(itemIndex) {
		const transactionId = digitsValue(
			this,
			requiredString(this, 'transactionId', itemIndex, 'Transaction ID', 'id'),
			itemIndex,
			'Transaction ID',
		);
		const binaryPropertyName = requiredString(this, 'binaryPropertyName', itemIndex, 'Put Output File in Field', 'code');
		const { payload } = await businessRequest.call(this, itemIndex, {
			path: PATH,
			body: { id: transactionId },
		});
		if (typeof payload !== 'string' || !payload.trim().startsWith(PDF_BASE64_PREFIX)) {
			return shapeOutput('receipt', { transaction_id: transactionId, file_name: null, mime_type: null }, payload ?? {});
		}
		const fileName = `receipt-${transactionId}.pdf`;
		const file = await this.helpers.prepareBinaryData(
			Buffer.from(payload.trim(), 'base64'),
			fileName,
			'application/pdf',
		);
		return new BinaryItem(
			shapeOutput('receipt', { transaction_id: transactionId, file_name: fileName, mime_type: 'application/pdf' }),
			{ [binaryPropertyName]: file },
		);
	},
};
