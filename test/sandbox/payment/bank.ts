/**
 * The simulated issuing banks: which cards exist, what they are, and whether a charge is approved.
 * Approving cards are the public test cards (payment-api.md §1.2); 4000000000000002 always declines.
 */

export interface CardDetails {
	number: string;
	expiryMonth: string;
	expiryYear: string;
	/** Undefined for saved cards (tokens carry no CVV). */
	cvv?: string;
}

export interface CardProfile {
	scheme: 'visa' | 'mastercard' | 'troy';
	program: string;
	cardType: string;
	bank: string;
	bankId: number;
	posId: number;
	/** Card programs without an installment agreement only allow single payments. */
	installments: boolean;
}

interface TestCard {
	expiryMonth: string;
	expiryYear: string;
	cvv: string;
	password: string;
}

const TEST_CARDS: Record<string, TestCard> = {
	'4508034508034509': { expiryMonth: '12', expiryYear: '2030', cvv: '000', password: 'a' },
	'5406675406675403': { expiryMonth: '12', expiryYear: '2030', cvv: '000', password: 'a' },
	'6501700139082826': { expiryMonth: '12', expiryYear: '2030', cvv: '000', password: '123456' },
};

export const DECLINE_CARD = '4000000000000002';

const PROFILES: Record<string, CardProfile> = {
	'450803': { scheme: 'visa', program: 'MAXIMUM', cardType: 'CREDIT CARD', bank: 'T. IS BANKASI A.S.', bankId: 62, posId: 1262, installments: true },
	'540667': { scheme: 'mastercard', program: 'WORLD', cardType: 'CREDIT CARD', bank: 'YAPI VE KREDI BANKASI A.S.', bankId: 67, posId: 1267, installments: true },
	'650170': { scheme: 'troy', program: 'TROY', cardType: 'DEBIT CARD', bank: 'T.C. ZIRAAT BANKASI A.S.', bankId: 10, posId: 1210, installments: false },
	'400000': { scheme: 'visa', program: 'BONUS', cardType: 'CREDIT CARD', bank: 'T. GARANTI BANKASI A.S.', bankId: 11, posId: 1211, installments: true },
};

export function cardProfile(numberOrBin: string): CardProfile {
	const known = PROFILES[numberOrBin.slice(0, 6)];
	if (known) return known;
	const scheme = numberOrBin.startsWith('5') ? 'mastercard' : numberOrBin.startsWith('65') || numberOrBin.startsWith('9') ? 'troy' : 'visa';
	return { scheme, program: 'BONUS', cardType: 'CREDIT CARD', bank: 'T. GARANTI BANKASI A.S.', bankId: 11, posId: 1211, installments: scheme !== 'troy' };
}

/** Card programs without an installment agreement (Troy debit here) have no POS for installments (§12.2 102). */
export const installmentsAllowed = (cardNumber: string, installments: number): boolean =>
	installments === 1 || cardProfile(cardNumber).installments;

export function luhnValid(number: string): boolean {
	if (!/^\d{12,19}$/.test(number)) return false;
	let sum = 0;
	for (let index = 0; index < number.length; index++) {
		let digit = Number(number[number.length - 1 - index]);
		if (index % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** `540667****5403`: first 6, four stars, last 4. */
export const maskPan = (number: string): string => `${number.slice(0, 6)}****${number.slice(-4)}`;

/** The 3-D Secure password the bank page accepts for a card ('a' for cards without their own). */
export const threeDPassword = (number: string): string => TEST_CARDS[number]?.password ?? 'a';

/** Expiry as the payment validators accept it: month 1–12, 2- or 4-digit year. */
export function expiryWellFormed(month: string, year: string): boolean {
	const monthNumber = Number(month);
	return /^\d{1,2}$/.test(month) && monthNumber >= 1 && monthNumber <= 12 && /^(\d{2}|\d{4})$/.test(year);
}

const normalYear = (year: string) => (year.length === 2 ? `20${year}` : year);

export interface BankAnswer {
	approved: boolean;
	/** ISO 8583 response code, '00' when approved. */
	code: string;
	description: string;
}

/** The issuer's answer to a charge. Wrong expiry/CVV on a test card, unknown cards and the decline card fail. */
export function authorize(card: CardDetails): BankAnswer {
	if (card.number === DECLINE_CARD) return { approved: false, code: '51', description: 'Insufficient funds' };
	const test = TEST_CARDS[card.number];
	if (!test) return { approved: false, code: '14', description: 'Invalid card number' };
	if (Number(card.expiryMonth) !== Number(test.expiryMonth) || normalYear(card.expiryYear) !== test.expiryYear) {
		return { approved: false, code: '54', description: 'Expired card' };
	}
	if (card.cvv !== undefined && card.cvv !== test.cvv) {
		return { approved: false, code: '82', description: 'Invalid CVV' };
	}
	return { approved: true, code: '00', description: 'Approved' };
}
