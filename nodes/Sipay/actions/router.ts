import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactObject } from '../shared/redact';
import { concurrencyOf, runLimited } from './concurrency';
import { findOperation } from './description';
import { BinaryItem } from './types';

type ItemOutcome = { entries: INodeExecutionData[] } | { failure: NodeApiError | NodeOperationError };

/**
 * Runs the chosen operation once per input item; outputs are redacted and paired to their item.
 * Items run one after the other, or up to *Options › Concurrency* at a time for operations that only
 * read. Either way the output keeps the input order, and without Continue On Fail the first failing
 * item (in input order) fails the node and no later item is started.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	if (items.length === 0) return [[]];
	const chosen = findOperation(
		this.getNodeParameter('api', 0) as string,
		this.getNodeParameter('resource', 0) as string,
		this.getNodeParameter('operation', 0) as string,
	);
	const limit = concurrencyOf(chosen, chosen?.reads ? this.getNodeParameter('options.concurrency', 0, 1) : 1);
	const continueOnFail = this.continueOnFail();

	const runItem = async (itemIndex: number): Promise<ItemOutcome> => {
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
			const entries: INodeExecutionData[] = [];
			for (const entry of Array.isArray(result) ? result : [result]) {
				entries.push(
					entry instanceof BinaryItem
						? { json: redactObject(entry.json), binary: entry.binary, pairedItem }
						: { json: redactObject(entry), pairedItem },
				);
			}
			return { entries };
		} catch (error) {
			const failure =
				error instanceof NodeApiError || error instanceof NodeOperationError
					? error
					: new NodeOperationError(this.getNode(), (error as Error).message, { itemIndex });
			return { failure };
		}
	};

	const outcomes = await runLimited(items.length, limit, runItem, (outcome) => 'failure' in outcome && !continueOnFail);
	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < outcomes.length; itemIndex++) {
		const outcome = outcomes[itemIndex];
		if (!outcome) continue;
		if ('entries' in outcome) {
			output.push(...outcome.entries);
			continue;
		}
		const { failure } = outcome;
		if (!continueOnFail) throw failure;
		const json: IDataObject = { error: failure.message };
		if (failure.description) json.description = failure.description;
		if (failure instanceof NodeApiError) {
			const response = (failure.errorResponse ?? {}) as IDataObject;
			json.sipayCode = response.sipayCode ?? null;
			json.httpStatus = response.httpStatus ?? null;
		}
		output.push({ json, pairedItem: { item: itemIndex } });
	}
	return [output];
}
