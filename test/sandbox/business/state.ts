import { SipayError } from './envelope';
import { bankCode, bankName, fastIbanFor } from './iban';
import { toAmount, toMinor, type Minor } from './money';
import {
	DEFAULT_ACCOUNT,
	DEFAULT_IBANS,
	DEFAULT_OTHER_BUSINESSES,
	DEFAULT_PAYOUT_FEE,
	DEFAULT_PERSONAL_USERS,
	type BusinessWorldSeed,
	type IbanSeed,
	type OtherBusinessSeed,
	type OwnAccountSeed,
	type PersonalUserSeed,
	type WalletSeed,
} from './seed';

/** Everything the simulated Business API knows, rebuilt from the seed on reset. */

export interface Account {
	id: string;
	accountNumber: string;
	/** business-api.md §3: 1 personal, 2 business. */
	typeId: 1 | 2;
	/** Company title, or first + last name. */
	name: string;
	firstName: string;
	lastName: string;
	nationalId: string | null;
	taxNumber: string | null;
	phoneCountryCode: string | null;
	phoneNumber: string | null;
	email: string | null;
	own: boolean;
}

export interface Wallet {
	id: string;
	number: string;
	name: string;
	currency: string;
	accountNumber: string;
	/** Money received from other wallets (§11.1 `payment_balance`). */
	payment: Minor;
	/** Money loaded from banks (§11.1 `cash_balance`). */
	cash: Minor;
	fastIban: string | null;
	createdAt: number;
	isTopupDefault: boolean;
}

/** How a debit was taken from the two balances (§8.2 `*_balance_movement`). */
export interface Split {
	payment: Minor;
	cash: Minor;
}

/**
 * Transaction type codes (business-api.md §9.1; the official list is not published).
 * 1004 and 3004 are documented; 2002, 3005 and 3006 are the simulator's choice.
 */
export const TRANSACTION_TYPES = {
	topup: { id: 1004, name: 'Topup Bank Transfer | IsCashinTx = true' },
	payout: { id: 2002, name: 'Withdraw Send Money To Bank Account' },
	b2p: { id: 3004, name: 'B2P Send Money To Wallet' },
	b2b: { id: 3005, name: 'B2B Send Money To Wallet' },
	virement: { id: 3006, name: 'Transfer To Virement' },
} as const;

export type TransactionType = (typeof TRANSACTION_TYPES)[keyof typeof TRANSACTION_TYPES];

/** §9.3 `process_level_status_id`: 10 pending, 20 completed, 40 cancelled, 60 refunded. */
export type ProcessLevel = 10 | 20 | 40 | 60;

export interface TxRecord {
	id: string;
	type: TransactionType;
	from: Wallet | null;
	to: Wallet | null;
	amount: Minor;
	fee: Minor;
	currency: string;
	extTransactionId: string | null;
	description: string;
	additionalData: Record<string, unknown>;
	createdAt: number;
	updatedAt: number;
	completedAt: number | null;
	processLevel: ProcessLevel;
}

/** §9.2 / §11.2 `process_level_status`: 0 pending, 1 completed, 2 rejected, 3 failed. */
export type WithdrawStatus = 0 | 1 | 2 | 3;

/** A payout request; amount, fee, ext id, description and dates live on its record. */
export interface Withdrawal {
	id: string;
	record: TxRecord;
	wallet: Wallet;
	holderName: string;
	iban: string;
	nationalIdOrTaxNo: string;
	/** What was taken from each balance, given back when the payout does not go through. */
	debit: Split;
	status: WithdrawStatus;
	refunded: boolean;
	bankResponse: Record<string, unknown> | null;
}

/** The sender side of an incoming bank transfer. */
export interface BankTransfer {
	senderName: string;
	senderIban: string;
	receiptNo: string;
}

/** Where bank top-ups land when the wallet has no FAST IBAN of its own. */
const SIPAY_COLLECTION_IBAN = 'TR090006200000000829000001';

const OPENING_SENDER_IBAN = 'TR060006400045600009876543';

const ownAccount = (own: OwnAccountSeed): Account => ({
	id: own.id,
	accountNumber: own.accountNumber,
	typeId: 2,
	name: own.name,
	firstName: own.contactFirstName,
	lastName: own.contactLastName,
	nationalId: own.contactNationalId,
	taxNumber: own.taxNumber,
	phoneCountryCode: own.contactPhoneCountryCode,
	phoneNumber: own.contactPhoneNumber,
	email: own.contactEmail,
	own: true,
});

const businessAccount = (business: OtherBusinessSeed, id: string): Account => ({
	id,
	accountNumber: business.accountNumber,
	typeId: 2,
	name: business.name,
	firstName: business.name,
	lastName: '',
	nationalId: null,
	taxNumber: business.taxNumber,
	phoneCountryCode: null,
	phoneNumber: null,
	email: null,
	own: false,
});

const personalAccount = (user: PersonalUserSeed, id: string): Account => ({
	id,
	accountNumber: user.accountNumber,
	typeId: 1,
	name: `${user.firstName} ${user.lastName}`,
	firstName: user.firstName,
	lastName: user.lastName,
	nationalId: user.nationalId,
	taxNumber: null,
	phoneCountryCode: user.phoneCountryNumber,
	phoneNumber: user.phoneNumber,
	email: user.email,
	own: false,
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seeded balances arrive as bank top-ups this long ago (always before the current month). */
const OPENING_AGE_MS = 40 * DAY_MS;

export class BusinessState {
	readonly accounts = new Map<string, Account>();

	readonly wallets = new Map<string, Wallet>();

	readonly records: TxRecord[] = [];

	readonly withdrawals: Withdrawal[] = [];

	readonly ibans: IbanSeed[];

	readonly payoutFee: Minor;

	readonly ownSeed: OwnAccountSeed;

	webhookUrl: string | undefined;

	readonly usedExtIds = new Set<string>();

	readonly usedBankReceipts = new Set<string>();

	/** When the seeded accounts and wallets were opened. */
	readonly openedAt = Date.now() - OPENING_AGE_MS;

	private idCounter = 2508150000000000000n;

	private walletCounter = 5169484561;

	constructor(seed: BusinessWorldSeed = {}) {
		this.ownSeed = { ...DEFAULT_ACCOUNT, ...seed.account };
		this.ibans = seed.ibans ?? DEFAULT_IBANS;
		this.payoutFee = toMinor(seed.payoutFee ?? DEFAULT_PAYOUT_FEE);
		this.webhookUrl = seed.webhookUrl;
		const own = this.ownSeed;
		this.accounts.set(own.accountNumber, ownAccount(own));
		own.wallets.forEach((seedWallet, index) => {
			const wallet = this.addWallet(own.accountNumber, seedWallet, this.openedAt, index === 0);
			if (seedWallet.balance <= 0) return;
			const opening = { senderName: own.name, senderIban: OPENING_SENDER_IBAN, receiptNo: `ACILIS-${wallet.number}` };
			this.addTopup(wallet, toMinor(seedWallet.balance), 'Açılış bakiyesi', opening, this.openedAt);
		});
		for (const business of seed.otherBusinesses ?? DEFAULT_OTHER_BUSINESSES) {
			this.addHolder(businessAccount(business, this.nextId()), business.wallets);
		}
		for (const user of seed.personalUsers ?? DEFAULT_PERSONAL_USERS) {
			this.addHolder(personalAccount(user, this.nextId()), user.wallets);
		}
	}

	/** A fresh 19-digit id (business-api.md §2.4). */
	nextId(): string {
		this.idCounter += 1n;
		return this.idCounter.toString();
	}

	get own(): Account {
		return this.accounts.get(this.ownSeed.accountNumber)!;
	}

	get tenantId(): string {
		return this.ownSeed.tenantId;
	}

	ownerOf(wallet: Wallet): Account {
		return this.accounts.get(wallet.accountNumber)!;
	}

	ownWallets(): Wallet[] {
		return [...this.wallets.values()].filter((wallet) => wallet.accountNumber === this.own.accountNumber);
	}

	/** A wallet of the authenticated business, named with its account number; 300 otherwise. */
	ownWallet(accountNumber: string, walletNumber: string): Wallet {
		const wallet = this.wallets.get(walletNumber);
		if (accountNumber !== this.own.accountNumber || !wallet || wallet.accountNumber !== accountNumber) {
			throw new SipayError('300');
		}
		return wallet;
	}

	/** §2.5: an ext_transaction_id already accepted by a money-moving call → 301. */
	assertNewExtId(extTransactionId: string): void {
		if (this.usedExtIds.has(extTransactionId)) throw new SipayError('301');
	}

	balance(wallet: Wallet): Minor {
		return wallet.payment + wallet.cash;
	}

	/** Takes the payment balance first, then cash; 311 when the total is short. */
	debit(wallet: Wallet, amount: Minor): Split {
		if (this.balance(wallet) < amount) throw new SipayError('311');
		const payment = Math.min(wallet.payment, amount);
		const split = { payment, cash: amount - payment };
		wallet.payment -= split.payment;
		wallet.cash -= split.cash;
		return split;
	}

	credit(wallet: Wallet, split: Split): void {
		wallet.payment += split.payment;
		wallet.cash += split.cash;
	}

	addRecord(fields: Omit<TxRecord, 'id' | 'createdAt' | 'updatedAt' | 'completedAt'>, at = Date.now()): TxRecord {
		const record: TxRecord = {
			...fields,
			id: this.nextId(),
			createdAt: at,
			updatedAt: at,
			completedAt: fields.processLevel === 20 ? at : null,
		};
		this.records.push(record);
		if (record.extTransactionId) this.usedExtIds.add(record.extTransactionId);
		return record;
	}

	/** Records the business can see: failed and rejected payouts are not listed (§9.3). */
	visibleRecords(): TxRecord[] {
		return this.records.filter((record) => record.processLevel !== 40);
	}

	/**
	 * An incoming bank transfer credited to the cash balance (§10.3). `tx_additional_data_json`
	 * carries the bank's message; its `Description` is the reference the wallet was matched by.
	 */
	addTopup(wallet: Wallet, amount: Minor, description: string, bank: BankTransfer, at = Date.now()): TxRecord {
		wallet.cash += amount;
		this.usedBankReceipts.add(bank.receiptNo);
		const receiverIban = wallet.fastIban ?? SIPAY_COLLECTION_IBAN;
		return this.addRecord(
			{
				type: TRANSACTION_TYPES.topup,
				from: null,
				to: wallet,
				amount,
				fee: 0,
				currency: wallet.currency,
				extTransactionId: null,
				description,
				additionalData: {
					Message: {
						TenantId: Number(this.tenantId),
						TenantCode: 'SPYDM',
						SenderName: bank.senderName,
						SenderIban: bank.senderIban,
						ReceiverBankCode: bankCode(receiverIban),
						ReceiverBankName: bankName(receiverIban),
						ReceiverIban: receiverIban,
						Amount: toAmount(amount),
						CurrencyCode: wallet.currency,
						Description: description,
						TransactionType: 'FAST',
						RegexDefinitionResultData: description,
						BankTransactionDate: new Date(at).toISOString(),
						BankReceiptNo: bank.receiptNo,
					},
				},
				processLevel: 20,
			},
			at,
		);
	}

	createWallet(name: string, currency: string, useFastIban: boolean): Wallet {
		this.walletCounter += 1;
		return this.addWallet(this.own.accountNumber, {
			number: String(this.walletCounter),
			name,
			currency,
			balance: 0,
			useFastIban,
		}, Date.now(), false);
	}

	/** Another account holder; its balances are set as they are, without history. */
	private addHolder(account: Account, wallets: WalletSeed[]): void {
		this.accounts.set(account.accountNumber, account);
		wallets.forEach((seedWallet, index) => {
			this.addWallet(account.accountNumber, seedWallet, this.openedAt, index === 0).cash = toMinor(seedWallet.balance);
		});
	}

	private addWallet(accountNumber: string, seed: WalletSeed, createdAt: number, first: boolean): Wallet {
		const wallet: Wallet = {
			id: this.nextId(),
			number: seed.number,
			name: seed.name,
			currency: seed.currency,
			accountNumber,
			payment: 0,
			cash: 0,
			fastIban: seed.useFastIban ? fastIbanFor(seed.number) : null,
			createdAt,
			isTopupDefault: first,
		};
		this.wallets.set(wallet.number, wallet);
		return wallet;
	}
}
