/**
 * The world the simulated business lives in: its own account and wallets, another business
 * (B2B receiver), personal users (B2P receivers) and the bank records payouts are verified
 * against. Amounts are in major units (TRY, not kuruş).
 */

export interface WalletSeed {
	number: string;
	name: string;
	currency: string;
	balance: number;
	/** Give the wallet a FAST IBAN (TR + Sipay bank code + wallet number). */
	useFastIban?: boolean;
}

export interface OwnAccountSeed {
	id: string;
	tenantId: string;
	accountNumber: string;
	name: string;
	alias: string;
	businessType: 0 | 1 | 2 | 3;
	taxOffice: string;
	taxNumber: string;
	ownerUserId: string;
	contactFirstName: string;
	contactLastName: string;
	contactEmail: string;
	contactPhoneCountryCode: string;
	contactPhoneNumber: string;
	contactNationalId: string;
	wallets: WalletSeed[];
}

export interface OtherBusinessSeed {
	accountNumber: string;
	name: string;
	taxNumber: string;
	wallets: WalletSeed[];
}

export interface PersonalUserSeed {
	accountNumber: string;
	firstName: string;
	lastName: string;
	nationalId: string;
	phoneCountryNumber: string;
	phoneNumber: string;
	email: string;
	wallets: WalletSeed[];
}

/** A bank account payouts can reach: the bank's record of its holder. */
export interface IbanSeed {
	iban: string;
	holderName: string;
	nationalIdOrTaxNo: string;
}

export interface BusinessWorldSeed {
	account?: Partial<OwnAccountSeed>;
	otherBusinesses?: OtherBusinessSeed[];
	personalUsers?: PersonalUserSeed[];
	ibans?: IbanSeed[];
	/** Flat fee debited with every payout, in the wallet currency (default 1.50). */
	payoutFee?: number;
	/** Where Sipay sends the business webhooks (business-api.md §10.1: one URL for all). */
	webhookUrl?: string;
}

export const DEFAULT_ACCOUNT: OwnAccountSeed = {
	id: '2111111222222333333',
	tenantId: '1',
	accountNumber: '1122334455',
	name: 'X İşletmesi',
	alias: 'X Mağazacılık',
	businessType: 1,
	taxOffice: 'Kadıköy',
	taxNumber: '9876543210',
	ownerUserId: '2503101387601277448',
	contactFirstName: 'Ali',
	contactLastName: 'Yıldız',
	contactEmail: 'finans@x-isletmesi.com.tr',
	contactPhoneCountryCode: '90',
	contactPhoneNumber: '2125550101',
	contactNationalId: '10000000146',
	wallets: [
		{ number: '754938444', name: 'Ana Cüzdan', currency: 'TRY', balance: 10000, useFastIban: true },
		{ number: '754938447', name: 'Masraf Cüzdanı', currency: 'TRY', balance: 0 },
		{ number: '754938445', name: 'USD Cüzdan', currency: 'USD', balance: 1000 },
		{ number: '754938446', name: 'EUR Cüzdan', currency: 'EUR', balance: 500 },
	],
};

export const DEFAULT_OTHER_BUSINESSES: OtherBusinessSeed[] = [
	{
		accountNumber: '2233445566',
		name: 'Y Ticaret A.Ş.',
		taxNumber: '1112223334',
		wallets: [
			{ number: '864200001', name: 'Y Ticaret TRY', currency: 'TRY', balance: 5000 },
			{ number: '864200002', name: 'Y Ticaret USD', currency: 'USD', balance: 0 },
		],
	},
];

export const DEFAULT_PERSONAL_USERS: PersonalUserSeed[] = [
	{
		accountNumber: '876543210',
		firstName: 'Ayşe',
		lastName: 'Kaya',
		nationalId: '12345678950',
		phoneCountryNumber: '90',
		phoneNumber: '5321234567',
		email: 'ayse.kaya@example.com',
		wallets: [{ number: '484863917', name: 'Cüzdanım', currency: 'TRY', balance: 250 }],
	},
	{
		accountNumber: '876543211',
		firstName: 'Mehmet',
		lastName: 'Demir',
		nationalId: '23456789012',
		phoneCountryNumber: '90',
		phoneNumber: '5559876543',
		email: 'mehmet.demir@example.com',
		wallets: [
			{ number: '484863918', name: 'TL Cüzdan', currency: 'TRY', balance: 0 },
			{ number: '484863919', name: 'Euro Cüzdan', currency: 'EUR', balance: 50 },
		],
	},
];

export const DEFAULT_IBANS: IbanSeed[] = [
	{ iban: 'TR220006221935787735797651', holderName: 'BURAK YILMAZ', nationalIdOrTaxNo: '10000000146' },
	{ iban: 'TR140006200012300001234567', holderName: 'AYŞE KAYA', nationalIdOrTaxNo: '12345678950' },
	{ iban: 'TR070004600098700007654321', holderName: 'DEMİR LOJİSTİK LTD ŞTİ', nationalIdOrTaxNo: '1234567890' },
];

export const DEFAULT_PAYOUT_FEE = 1.5;
