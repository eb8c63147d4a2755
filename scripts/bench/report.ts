/** Printing for `npm run bench`: progress and tables go to stdout as they come. */

export function say(line: string): void {
	process.stdout.write(`${line}\n`);
}

export const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};
