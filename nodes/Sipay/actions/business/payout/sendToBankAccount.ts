import type { SipayOperation } from '../../types';
import { requiredString } from '../../../shared/params';
import { requiredIban, requiredNationalIdOrTaxNo } from '../inputs';
import { moneyFields, readMoneyRequest, sendMoney } from '../money';
import { numberOrNull, shapeOutput, text } from '../../../shared/output';

const PATH = '/v1/Transaction/SendMoneyToBankAccount';

export const sendToBankAccount: SipayOperation = {
	api: 'business',
	resource: 'payout',
	value: 'sendToBankAccount',
	name: 'Send To Bank Account',
	action: 'Send money to a bank account',
	description: 'Pay out from a business wallet to a Turkish IBAN; the bank\'s result comes later',
	movesMoney: true,
	fields: moneyFields([
		{
			displayName: 'Receiver Name',
			name: 'receiverName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Burak Yılmaz',
			description: 'First and last name or company title exactly as registered at the bank',
		},
		{
			displayName: 'Receiver IBAN',
			name: 'receiverIban',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. TR22 0006 2219 3578 7735 7976 51',
			description: 'Turkish IBAN: TR followed by 24 digits (spaces allowed)',
		},
		{
			displayName: 'Receiver ID or Tax Number',
			name: 'receiverNationalIdOrTaxNo',
			type: 'string',
			required: true,
			default: '',
			description: 'The 11-digit Turkish national ID of a person, or the 10-digit tax number of a company',
		},
	]),
	async execute(itemIndex) {
		const receiverName = requiredString(this, 'receiverName', itemIndex, 'Receiver Name', 'name').replace(/\s+/g, ' ');
		const receiverIban = requiredIban(this, 'receiverIban', itemIndex, 'Receiver IBAN');
		const receiverId = requiredNationalIdOrTaxNo(
			this,
			'receiverNationalIdOrTaxNo',
			itemIndex,
			'Receiver ID or Tax Number',
		);
		const request = readMoneyRequest(this, itemIndex, {
			receiver_account_holder_name: receiverName,
			receiver_iban: receiverIban,
			receiver_national_id_or_tax_no: receiverId,
		});
		const answer = await sendMoney(
			this,
			itemIndex,
			PATH,
			request,
			`To see the payout and its state, use Bank Payout › Get Payout with External Transaction ID "${request.extTransactionId}"`,
		);
		return shapeOutput(
			'payoutSent',
			{
				status: 'accepted',
				status_note:
					'Sipay accepted the payout; the bank result arrives by the Bank Transfer webhook or Bank Payout › Get Payout',
				ext_transaction_id: request.extTransactionId,
				transaction_id: text(answer.transaction_id),
				amount: request.amount,
				currency: request.body.currency_code,
				fee: numberOrNull(answer.transaction_fee_amount),
				sender_wallet_number: request.body.sender_wallet_number,
				receiver_iban: receiverIban,
				receiver_name: receiverName,
			},
			answer,
		);
	},
};
