import type { IDataObject } from 'n8n-workflow';

import { parseJsonKeepingBigIntegers } from '../shared/json';

/**
 * Reads what a caller posted, strictly, before any other work: a flat set of text fields from a
 * form (Sipay's payment webhooks and 3-D returns), a query string (3-D returns sent with GET) or a
 * flat JSON object (Business webhooks). Anything else is refused.
 */

export const LIMITS = {
	/** The whole body, in bytes. Sipay's largest documented notification is well under 8 KB. */
	bodyBytes: 32 * 1024,
	/** One field's value, in characters (Business JSON text fields included). */
	fieldChars: 8 * 1024,
	fieldNameChars: 64,
	fields: 100,
};

export type Fields = Record<string, string>;

export type Intake = { fields: Fields } | { refusal: string };

export interface PostedRequest {
	method: string;
	contentType: string;
	rawBody?: Buffer | string;
	/** What n8n parsed, used only when it kept no raw body. */
	parsedBody: unknown;
	query: IDataObject;
}

const FIELD_NAME = /^[A-Za-z0-9_.-]+$/;

function fromEntries(entries: Array<[string, unknown]>, skipNested = false): Intake {
	if (entries.length > LIMITS.fields) return { refusal: `more than ${LIMITS.fields} fields` };
	const fields: Fields = {};
	for (const [name, value] of entries) {
		if (name.length > LIMITS.fieldNameChars || !FIELD_NAME.test(name)) return { refusal: 'a field name is not plain' };
		if (Object.prototype.hasOwnProperty.call(fields, name)) return { refusal: `field ${name} is repeated` };
		let text: string;
		if (typeof value === 'string') text = value;
		else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
		else if (typeof value === 'boolean') text = String(value);
		else if (value === null) text = '';
		else if (skipNested) continue;
		else return { refusal: `field ${name} is not a plain value` };
		if (text.length > LIMITS.fieldChars) return { refusal: `field ${name} is too long` };
		fields[name] = text;
	}
	return { fields };
}

/** Nesting depth of a JSON text, counted without parsing it (strings skipped). */
function jsonDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (inString) {
			if (char === '\\') index++;
			else if (char === '"') inString = false;
		} else if (char === '"') inString = true;
		else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
		else if (char === '}' || char === ']') depth--;
	}
	return deepest;
}

/**
 * `nestedObjects`: Business webhooks mirror Sipay's transaction record, whose KYC fields may be
 * objects (business-api.md §11.3): one level is tolerated and left unread.
 */
function readJson(text: string, nestedObjects: boolean): Intake {
	if (jsonDepth(text) > (nestedObjects ? 2 : 1)) return { refusal: 'body is not a flat JSON object' };
	let parsed: unknown;
	try {
		parsed = parseJsonKeepingBigIntegers(text);
	} catch {
		return { refusal: 'body is not valid JSON' };
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { refusal: 'body is not a JSON object' };
	return fromEntries(Object.entries(parsed), nestedObjects);
}

function readForm(text: string): Intake {
	const entries: Array<[string, unknown]> = [];
	for (const [name, value] of new URLSearchParams(text)) entries.push([name, value]);
	return fromEntries(entries);
}

const mediaType = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

function rawText(request: PostedRequest): string | undefined {
	const raw = request.rawBody;
	if (raw === undefined || raw === null) return undefined;
	return Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
}

export function readPosted(
	request: PostedRequest,
	accepted: Array<'form' | 'json' | 'query'>,
	{ nestedObjects = false } = {},
): Intake {
	if (request.method === 'GET') {
		if (!accepted.includes('query')) return { refusal: 'GET is not accepted here' };
		return fromEntries(Object.entries(request.query ?? {}));
	}
	const type = mediaType(request.contentType);
	const kind = type === 'application/x-www-form-urlencoded' ? 'form' : type === 'application/json' ? 'json' : undefined;
	if (!kind || !accepted.includes(kind)) return { refusal: `content type ${type || 'none'} is not accepted` };
	const text = rawText(request);
	if (text === undefined) {
		// No raw body kept: judge n8n's parse by the same rules, sized by its JSON text.
		let serialised: string;
		try {
			serialised = JSON.stringify(request.parsedBody ?? {});
		} catch {
			return { refusal: 'body is not a flat object' };
		}
		if (Buffer.byteLength(serialised) > LIMITS.bodyBytes) return { refusal: 'body is too large' };
		return readJson(serialised, nestedObjects);
	}
	if (Buffer.byteLength(text) > LIMITS.bodyBytes) return { refusal: 'body is too large' };
	return kind === 'form' ? readForm(text) : readJson(text, nestedObjects);
}
