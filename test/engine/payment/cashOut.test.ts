import type { IDataObject } from 'n8n-workflow';

import { decryptedHash, operation, useSandbox } from './helpers';

describe('Cash Out › To Bank', () => {
	const context = useSandbox();
	const { sandbox } = context;
	const transfer = (extra: IDataObject = {}) => ({
		nameSurname: 'Burak Yilmaz',
		iban: 'TR22 0006 2219 3578 7735 7976 51',
		amount: 10.1,
		currency: 'TRY',
		gsmNumber: '+90 532 123 45 67',
		...extra,
	});
	const cashOut = async (transfers: IDataObject[]) =>
		await context.harness.runSipay({
			parameters: { ...operation('cashOut', 'toBank'), transfers: { transfer: transfers } },
		});

	it('sends every row with 2-decimal amounts and a hash Sipay accepts', async () => {
		const { items, error } = await cashOut([
			transfer({ bankName: 'Garanti', nationalId: '10000000146', description: 'Rent', uniqueId: 'PO-1' }),
			transfer({ nameSurname: 'Ayse Kaya', iban: 'TR140006200012300001234567', amount: 0.2, gsmNumber: '905551112233' }),
		]);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			status: 'accepted',
			transfers: 2,
			total: '10.30',
			message: 'Success',
			sipay: { statuscode: 100, description: 'Success', data: [] },
		});
		const [call] = sandbox.requestsTo('/ccpayment/api/cashout/tobank');
		expect(call.body).toMatchObject({
			cashout_type: 1,
			cashout_data: [
				{
					name_surname: 'Burak Yilmaz',
					iban: 'TR220006221935787735797651',
					amount: '10.10',
					currency: 'TRY',
					gsm_number: '905321234567',
					name_of_bank: 'Garanti',
					id_tc_kn: '10000000146',
					description: 'Rent',
					unique_id: 'PO-1',
				},
				{ name_surname: 'Ayse Kaya', amount: '0.20', gsm_number: '905551112233' },
			],
		});
		expect(decryptedHash(call.body.hash_key, sandbox)).toBe('10.30|TR220006221935787735797651|10.10|TRY|905321234567');
		expect(sandbox.payment.state.cashouts).toHaveLength(1);
	});

	it.each([
		[[], 'Transfers: add at least one transfer'],
		[[transfer({ iban: 'TR22000622193578773579765' })], 'Transfers line 1: IBAN must be a valid Turkish IBAN (TR + 24 digits), got "TR22000622193578773579765"'],
		[[transfer(), transfer({ iban: 'TR230006221935787735797651' })], 'Transfers line 2: IBAN must be a valid Turkish IBAN (TR + 24 digits), got "TR230006221935787735797651"'],
		[[transfer({ gsmNumber: '0532-12' })], 'Transfers line 1: GSM Number must be 10 to 15 digits with country code, e.g. 905321234567, got "0532-12"'],
		[[transfer({ amount: 0 })], 'Transfers line 1: Amount must be greater than 0'],
		[[transfer({ nameSurname: ' ' })], 'Transfers line 1: Name Surname is required'],
	])('refuses %j before sending anything', async (transfers, message) => {
		const { error } = await cashOut(transfers as IDataObject[]);
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toHaveLength(0);
	});
});
