/** Turkish IBAN: `TR` + 24 digits with valid ISO 13616 check digits. */
export function normalizeTurkishIban(value: string): string | undefined {
	const iban = value.replace(/\s+/g, '').toUpperCase();
	if (!/^TR\d{24}$/.test(iban)) return undefined;
	const rearranged = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (letter) =>
		String(letter.charCodeAt(0) - 55),
	);
	let remainder = 0;
	for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
	return remainder === 1 ? iban : undefined;
}
