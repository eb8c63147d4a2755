import type { IDataObject } from 'n8n-workflow';

/**
 * Bad input as a careless user or a wrong expression produces it, per operation family. Each case is
 * a valid request with one thing wrong; the node must refuse it before sending anything, with an
 * error that names the field (`field`), repeats at most a little of the value and no card number.
 */

export type Family = 'payments' | 'refunds' | 'saved cards' | 'recurring' | 'cash-out' | 'transfers' | 'payouts' | 'lists';

export interface BadInput {
	family: Family;
	/** What is wrong, e.g. "an object for Invoice ID". */
	name: string;
	parameters: IDataObject;
	/** The label the error message must contain. */
	field: string;
}

const HUGE = 100_000;

/** The input item every case runs on: the values a wrong expression picks up. */
export const ITEM: IDataObject = {
	order: { id: 'ORDER-1', total: 10 },
	lines: ['Book', 'Pen'],
	yes: true,
	huge: 'x'.repeat(HUGE),
	hugeNumber: '7'.repeat(HUGE),
	twoLines: 'INV-1\nINV-2',
	card: '4508034508034509',
	long: 'A'.repeat(65),
	unsafe: 12345678901234567890,
};

/** Expressions that evaluate to the wrong thing. */
export const WRONG = {
	object: '={{ $json.order }}',
	list: '={{ $json.lines }}',
	boolean: '={{ $json.yes }}',
	huge: '={{ $json.huge }}',
	hugeNumber: '={{ $json.hugeNumber }}',
	twoLines: '={{ $json.twoLines }}',
	empty: '={{ $json.missing ?? "" }}',
	nothing: '={{ $json.missing }}',
	long: '={{ $json.long }}',
	card: '={{ $json.card }}',
	unsafeNumber: '={{ $json.unsafe }}',
} as const;

type Change = [name: string, change: IDataObject, field: string];

function family(name: Family, base: IDataObject, changes: Change[]): BadInput[] {
	return changes.map(([what, change, field]) => ({ family: name, name: what, parameters: { ...base, ...change }, field }));
}

const VISA = { cardHolderName: 'Ayse Yilmaz', cardNumber: '4508034508034509', expiryMonth: '12', expiryYear: '2030', cvv: '000' };

const pay = {
	api: 'payment',
	resource: 'payment',
	operation: 'pay',
	invoiceId: 'INV-BAD-1',
	amount: 10,
	currency: 'TRY',
	installments: 1,
	invoiceDescription: 'Order',
	...VISA,
	buyerName: 'Ayse',
	buyerSurname: 'Yilmaz',
	customerIp: '88.255.1.10',
};

const payThreeD = {
	...pay,
	operation: 'payThreeD',
	returnUrl: 'https://shop.example/return',
	cancelUrl: 'https://shop.example/cancel',
};

const payments = [
	...family('payments', pay, [
		['an object for Invoice ID', { invoiceId: WRONG.object }, 'Invoice ID'],
		['a list for Invoice ID', { invoiceId: WRONG.list }, 'Invoice ID'],
		['100 KB for Invoice ID', { invoiceId: WRONG.huge }, 'Invoice ID'],
		['65 characters for Invoice ID', { invoiceId: WRONG.long }, 'Invoice ID'],
		['a line break in Invoice ID', { invoiceId: WRONG.twoLines }, 'Invoice ID'],
		['an empty expression for Invoice ID', { invoiceId: WRONG.empty }, 'Invoice ID'],
		['an object for Amount', { amount: WRONG.object }, 'Amount'],
		['100 KB of digits for Amount', { amount: WRONG.hugeNumber }, 'Amount'],
		['a decimal comma in Amount', { amount: '10,50' }, 'Amount'],
		['a negative Amount', { amount: -10 }, 'Amount'],
		['an object for Currency', { currency: WRONG.object }, 'Currency'],
		['TL for Currency', { currency: 'TL' }, 'Currency'],
		['a Luhn-invalid card number', { cardNumber: '4508034508034500' }, 'Card Number'],
		['a card number with letters', { cardNumber: '4508 0345 0803 450X' }, 'Card Number'],
		['an object for Card Number', { cardNumber: WRONG.object }, 'Card Number'],
		['100 KB for Card Number', { cardNumber: WRONG.huge }, 'Card Number'],
		['an expiry year of 2019', { expiryYear: '2019' }, 'Expiry'],
		['an expiry year of 2001', { expiryYear: '2001' }, 'Expiry'],
		['month 13', { expiryMonth: '13' }, 'Expiry Month'],
		['month 0', { expiryMonth: '0' }, 'Expiry Month'],
		['a two-digit year', { expiryYear: '26' }, 'Expiry Year'],
		['a year 80 years ahead', { expiryYear: '2106' }, 'Expiry Year'],
		['letters in the CVV', { cvv: 'abc' }, 'CVV'],
		['five digits of CVV', { cvv: '00000' }, 'CVV'],
		['an object for CVV', { cvv: WRONG.object }, 'CVV'],
		['an object for Card Holder Name', { cardHolderName: WRONG.object }, 'Card Holder Name'],
		['100 KB for Buyer First Name', { buyerName: WRONG.huge }, 'Buyer First Name'],
		['a card number for Buyer Last Name', { buyerSurname: WRONG.card }, 'Buyer Last Name'],
		['no Customer IP from an expression', { customerIp: WRONG.empty }, 'Customer IP'],
		['a host name for Customer IP', { customerIp: 'localhost' }, 'Customer IP'],
		['999.1.1.1 for Customer IP', { customerIp: '999.1.1.1' }, 'Customer IP'],
		['an object for Invoice Description', { invoiceDescription: WRONG.object }, 'Invoice Description'],
		['100 KB for Invoice Description', { invoiceDescription: WRONG.huge }, 'Invoice Description'],
		['a fractional Installments', { installments: 2.5 }, 'Installments'],
		['an object for an item name', { items: { item: [{ name: WRONG.object, price: 10, quantity: 1 }] } }, 'Items line 1: Name'],
		['items that do not add up', { items: { item: [{ name: 'Book', price: 9, quantity: 1 }] } }, 'Items'],
		['100 KB of Metadata', { additionalFields: { metadata: WRONG.huge } }, 'Metadata'],
		['an object for Billing Email', { additionalFields: { billEmail: WRONG.object } }, 'Billing Email'],
		['a line break in Sale Webhook Key', { additionalFields: { saleWebhookKey: WRONG.twoLines } }, 'Sale Webhook Key'],
	]),
	...family('payments', payThreeD, [
		['no Return URL from an expression', { returnUrl: WRONG.empty }, 'Return URL'],
		['a Return URL without http(s)', { returnUrl: 'shop.example/return' }, 'Return URL'],
		['an object for Cancel URL', { cancelUrl: WRONG.object }, 'Cancel URL'],
	]),
];

const refund = { api: 'payment', resource: 'payment', operation: 'refund', invoiceId: 'INV-BAD-1', amount: 5 };

const refunds = family('refunds', refund, [
	['an object for Invoice ID', { invoiceId: WRONG.object }, 'Invoice ID'],
	['a list for Invoice ID', { invoiceId: WRONG.list }, 'Invoice ID'],
	['true for Invoice ID', { invoiceId: WRONG.boolean }, 'Invoice ID'],
	['100 KB for Invoice ID', { invoiceId: WRONG.huge }, 'Invoice ID'],
	['65 characters for Invoice ID', { invoiceId: WRONG.long }, 'Invoice ID'],
	['a line break in Invoice ID', { invoiceId: WRONG.twoLines }, 'Invoice ID'],
	['no Invoice ID from an expression', { invoiceId: WRONG.nothing }, 'Invoice ID'],
	['an object for Amount', { amount: WRONG.object }, 'Amount'],
	['a list for Amount', { amount: WRONG.list }, 'Amount'],
	['a zero Amount', { amount: 0 }, 'Amount'],
	['a negative Amount', { amount: -5 }, 'Amount'],
	['three decimals in Amount', { amount: 5.125 }, 'Amount'],
	['a decimal comma in Amount', { amount: '5,00' }, 'Amount'],
	['100 KB of digits for Amount', { amount: WRONG.hugeNumber }, 'Amount'],
	['words for Amount', { amount: 'five' }, 'Amount'],
	['an object for Refund Transaction ID', { refundTransactionId: WRONG.object }, 'Refund Transaction ID'],
	['100 KB for Refund Transaction ID', { refundTransactionId: WRONG.huge }, 'Refund Transaction ID'],
	['65 characters for Refund Transaction ID', { refundTransactionId: WRONG.long }, 'Refund Transaction ID'],
	['a line break in Refund Transaction ID', { refundTransactionId: WRONG.twoLines }, 'Refund Transaction ID'],
	['a too large number for Refund Transaction ID', { refundTransactionId: WRONG.unsafeNumber }, 'Refund Transaction ID'],
	['an object for Refund Webhook Key', { additionalFields: { refundWebhookKey: WRONG.object } }, 'Refund Webhook Key'],
	['100 KB for Refund Webhook Key', { additionalFields: { refundWebhookKey: WRONG.huge } }, 'Refund Webhook Key'],
]);

const saveCard = { api: 'payment', resource: 'savedCard', operation: 'save', customerNumber: 'CUST-1', cardHolderName: 'Ayse Yilmaz', cardNumber: VISA.cardNumber, expiryMonth: '12', expiryYear: '2030' };
const payWithToken = {
	...pay,
	resource: 'savedCard',
	cardToken: 'a4f8173943bfddd48967c18b3b6b850f',
	customerNumber: 'CUST-1',
	customerName: 'Ayse Yilmaz',
	customerEmail: 'ayse@example.com',
	customerPhone: '905321234567',
};
const updateCard = { api: 'payment', resource: 'savedCard', operation: 'update', customerNumber: 'CUST-1', cardToken: 'a4f8173943bfddd48967c18b3b6b850f', expiryMonth: '12', expiryYear: '2030' };
const deleteCard = { api: 'payment', resource: 'savedCard', operation: 'delete', customerNumber: 'CUST-1', cardToken: 'a4f8173943bfddd48967c18b3b6b850f' };

const savedCards = [
	...family('saved cards', saveCard, [
		['an object for Customer Number', { customerNumber: WRONG.object }, 'Customer Number'],
		['100 KB for Customer Number', { customerNumber: WRONG.huge }, 'Customer Number'],
		['65 characters for Customer Number', { customerNumber: WRONG.long }, 'Customer Number'],
		['a line break in Customer Number', { customerNumber: WRONG.twoLines }, 'Customer Number'],
		['no Customer Number from an expression', { customerNumber: WRONG.empty }, 'Customer Number'],
		['an object for Card Holder Name', { cardHolderName: WRONG.object }, 'Card Holder Name'],
		['100 KB for Card Holder Name', { cardHolderName: WRONG.huge }, 'Card Holder Name'],
		['a Luhn-invalid card number', { cardNumber: '5406675406675400' }, 'Card Number'],
		['an 11-digit card number', { cardNumber: '45080345080' }, 'Card Number'],
		['a list for Card Number', { cardNumber: WRONG.list }, 'Card Number'],
		['an expiry year of 2019', { expiryYear: '2019' }, 'Expiry'],
		['an expiry year of 2001', { expiryYear: '2001' }, 'Expiry'],
		['month 13', { expiryMonth: '13' }, 'Expiry Month'],
		['an object for Expiry Month', { expiryMonth: WRONG.object }, 'Expiry Month'],
		['an invalid Customer Email', { additionalFields: { customerEmail: 'ayse-at-example' } }, 'Customer Email'],
		['an object for Customer Phone', { additionalFields: { customerPhone: WRONG.object } }, 'Customer Phone'],
	]),
	...family('saved cards', updateCard, [
		['an expiry in the past', { expiryYear: '2020' }, 'Expiry'],
		['an object for Card Token', { cardToken: WRONG.object }, 'Card Token'],
		['100 KB for Card Token', { cardToken: WRONG.huge }, 'Card Token'],
	]),
	...family('saved cards', deleteCard, [
		['a list for Customer Number', { customerNumber: WRONG.list }, 'Customer Number'],
		['a line break in Card Token', { cardToken: WRONG.twoLines }, 'Card Token'],
	]),
	...family('saved cards', payWithToken, [
		['an object for Card Token', { cardToken: WRONG.object }, 'Card Token'],
		['an invalid Customer Email', { customerEmail: 'ayse@' }, 'Customer Email'],
		['100 KB for Customer Name', { customerName: WRONG.huge }, 'Customer Name'],
		['no Customer IP from an expression', { customerIp: WRONG.nothing }, 'Customer IP'],
		['an object for Customer Phone', { customerPhone: WRONG.object }, 'Customer Phone'],
	]),
];

const plan = (operation: string) => ({ api: 'payment', resource: 'recurring', operation, planCode: '162668699215UOjS' });
const recurringPay = { ...pay, recurring: true, recurringPaymentNumber: 12, recurringCycle: 'M', recurringInterval: 1, recurringWebhookKey: 'monthly' };

const recurring = [
	...family('recurring', plan('get'), [
		['an object for Plan Code', { planCode: WRONG.object }, 'Plan Code'],
		['100 KB for Plan Code', { planCode: WRONG.huge }, 'Plan Code'],
		['no Plan Code from an expression', { planCode: WRONG.empty }, 'Plan Code'],
		['recurring number 0', { recurringNumber: 0 }, 'Recurring Number'],
		['words for Recurring Number', { recurringNumber: 'first' }, 'Recurring Number'],
	]),
	...family('recurring', plan('update'), [
		['a line break in Plan Code', { planCode: WRONG.twoLines }, 'Plan Code'],
		['a negative new Amount', { updateFields: { amount: -1 } }, 'Amount'],
		['an object for the new Amount', { updateFields: { amount: WRONG.object } }, 'Amount'],
		['200 payments', { updateFields: { paymentNumber: 200 } }, 'Number of Payments'],
		['1 payment', { updateFields: { paymentNumber: 1 } }, 'Number of Payments'],
		['PAUSED for Status', { updateFields: { status: 'PAUSED' } }, 'Status'],
		['an object for Status', { updateFields: { status: WRONG.object } }, 'Status'],
		['nothing to update', { updateFields: {} }, 'Update Fields'],
	]),
	...family('recurring', plan('cancel'), [
		['a list for Plan Code', { planCode: WRONG.list }, 'Plan Code'],
		['65 characters for Plan Code', { planCode: WRONG.long }, 'Plan Code'],
	]),
	...family('recurring', plan('checkProcess'), [['true for Plan Code', { planCode: WRONG.boolean }, 'Plan Code']]),
	...family('recurring', recurringPay, [
		['1 payment in a new plan', { recurringPaymentNumber: 1 }, 'Number of Payments'],
		['interval 100', { recurringInterval: 100 }, 'Interval'],
		['cycle W', { recurringCycle: 'W' }, 'Cycle'],
		['an object for Recurring Webhook Key', { recurringWebhookKey: WRONG.object }, 'Recurring Webhook Key'],
		['installments on a recurring payment', { installments: 3 }, 'Installments'],
	]),
];

const row = { nameSurname: 'Burak Yilmaz', iban: 'TR220006221935787735797651', amount: 12, currency: 'TRY', gsmNumber: '905321234567' };
const cashOutWith = (change: IDataObject) => ({ transfers: { transfer: [{ ...row, ...change }] } });
const cashOut = { api: 'payment', resource: 'cashOut', operation: 'toBank', ...cashOutWith({}) };

const cashOuts = family('cash-out', cashOut, [
	['no transfers', { transfers: {} }, 'Transfers'],
	['an object for Name Surname', cashOutWith({ nameSurname: WRONG.object }), 'Name Surname'],
	['100 KB for Name Surname', cashOutWith({ nameSurname: WRONG.huge }), 'Name Surname'],
	['no Name Surname from an expression', cashOutWith({ nameSurname: WRONG.empty }), 'Name Surname'],
	['a wrong IBAN check digit', cashOutWith({ iban: 'TR230006221935787735797651' }), 'IBAN'],
	['a German IBAN', cashOutWith({ iban: 'DE89370400440532013000' }), 'IBAN'],
	['an object for IBAN', cashOutWith({ iban: WRONG.object }), 'IBAN'],
	['100 KB for IBAN', cashOutWith({ iban: WRONG.huge }), 'IBAN'],
	['a negative Amount', cashOutWith({ amount: -12 }), 'Amount'],
	['a zero Amount', cashOutWith({ amount: 0 }), 'Amount'],
	['an object for Amount', cashOutWith({ amount: WRONG.object }), 'Amount'],
	['three decimals in Amount', cashOutWith({ amount: 1.005 }), 'Amount'],
	['TL for Currency', cashOutWith({ currency: 'TL' }), 'Currency'],
	['an object for Currency', cashOutWith({ currency: WRONG.object }), 'Currency'],
	['a short GSM Number', cashOutWith({ gsmNumber: '0532' }), 'GSM Number'],
	['an object for GSM Number', cashOutWith({ gsmNumber: WRONG.object }), 'GSM Number'],
	['100 KB for Bank Name', cashOutWith({ bankName: WRONG.huge }), 'Bank Name'],
	['a list for National ID', cashOutWith({ nationalId: WRONG.list }), 'National ID'],
	['a line break in Description', cashOutWith({ description: WRONG.twoLines }), 'Description'],
	['an object for Unique ID', cashOutWith({ uniqueId: WRONG.object }), 'Unique ID'],
	['65 characters for Unique ID', cashOutWith({ uniqueId: WRONG.long }), 'Unique ID'],
]);

const sender = { senderAccountNumber: '1122334455', senderWalletNumber: '754938444', amount: 25, currency: 'TRY' };
const toPersonal = { api: 'business', resource: 'transfer', operation: 'toPersonalWallet', ...sender, receiverWalletNumber: '484863917' };

const transfers = [
	...family('transfers', toPersonal, [
		['an object for Sender Account Number', { senderAccountNumber: WRONG.object }, 'Sender Account Number'],
		['100 KB for Sender Account Number', { senderAccountNumber: WRONG.huge }, 'Sender Account Number'],
		['a list for Sender Wallet Number', { senderWalletNumber: WRONG.list }, 'Sender Wallet Number'],
		['no Sender Wallet Number from an expression', { senderWalletNumber: WRONG.empty }, 'Sender Wallet Number'],
		['an object for Receiver Wallet Number', { receiverWalletNumber: WRONG.object }, 'Receiver Wallet Number'],
		['a line break in Receiver Wallet Number', { receiverWalletNumber: WRONG.twoLines }, 'Receiver Wallet Number'],
		['an object for Amount', { amount: WRONG.object }, 'Amount'],
		['a negative Amount', { amount: -25 }, 'Amount'],
		['a zero Amount', { amount: 0 }, 'Amount'],
		['three decimals in Amount', { amount: 1.234 }, 'Amount'],
		['100 KB of digits for Amount', { amount: WRONG.hugeNumber }, 'Amount'],
		['TL for Currency', { currency: 'TL' }, 'Currency'],
		['an object for Currency', { currency: WRONG.object }, 'Currency'],
		['an object for External Transaction ID', { extTransactionId: WRONG.object }, 'External Transaction ID'],
		['100 KB for External Transaction ID', { extTransactionId: WRONG.huge }, 'External Transaction ID'],
		['65 characters for External Transaction ID', { extTransactionId: WRONG.long }, 'External Transaction ID'],
		['a line break in External Transaction ID', { extTransactionId: WRONG.twoLines }, 'External Transaction ID'],
		['true for External Transaction ID', { extTransactionId: WRONG.boolean }, 'External Transaction ID'],
		['100 KB of Description', { additionalFields: { description: WRONG.huge } }, 'Description'],
		['an object for Description', { additionalFields: { description: WRONG.object } }, 'Description'],
		['Additional Body Fields that are not JSON', { additionalFields: { additionalBodyFields: '{amount: 1' } }, 'Additional Body Fields'],
		['Additional Body Fields that replace the amount', { additionalFields: { additionalBodyFields: '{"amount": 2500}' } }, 'Additional Body Fields'],
	]),
	...family('transfers', { ...toPersonal, operation: 'toBusinessWallet', receiverWalletNumber: '864200001' }, [
		['100 KB for Receiver Wallet Number', { receiverWalletNumber: WRONG.huge }, 'Receiver Wallet Number'],
	]),
	...family('transfers', { ...toPersonal, operation: 'betweenOwnWallets', receiverWalletNumber: '754938447' }, [
		['a list for Receiver Wallet Number', { receiverWalletNumber: WRONG.list }, 'Receiver Wallet Number'],
	]),
];

const sendToBank = {
	api: 'business',
	resource: 'payout',
	operation: 'sendToBankAccount',
	...sender,
	receiverName: 'BURAK YILMAZ',
	receiverIban: 'TR220006221935787735797651',
	receiverNationalIdOrTaxNo: '10000000146',
};

const payouts = [
	...family('payouts', sendToBank, [
		['an object for Receiver Name', { receiverName: WRONG.object }, 'Receiver Name'],
		['100 KB for Receiver Name', { receiverName: WRONG.huge }, 'Receiver Name'],
		['no Receiver Name from an expression', { receiverName: WRONG.empty }, 'Receiver Name'],
		['a line break in Receiver Name', { receiverName: WRONG.twoLines }, 'Receiver Name'],
		['a wrong IBAN check digit', { receiverIban: 'TR230006221935787735797651' }, 'Receiver IBAN'],
		['an IBAN of 25 digits', { receiverIban: 'TR2200062219357877357976510' }, 'Receiver IBAN'],
		['an object for Receiver IBAN', { receiverIban: WRONG.object }, 'Receiver IBAN'],
		['100 KB for Receiver IBAN', { receiverIban: WRONG.huge }, 'Receiver IBAN'],
		['a 9-digit national ID', { receiverNationalIdOrTaxNo: '123456789' }, 'Receiver ID or Tax Number'],
		['a list for national ID', { receiverNationalIdOrTaxNo: WRONG.list }, 'Receiver ID or Tax Number'],
		['a card number for national ID', { receiverNationalIdOrTaxNo: WRONG.card }, 'Receiver ID or Tax Number'],
		['an object for Amount', { amount: WRONG.object }, 'Amount'],
		['a negative Amount', { amount: -1 }, 'Amount'],
		['a decimal comma in Amount', { amount: '40,00' }, 'Amount'],
		['an object for Sender Wallet Number', { senderWalletNumber: WRONG.object }, 'Sender Wallet Number'],
		['an object for External Transaction ID', { extTransactionId: WRONG.object }, 'External Transaction ID'],
		['100 KB for External Transaction ID', { extTransactionId: WRONG.huge }, 'External Transaction ID'],
		['a line break in External Transaction ID', { extTransactionId: WRONG.twoLines }, 'External Transaction ID'],
		['100 KB of Description', { additionalFields: { description: WRONG.huge } }, 'Description'],
	]),
	...family('payouts', { api: 'business', resource: 'payout', operation: 'getPayout', extTransactionId: 'PAYOUT-1' }, [
		['an object for External Transaction ID', { extTransactionId: WRONG.object }, 'External Transaction ID'],
		['100 KB for External Transaction ID', { extTransactionId: WRONG.huge }, 'External Transaction ID'],
		['no External Transaction ID from an expression', { extTransactionId: WRONG.empty }, 'External Transaction ID'],
	]),
];

const wallets = { api: 'business', resource: 'wallet', operation: 'getMany', returnAll: false, limit: 10 };
const records = { api: 'business', resource: 'transactionData', operation: 'getManyTransactions', returnAll: false, limit: 10 };
const payoutList = { api: 'business', resource: 'payout', operation: 'getManyPayouts', tenantId: '1', returnAll: false, limit: 10 };

const lists = [
	...family('lists', wallets, [
		['Limit 0', { limit: 0 }, 'Limit'],
		['a negative Limit', { limit: -5 }, 'Limit'],
		['an object for Limit', { limit: WRONG.object }, 'Limit'],
		['words for Limit', { limit: 'all' }, 'Limit'],
		['a fractional Limit', { limit: 2.5 }, 'Limit'],
		['Page Size 0', { options: { pageSize: 0 } }, 'Page Size'],
		['an object for Page Size', { options: { pageSize: WRONG.object } }, 'Page Size'],
		['SQL for Order Column', { options: { orderColumn: 'Id; DROP TABLE wallets' } }, 'Order Column'],
		['100 KB for Order Column', { options: { orderColumn: WRONG.huge } }, 'Order Column'],
		['up for Order Direction', { options: { orderBy: 'up' } }, 'Order Direction'],
		['an object for a Name filter', { filters: { name: WRONG.object } }, 'Filters › Name'],
		['100 KB for a Wallet Number filter', { filters: { walletNumber: WRONG.huge } }, 'Filters › Wallet Number'],
		['yesterday for Created After', { filters: { startDate: 'yesterday' } }, 'Filters › Created After'],
		['a dollar sign currency', { filters: { currency: '$' } }, 'Filters › Currency'],
		['words in Access Level Status IDs', { filters: { accessLevelStatusIds: 'active, passive' } }, 'Filters › Access Level Status IDs'],
		['a created range that ends before it starts', { filters: { startDate: '2026-02-01', endDate: '2026-01-01' } }, 'Filters › Created Before'],
		['yes for Return All', { returnAll: 'yes' }, 'Return All'],
	]),
	...family('lists', records, [
		['31/12/2025 for Start Date', { startDate: '31/12/2025' }, 'Start Date'],
		['an object for Start Date', { startDate: WRONG.object }, 'Start Date'],
		['letters in Transaction Type Codes', { filters: { transactionTypeCodeList: '3004, B2P' } }, 'Filters › Transaction Type Codes'],
		['a line break in External Transaction ID', { filters: { extTransactionId: WRONG.twoLines } }, 'Filters › External Transaction ID'],
		['letters in Transaction ID', { filters: { transactionId: 'abc' } }, 'Filters › Transaction ID'],
		['dollar in Currencies', { filters: { currencies: 'TRY, dollar' } }, 'Filters › Currencies'],
	]),
	...family('lists', payoutList, [
		['letters for Tenant ID', { tenantId: 'abc' }, 'Tenant ID'],
		['an object for Tenant ID', { tenantId: WRONG.object }, 'Tenant ID'],
		['100 KB for an IBAN filter', { filters: { iban: WRONG.huge } }, 'Filters › IBAN'],
	]),
];

export const BAD_INPUTS: BadInput[] = [
	...payments,
	...refunds,
	...savedCards,
	...recurring,
	...cashOuts,
	...transfers,
	...payouts,
	...lists,
];
