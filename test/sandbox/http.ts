import type { IncomingHttpHeaders } from 'node:http';

/** The simulator's tiny HTTP vocabulary: parsed requests in, plain responses out. */

export interface SimRequest {
	method: string;
	/** Path without query string, as received (e.g. `/ccpayment/api/token`). */
	path: string;
	query: Record<string, string>;
	headers: IncomingHttpHeaders;
	rawBody: string;
	/** JSON object or form fields; `{}` when the body is empty or not an object. */
	body: Record<string, unknown>;
	bodyType: 'json' | 'form' | 'none' | 'invalid';
}

export interface SimResponse {
	status?: number;
	json?: unknown;
	html?: string;
	text?: string;
	headers?: Record<string, string>;
}

export type Handler = (request: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Route {
	method: 'GET' | 'POST';
	/** Matched case-insensitively against the request path; a trailing `/*` matches any path below it. */
	path: string;
	handler: Handler;
}

export function parseBody(contentType: string, raw: string): Pick<SimRequest, 'body' | 'bodyType'> {
	if (raw.trim() === '') return { body: {}, bodyType: 'none' };
	if (contentType.includes('application/x-www-form-urlencoded')) {
		return { body: Object.fromEntries(new URLSearchParams(raw)), bodyType: 'form' };
	}
	try {
		const parsed = JSON.parse(raw) as unknown;
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
			return { body: parsed as Record<string, unknown>, bodyType: 'json' };
		}
		return { body: {}, bodyType: 'invalid' };
	} catch {
		return { body: {}, bodyType: 'invalid' };
	}
}

export function bearerToken(request: SimRequest): string | undefined {
	const header = request.headers.authorization;
	if (typeof header !== 'string') return undefined;
	const match = /^Bearer\s+(.+)$/i.exec(header.trim());
	return match ? match[1] : undefined;
}

export const json = (body: unknown, status = 200): SimResponse => ({ status, json: body });

export function htmlEscape(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** An HTML page whose form posts itself to `action` on load (how Sipay and banks redirect). */
export function autoSubmitForm(action: string, fields: Record<string, string>): string {
	const inputs = Object.entries(fields)
		.map(([name, value]) => `<input type="hidden" name="${htmlEscape(name)}" value="${htmlEscape(value)}">`)
		.join('\n');
	return `<!DOCTYPE html><html><body onload="document.getElementById('redirectForm').submit()">
<form id="redirectForm" method="POST" action="${htmlEscape(action)}">
${inputs}
<noscript><button type="submit">Continue</button></noscript>
</form></body></html>`;
}

/** Reads the action and hidden fields back out of an auto-submit form (for tests and the CLI). */
export function parseForm(html: string): { action: string; fields: Record<string, string> } {
	const unescape = (value: string) =>
		value
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&amp;/g, '&');
	const action = /<form[^>]*action=["']([^"']*)["']/i.exec(html)?.[1] ?? '';
	const fields: Record<string, string> = {};
	for (const match of html.matchAll(/<input[^>]*>/gi)) {
		const tag = match[0];
		const name = /name=["']([^"']*)["']/i.exec(tag)?.[1];
		const value = /value=["']([^"']*)["']/i.exec(tag)?.[1] ?? '';
		if (name) fields[unescape(name)] = unescape(value);
	}
	return { action: unescape(action), fields };
}
