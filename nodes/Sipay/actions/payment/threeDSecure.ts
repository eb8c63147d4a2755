import type { IDataObject } from 'n8n-workflow';

import type { PaymentAnswer } from '../../transport/payment';
import { shapeOutput } from '../../shared/output';

/** What a 3-D Secure start returns: the page to show the shopper, and what happens next (§5.5). */

function formAction(html: string): string | null {
	const action = /<form[^>]*\saction=["']([^"']*)["']/i.exec(html)?.[1];
	return action === undefined ? null : action.replace(/&amp;/g, '&');
}

export function threeDSecureStart(
	order: { invoiceId: string; total: string; currency: string },
	answer: PaymentAnswer,
	completedBy: 'app' | 'merchant' = 'app',
): IDataObject {
	const completion =
		completedBy === 'merchant'
			? ' Sipay only authenticates the card: then run Complete 3-D Payment with the order_id from that result.'
			: '';
	return shapeOutput(
		'threeDStart',
		{
			status: 'redirect',
			amount: order.total,
			currency: order.currency,
			invoice_id: order.invoiceId,
			html: answer.html ?? null,
			form_action: answer.html ? formAction(answer.html) : null,
			next_step:
				'Show html to the shopper (e.g. Respond to Webhook with content type text/html); it takes them to their bank for 3-D Secure. ' +
				'The result then arrives at the return URL (approved) or the cancel URL (failed): check it with Verify Hash or Check Status.' +
				completion,
		},
		answer.html ? {} : answer.body,
	);
}
