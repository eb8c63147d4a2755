import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactObject } from '../shared/redact';
import { concurrencyOf, runLimited } from './concurrency';
import { findOperation } from './description';
import { BinaryItem } from './types';

/** The value n8n gives resource and operation when "Custom API Call" is chosen in the editor. */
export const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

/** What a user who picked "Custom API Call" is told: the HTTP Request node makes the call, with these limits. */
export const CUSTOM_API_CALL_HELP =
	'Custom API calls are made with an HTTP Request node: set Authentication to "Predefined Credential Type" and choose "Sipay Business API" or "Sipay Payment API"; n8n then adds the token for you. Every Business API call works that way. Payment API calls that need a hash_key (payments, refunds, status checks, saved cards, recurring plans, cash-outs) cannot be signed there: use the Sipay node\'s operations for them.';

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
		this.getNodeParameter('operation', 0, CUSTOM_API_CALL) as string,
	);
	const limit = concurrencyOf(chosen, chosen?.reads ? this.getNodeParameter('options.concurrency', 0, 1) : 1);
	const continueOnFail = this.continueOnFail();

	const runItem = async (itemIndex: number): Promise<ItemOutcome> => {
		const pairedItem = { item: itemIndex };
		try {
			const api = this.getNodeParameter('api', itemIndex) as string;
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			// With Custom API Call chosen as resource, n8n keeps no operation.
			const name = this.getNodeParameter('operation', itemIndex, CUSTOM_API_CALL) as string;
			if (resource === CUSTOM_API_CALL || name === CUSTOM_API_CALL) {
				throw new NodeOperationError(this.getNode(), 'Custom API Call is made with an HTTP Request node, not with this node', {
					itemIndex,
					description: CUSTOM_API_CALL_HELP,
				});
			}
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
	await addIntegrationModeHint(this);
	return [output];
}

/**
 * After a Payment API step, the editor shows above its output what Sipay said of the merchant when
 * it issued the token: whether 3-D Secure, non-secure payments or only the payment page are enabled.
 */
async function addIntegrationModeHint(context: IExecuteFunctions): Promise<void> {
	if (context.getInputData().length === 0) return;
	if (context.getNodeParameter('api', 0, '') !== 'payment') return;
	try {
		const credentials = await context.getCredentials('sipayPaymentApi');
		const mode = String(credentials.integrationMode ?? '');
		if (!mode) return;
		context.addExecutionHints({
			message: `Sipay integration mode of this merchant: ${mode}`,
			location: 'outputPane',
		});
	} catch {
		// No credential to read (the step failed before using it): nothing to tell.
	}
}
