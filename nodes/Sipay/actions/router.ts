import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactObject } from '../shared/redact';
import { findOperation } from './description';
import { BinaryItem } from './types';

/** Runs the chosen operation once per input item; outputs are redacted and paired to their item. */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const pairedItem = { item: itemIndex };
		try {
			const api = this.getNodeParameter('api', itemIndex) as string;
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const name = this.getNodeParameter('operation', itemIndex) as string;
			const operation = findOperation(api, resource, name);
			if (!operation) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${name}" of resource "${resource}" is not supported`,
					{ itemIndex },
				);
			}
			const result = await operation.execute.call(this, itemIndex);
			for (const entry of Array.isArray(result) ? result : [result]) {
				output.push(
					entry instanceof BinaryItem
						? { json: redactObject(entry.json), binary: entry.binary, pairedItem }
						: { json: redactObject(entry), pairedItem },
				);
			}
		} catch (error) {
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex });
			if (!this.continueOnFail()) throw failure;
			const json: IDataObject = { error: failure.message };
			if (failure.description) json.description = failure.description;
			if (failure instanceof NodeApiError) {
				const response = (failure.errorResponse ?? {}) as IDataObject;
				json.sipayCode = response.sipayCode ?? null;
				json.httpStatus = response.httpStatus ?? null;
			}
			output.push({ json, pairedItem });
		}
	}
	return [output];
}
