/** Hints shown next to Sipay's own message for the codes a user can act on. */

export const PAYMENT_CODE_HINTS: Record<string, string> = {
	'1': 'A required field is missing or invalid; Sipay lists which',
	'3': 'This invoice ID is already being processed: wait, or use a new invoice ID',
	'13': 'The sum of item price × quantity must equal the total',
	'14': 'Merchant not found: check the Merchant Key in the credentials',
	'30': 'Invalid credentials: check App ID and App Secret',
	'31': 'Sipay has no transaction with this invoice ID',
	'33': 'Item quantities must be whole numbers',
	'49': 'Refund refused: more than the net amount, not refundable yet, or another refund within 30 s',
	'55': 'Recurring fields invalid: no installments, 2–121 payments, cycle D/M/Y, interval 1–99, and an existing recurring webhook key',
	'56': 'The sale webhook key is not configured in the Sipay merchant panel',
	'68': 'hash_key mismatch: check the Merchant Key and App Secret in the credentials',
	'69': 'The order is not processed yet: check again later',
	'87': 'Invalid card token or customer number',
	'90': 'Invalid hash_key: check the App Secret in the credentials',
	'104': 'The refund transaction ID was used before: use a new one',
	'110': 'Partial refunds are not allowed for this transaction',
	'117': 'This invoice ID was already processed: use a new invoice ID',
};

/** The Business API answers in Turkish; these are the documented meanings (business-api.md §3). */
export const BUSINESS_CODE_MEANINGS: Record<string, string> = {
	'300': 'Not found: no wallet, payout or transaction matches',
	'301': 'Duplicate ext_transaction_id: this transfer was already accepted; check its status instead of sending it again',
	'303': 'Sender and receiver wallet must be different',
	'306': 'IBAN and account holder name do not match',
	'310': 'Wallet limit insufficient for its KYC level',
	'311': 'Insufficient wallet balance',
	'360': 'Bank receipt number already used for a top-up',
	'361': 'KYC limit exceeded',
	'503': 'Recipient not verified: IBAN, name and national ID / tax number do not match the bank records',
};
