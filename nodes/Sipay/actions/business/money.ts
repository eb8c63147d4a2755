import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { businessRequest } from '../../transport/business';
import { idempotencyKey } from '../../shared/idempotency';
import { amountParameter, failFor, invalid, optionalString, requiredLocator, requiredString, textValue } from '../../shared/params';
import { requiredCurrency, walletCurrencyField } from './inputs';
import { walletLocator } from './walletLocator';

/**
 * What the four money-moving calls share (business-api.md §2.5, §8): the sender, amount,
 * currency, a unique `ext_transaction_id` and free-form extra body fields.
 */

const senderFields: INodeProperties[] = [
	{
		displayName: 'Sender Account Number',
		name: 'senderAccountNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1122334455',
		description: 'Your business account number (Account › Get Business Account shows it)',
	},
	walletLocator({
		displayName: 'Sender Wallet Number',
		name: 'senderWalletNumber',
		placeholder: 'e.g. 754938444',
		description: 'The wallet of your business the money is taken from',
	}),
];

const amountFields: INodeProperties[] = [
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 100.50',
		description: 'Amount in the currency of the sender wallet, with at most two decimals, e.g. 100.50',
	},
	walletCurrencyField('Currency of the sender wallet'),
	{
		displayName: 'External Transaction ID',
		name: 'extTransactionId',
		type: 'string',
		default: '',
		description:
			'Your unique ID for this transfer; Sipay refuses a second request with the same ID. Empty: the node derives one from the workflow, this node, the item and the execution that first ran it, and shows it in the output; it stays the same when n8n repeats the step (Retry On Fail) or you retry the failed execution, so the money cannot move twice. A new execution gets a new ID: to move money once per order or payout across executions, map an ID from your data.',
	},
];

const additionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{
			displayName: 'Additional Body Fields (JSON)',
			name: 'additionalBodyFields',
			type: 'json',
			default: '{}',
			description:
				'More fields for the request body, e.g. the payment type chosen from Transfer › Get Payment Types. They cannot replace the fields set above.',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Transfer description; some payment types require one with a minimum length',
		},
		{
			displayName: 'Payment Type Name or ID',
			name: 'paymentType',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getPaymentTypes' },
			default: '',
			description:
				'The purpose of the transfer, from the payment types Sipay lists; sent in the field named by Payment Type Field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Payment Type Field',
			name: 'paymentTypeField',
			type: 'string',
			default: 'payment_type',
			description:
				'Name of the body field that carries the payment type. Sipay has not published it yet: confirm it with Sipay.',
		},
	],
};

/** Sender, then the operation's receiver fields, then amount, currency, ID and extras. */
export function moneyFields(receiverFields: INodeProperties[]): INodeProperties[] {
	return [...senderFields, ...receiverFields, ...amountFields, additionalFields];
}

export interface MoneyRequest {
	body: IDataObject;
	extTransactionId: string;
	/** The amount as the user sees it: a dot-decimal string with two decimals. */
	amount: string;
}

const EXTRA_LABEL = 'Additional Fields › Additional Body Fields (JSON)';

function extraBodyFields(context: IExecuteFunctions, itemIndex: number, value: unknown): IDataObject {
	const label = EXTRA_LABEL;
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (value.trim() === '') return {};
		try {
			parsed = JSON.parse(value);
		} catch {
			throw invalid(context, itemIndex, `${label} is not valid JSON`);
		}
	}
	if (parsed === undefined || parsed === null) return {};
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw invalid(context, itemIndex, `${label} must be a JSON object`);
	}
	return parsed as IDataObject;
}

/** The payment type picked in Additional Fields, under the body field the user named. */
function readPaymentType(context: IExecuteFunctions, itemIndex: number, extras: IDataObject): IDataObject {
	const fail = failFor(context, itemIndex);
	const code = textValue(extras.paymentType, 'Additional Fields › Payment Type', fail, 'code');
	if (code === '') return {};
	const field = textValue(extras.paymentTypeField ?? 'payment_type', 'Additional Fields › Payment Type Field', fail, 'code');
	if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) {
		throw fail('Additional Fields › Payment Type Field must be a field name such as payment_type');
	}
	return { [field]: code };
}

/** Reads and checks every money field; `receiver` holds the operation's own body fields, already checked. */
export function readMoneyRequest(
	context: IExecuteFunctions,
	itemIndex: number,
	receiver: IDataObject,
): MoneyRequest {
	const senderAccountNumber = requiredString(context, 'senderAccountNumber', itemIndex, 'Sender Account Number', 'id');
	const senderWalletNumber = requiredLocator(context, 'senderWalletNumber', itemIndex, 'Sender Wallet Number', 'id');
	const amount = amountParameter(context, 'amount', itemIndex, 'Amount');
	const currency = requiredCurrency(context, 'currency', itemIndex, 'Currency');
	const givenId = optionalString(context, 'extTransactionId', itemIndex, 'External Transaction ID', 'id');
	const extTransactionId = givenId || idempotencyKey(context, itemIndex, 'ext');
	const extras = (context.getNodeParameter('additionalFields', itemIndex, {}) ?? {}) as IDataObject;
	const description = textValue(extras.description, 'Additional Fields › Description', failFor(context, itemIndex), 'text');
	const paymentType = readPaymentType(context, itemIndex, extras);

	const body: IDataObject = {
		sender_account_number: senderAccountNumber,
		sender_wallet_number: senderWalletNumber,
		...receiver,
		amount: Number(amount),
		currency_code: currency,
		ext_transaction_id: extTransactionId,
		...(description ? { description } : {}),
	};
	const typeTaken = Object.keys(paymentType).filter((key) => key in body);
	if (typeTaken.length > 0) {
		throw invalid(context, itemIndex, `Additional Fields › Payment Type Field must not be ${typeTaken.join(', ')}: the node sets that field`);
	}
	Object.assign(body, paymentType);
	const extra = extraBodyFields(context, itemIndex, extras.additionalBodyFields);
	const taken = Object.keys(extra).filter((key) => key in body);
	if (taken.length > 0) {
		throw invalid(
			context,
			itemIndex,
			`${EXTRA_LABEL} must not set ${taken.join(', ')}: use the node's own fields`,
		);
	}
	return { body: { ...body, ...extra }, extTransactionId, amount };
}

/**
 * The money-moving call. Its errors keep Sipay's code and message and add the request's
 * `ext_transaction_id` — the only way to look it up — and, for a duplicate or a request that got
 * no answer, how to check what happened.
 */
export async function sendMoney(
	context: IExecuteFunctions,
	itemIndex: number,
	path: string,
	request: MoneyRequest,
	howToCheck: string,
): Promise<IDataObject> {
	try {
		const { payload } = await businessRequest.call(context, itemIndex, { path, body: request.body });
		return payload !== null && typeof payload === 'object' ? (payload as IDataObject) : { payload: payload as IDataObject[keyof IDataObject] };
	} catch (error) {
		throw moneyError(context, itemIndex, error, request.extTransactionId, howToCheck);
	}
}

function moneyError(
	context: IExecuteFunctions,
	itemIndex: number,
	error: unknown,
	extTransactionId: string,
	howToCheck: string,
): NodeApiError | NodeOperationError {
	const original = error as NodeApiError;
	const response = (original.errorResponse ?? {}) as JsonObject;
	const code = response.sipayCode;
	const idNote = `ext_transaction_id: ${extTransactionId}`;
	const unanswered = error instanceof NodeApiError && (code === null || code === undefined);
	const notes =
		code === '301'
			? [
					`Sipay already accepted a request with ext_transaction_id "${extTransactionId}", so nothing was sent again`,
					howToCheck,
					original.description,
				]
			: unanswered
				? [original.description, idNote, howToCheck]
				: [original.description, idNote];
	const description = notes.filter(Boolean).join('. ');
	if (!(error instanceof NodeApiError)) {
		return new NodeOperationError(context.getNode(), original.message, { itemIndex, description });
	}
	return new NodeApiError(context.getNode(), response, {
		message: original.message,
		description,
		httpCode: original.httpCode ?? undefined,
		itemIndex,
	});
}
