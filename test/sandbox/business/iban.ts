/** Turkish IBANs: `TR` + 2 check digits + 5-digit bank code + 1 reserved + 16-digit account. */

const BANKS: Record<string, string> = {
	'00010': 'T.C. Ziraat Bankası',
	'00012': 'Türkiye Halk Bankası',
	'00015': 'Türkiye Vakıflar Bankası',
	'00032': 'Türk Ekonomi Bankası',
	'00046': 'Akbank',
	'00062': 'Türkiye Garanti Bankası',
	'00064': 'Türkiye İş Bankası',
	'00067': 'Yapı ve Kredi Bankası',
	'00111': 'QNB Bank',
	'00134': 'Denizbank',
	'00829': 'Sipay Elektronik Para',
};

const mod97 = (digits: string): bigint => BigInt(digits) % 97n;

/** Format `TR` + 24 digits and a correct ISO 13616 check (mod 97). */
export function isValidTrIban(iban: string): boolean {
	if (!/^TR\d{24}$/.test(iban)) return false;
	return mod97(`${iban.slice(4)}2927${iban.slice(2, 4)}`) === 1n;
}

export const bankCode = (iban: string): string => iban.slice(4, 9);

export const bankName = (iban: string): string | null => BANKS[bankCode(iban)] ?? null;

/** A valid Sipay FAST IBAN ending in the wallet number. */
export function fastIbanFor(walletNumber: string): string {
	const bban = `008290${walletNumber.padStart(16, '0').slice(-16)}`;
	const check = String(98n - mod97(`${bban}292700`)).padStart(2, '0');
	return `TR${check}${bban}`;
}

/** Holder names compare as the bank does: Turkish upper case, single spaces. */
export const normalizeName = (name: string): string =>
	name.trim().replace(/\s+/g, ' ').toLocaleUpperCase('tr-TR');

/** `Fatma Yılmaz` → `Fxxxx Yxxxxx` (how the bank-transfer webhook shows `to_name`). */
export const maskName = (name: string): string =>
	name
		.trim()
		.split(/\s+/)
		.map((word) => word.slice(0, 1) + 'x'.repeat(Math.max(0, word.length - 1)))
		.join(' ');
