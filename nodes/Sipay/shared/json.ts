/**
 * JSON.parse that keeps integers longer than 15 digits as strings. Sipay's Business webhooks send
 * 19-digit ids as bare numbers (business-api.md §2.4), which JSON.parse would round.
 */
export function parseJsonKeepingBigIntegers(text: string): unknown {
	let quoted = '';
	let inString = false;
	let index = 0;
	while (index < text.length) {
		const char = text[index];
		if (inString) {
			quoted += char;
			if (char === '\\') {
				quoted += text[index + 1] ?? '';
				index += 2;
				continue;
			}
			if (char === '"') inString = false;
			index += 1;
			continue;
		}
		if (char === '"') {
			inString = true;
			quoted += char;
			index += 1;
			continue;
		}
		const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index, index + 64));
		if (number && /[\d-]/.test(char)) {
			const [literal, fraction, exponent] = number;
			const digits = literal.replace('-', '');
			quoted += !fraction && !exponent && digits.length > 15 ? `"${literal}"` : literal;
			index += literal.length;
			continue;
		}
		quoted += char;
		index += 1;
	}
	return JSON.parse(quoted);
}
