/**
 * Faults the reliability tests inject: latency, HTTP errors, dropped connections, hangs,
 * and a chosen Sipay error code, on one route or all, for the next N calls or for good.
 */

export type Fault =
	| { kind: 'latency'; ms: number }
	| { kind: 'http'; status: number; body?: unknown; rawBody?: string }
	| { kind: 'reset' }
	| { kind: 'timeout' }
	/** The route runs (money moves), then the connection drops before the answer. */
	| { kind: 'dropAnswer' }
	| { kind: 'sipayCode'; code: string | number; message?: string }
	/**
	 * Hold each matching call until `count` of them are waiting, then answer the group, the last
	 * arrived first. A caller that never has `count` calls open at once is never answered.
	 */
	| { kind: 'gather'; count: number };

export interface FaultRule {
	/** Path to match (case-insensitive, exact); all routes when omitted. */
	path?: string;
	fault: Fault;
	/** How many matching calls it affects; forever when omitted. */
	times?: number;
	/** How many matching calls pass untouched before it starts (0 when omitted). */
	after?: number;
}

export class Faults {
	private rules: FaultRule[] = [];

	add(rule: FaultRule): void {
		this.rules.push({ ...rule });
	}

	clear(): void {
		this.rules = [];
	}

	/** The faults that apply to this call, consuming one use of each. */
	take(path: string): Fault[] {
		const lower = path.toLowerCase();
		const hits: Fault[] = [];
		for (const rule of this.rules) {
			if (rule.path !== undefined && rule.path.toLowerCase() !== lower) continue;
			if (rule.after !== undefined && rule.after > 0) {
				rule.after -= 1;
				continue;
			}
			if (rule.times !== undefined) {
				if (rule.times <= 0) continue;
				rule.times -= 1;
			}
			hits.push(rule.fault);
		}
		this.rules = this.rules.filter((rule) => rule.times === undefined || rule.times > 0);
		return hits;
	}
}
