import { createHash } from 'crypto';
import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * Default idempotency key (Business `ext_transaction_id`, refund `refund_transaction_id`) when the
 * user leaves the field empty. It is derived from the workflow, the node, the node's run and the
 * item's position, and from the execution that first ran this node. That execution's ID is kept in
 * the node's execution context, which n8n saves with a failed execution and hands to its retry
 * (Executions list › Retry, `POST /rest/executions/:id/retry`, a new execution ID). So "Retry On
 * Fail" and a retry of the failed execution send the same key, and Sipay refuses the repeat
 * (301 / 104) instead of moving money twice; another execution (a new webhook call, the next
 * schedule) gets new keys. The key is always shown in the output.
 */

const FIRST_EXECUTION = 'sipayIdempotencyExecutionId';

export function idempotencyKey(context: IExecuteFunctions, itemIndex: number, prefix: string): string {
	const nodeContext = context.getContext('node');
	if (typeof nodeContext[FIRST_EXECUTION] !== 'string' || nodeContext[FIRST_EXECUTION] === '') {
		nodeContext[FIRST_EXECUTION] = context.getExecutionId() ?? '';
	}
	const seed = [
		context.getWorkflow().id ?? '',
		String(nodeContext[FIRST_EXECUTION]),
		context.getNode().id ?? context.getNode().name,
		context.getNode().name,
		String(context.getWorkflowDataProxy(itemIndex).$runIndex ?? 0),
		String(itemIndex),
	].join('|');
	const digest = createHash('sha256').update(seed).digest('hex').slice(0, 24);
	return `${prefix}-${digest}`;
}
