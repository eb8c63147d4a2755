/**
 * Sends Sipay's webhooks (payment: form-urlencoded; business: JSON) to the URLs the simulated
 * merchant registered, and remembers each delivery and its answer for assertions.
 */

export interface WebhookDelivery {
	url: string;
	contentType: 'form' | 'json';
	payload: Record<string, unknown>;
	status: number;
	responseBody: string;
	error?: string;
}

export class WebhookSender {
	readonly deliveries: WebhookDelivery[] = [];

	reset(): void {
		this.deliveries.length = 0;
	}

	async send(
		url: string,
		payload: Record<string, unknown>,
		contentType: 'form' | 'json',
		/** Exact JSON text to send, e.g. with 19-digit ids as bare numbers like Sipay does. */
		rawJson?: string,
	): Promise<WebhookDelivery> {
		const body =
			rawJson !== undefined
				? rawJson
				: contentType === 'form'
				? new URLSearchParams(
						Object.entries(payload).map(([key, value]): [string, string] => [
							key,
							value === null || value === undefined ? '' : String(value),
						]),
					).toString()
				: JSON.stringify(payload);
		const delivery: WebhookDelivery = { url, contentType, payload, status: 0, responseBody: '' };
		try {
			const response = await fetch(url, {
				method: 'POST',
				headers: {
					'Content-Type': contentType === 'form' ? 'application/x-www-form-urlencoded' : 'application/json',
				},
				body,
				signal: AbortSignal.timeout(10_000),
			});
			delivery.status = response.status;
			delivery.responseBody = await response.text();
		} catch (error) {
			delivery.error = (error as Error).message;
		}
		this.deliveries.push(delivery);
		return delivery;
	}
}
