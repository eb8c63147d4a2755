import { parseAmount, type Minor } from './money';

/**
 * Reads one JSON request body the way a Json.NET-bound API does: numbers and numeric strings
 * are interchangeable for scalar fields, unknown fields are ignored, a missing required field
 * or a value of the wrong shape is a validation error (HTTP 400, see envelope.ts).
 */

export class InvalidRequest extends Error {
	constructor(readonly errors: string[]) {
		super(errors.join('; '));
	}
}

export class Fields {
	readonly errors: string[] = [];

	constructor(private readonly body: Record<string, unknown>) {}

	has(name: string): boolean {
		const value = this.body[name];
		return value !== undefined && value !== null && value !== '';
	}

	string(name: string, required = false): string | undefined {
		const value = this.body[name];
		if (!this.has(name)) return this.missing(name, required);
		if (typeof value === 'string') return value.trim();
		if (typeof value === 'number' || typeof value === 'boolean') return String(value);
		return this.wrong(name, 'must be a string');
	}

	int(name: string, required = false): number | undefined {
		if (!this.has(name)) return this.missing(name, required);
		const value = Number(this.body[name]);
		if (typeof this.body[name] === 'boolean' || !Number.isInteger(value)) return this.wrong(name, 'must be an integer');
		return value;
	}

	number(name: string, required = false): number | undefined {
		if (!this.has(name)) return this.missing(name, required);
		const value = Number(this.body[name]);
		if (typeof this.body[name] === 'boolean' || !Number.isFinite(value)) return this.wrong(name, 'must be a number');
		return value;
	}

	bool(name: string): boolean | undefined {
		const value = this.body[name];
		if (!this.has(name)) return undefined;
		if (value === true || value === 'true') return true;
		if (value === false || value === 'false') return false;
		return this.wrong(name, 'must be true or false');
	}

	amount(name: string, required = false): Minor | undefined {
		if (!this.has(name)) return this.missing(name, required);
		return parseAmount(this.body[name]) ?? this.wrong(name, 'must be greater than 0 with at most 2 decimals');
	}

	/** ISO-8601; a date without zone (`2023-06-01T00:00`) is read as UTC. */
	date(name: string, required = false): number | undefined {
		const text = this.string(name, required);
		if (text === undefined) return undefined;
		const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) || !text.includes('T') ? text : `${text}Z`;
		const ms = Date.parse(zoned);
		return Number.isNaN(ms) ? this.wrong(name, 'must be an ISO-8601 date') : ms;
	}

	/** A JSON array of strings (a bare string is a binding error, as for a List<string>). */
	stringList(name: string): string[] | undefined {
		const value = this.body[name];
		if (!this.has(name)) return undefined;
		if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
			return this.wrong(name, 'must be an array of strings');
		}
		return value as string[];
	}

	/** A JSON array of integers, or a single integer. */
	intList(name: string): number[] | undefined {
		const value = this.body[name];
		if (!this.has(name)) return undefined;
		const items = (Array.isArray(value) ? value : [value]).map(Number);
		if (items.some((item) => !Number.isInteger(item))) return this.wrong(name, 'must be a list of integers');
		return items;
	}

	/** Throws the collected validation errors, if any. */
	done(): void {
		if (this.errors.length > 0) throw new InvalidRequest(this.errors);
	}

	private missing(name: string, required: boolean): undefined {
		if (required) this.errors.push(`The ${name} field is required.`);
		return undefined;
	}

	private wrong(name: string, problem: string): undefined {
		this.errors.push(`The ${name} field ${problem}.`);
		return undefined;
	}
}
