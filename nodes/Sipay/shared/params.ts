import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { AmountError, formatAmount } from './amount';

/** Reading node parameters with validation before anything is sent; errors name the field. */

export function invalid(context: IExecuteFunctions, itemIndex: number, message: string) {
	return new NodeOperationError(context.getNode(), message, { itemIndex });
}

export function requiredString(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const value = context.getNodeParameter(name, itemIndex, '') as unknown;
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') throw invalid(context, itemIndex, `${label} is required`);
	return text;
}

export function amountParameter(
	context: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	options: { allowZero?: boolean } = {},
): string {
	const value = context.getNodeParameter(name, itemIndex, '') as unknown;
	try {
		return formatAmount(value, label, options);
	} catch (error) {
		throw invalid(context, itemIndex, (error as AmountError).message);
	}
}
