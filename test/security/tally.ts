/**
 * The attack corpus's bookkeeping: deliveries sent and workflow executions started, per class.
 * An execution is what the workflow posted to the simulator's sink.
 */

export interface ClassResult {
	name: string;
	kind: 'real' | 'forged';
	deliveries: number;
	executions: number;
	/** Real events only: how many distinct real events the class delivered. */
	events?: number;
}

export class Tally {
	readonly classes: ClassResult[] = [];

	constructor(private readonly executions: () => Promise<number>) {}

	/** Executions stop growing once n8n has run everything the deliveries started. */
	async settle(quietMs = 2000, timeoutMs = 60_000): Promise<number> {
		let last = await this.executions();
		let stableSince = Date.now();
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 250));
			const now = await this.executions();
			if (now !== last) {
				last = now;
				stableSince = Date.now();
			} else if (Date.now() - stableSince >= quietMs) break;
		}
		return last;
	}

	/** Runs one class: `send` returns how many deliveries it made (and, for real ones, events). */
	async run(
		name: string,
		kind: ClassResult['kind'],
		send: () => Promise<number | { deliveries: number; events: number }>,
	): Promise<ClassResult> {
		const before = await this.settle(500);
		const sent = await send();
		const after = await this.settle();
		const result: ClassResult = {
			name,
			kind,
			deliveries: typeof sent === 'number' ? sent : sent.deliveries,
			executions: after - before,
			...(typeof sent === 'number' ? {} : { events: sent.events }),
		};
		this.classes.push(result);
		return result;
	}

	summary(): string {
		const forged = this.classes.filter((entry) => entry.kind === 'forged');
		const real = this.classes.filter((entry) => entry.kind === 'real');
		const sum = (list: ClassResult[], pick: (entry: ClassResult) => number) => list.reduce((total, entry) => total + pick(entry), 0);
		return [
			`trigger attack corpus: ${sum(this.classes, (entry) => entry.deliveries)} deliveries`,
			`forged/tampered/replayed/malformed ${sum(forged, (entry) => entry.deliveries)} → ${sum(forged, (entry) => entry.executions)} executions`,
			`real events ${sum(real, (entry) => entry.events ?? 0)} (${sum(real, (entry) => entry.deliveries)} deliveries) → ${sum(real, (entry) => entry.executions)} executions`,
		].join('; ');
	}

	table(): string {
		return this.classes
			.map((entry) => `  ${entry.kind.padEnd(6)} ${entry.name.padEnd(58)} ${String(entry.deliveries).padStart(5)} deliveries → ${entry.executions} executions${entry.events === undefined ? '' : ` (${entry.events} events)`}`)
			.join('\n');
	}
}
