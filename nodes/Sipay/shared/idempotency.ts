import { createHash } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Default idempotency key (Business `ext_transaction_id`, refund `refund_transaction_id`) when the
 * user leaves the field empty: derived from the execution, node, run and item, so n8n's "Retry On
 * Fail" re-running this node sends the same key and Sipay refuses the repeat (301 / 104) instead of
 * moving money twice. A new execution gets a new key. The key is always shown in the output.
 */
export function idempotencyKey(context: IExecuteFunctions, itemIndex: number, prefix: string): string {
	const seed = [
		context.getWorkflow().id ?? '',
		context.getExecutionId() ?? '',
		context.getNode().id ?? context.getNode().name,
		context.getNode().name,
		String(context.getWorkflowDataProxy(itemIndex).$runIndex ?? 0),
		String(itemIndex),
	].join('|');
	const digest = createHash('sha256').update(seed).digest('hex').slice(0, 24);
	return `${prefix}-${digest}`;
}
