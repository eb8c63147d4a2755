import type { IDataObject } from 'n8n-workflow';

import { loadOptions, parameterOf, searchList } from '../harness/pickers';
import { useSimulator } from '../harness/simulator';
import { SHOPPER_IP, VISA } from './payment/helpers';

/**
 * The lists the editor loads from Sipay (resource locators and options), opened through n8n-core's
 * LoadOptionsContext as the n8n server does, against the simulator; then the picked values run.
 */

const MASTERCARD = { cardNumber: '5406675406675403', expiryMonth: '12', expiryYear: '2030' };

describe('Pickers', () => {
	const context = useSimulator();
	const { sandbox } = context;
	const payment = (resource: string, operation: string, extra: IDataObject = {}) => ({ api: 'payment', resource, operation, ...extra });
	const business = (resource: string, operation: string, extra: IDataObject = {}) => ({ api: 'business', resource, operation, ...extra });
	const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

	const saveCard = async (customerNumber: string, holder: string, card: IDataObject) => {
		const { items, error } = await context.harness.runSipay({
			parameters: payment('savedCard', 'save', { customerNumber, cardHolderName: holder, ...card, additionalFields: { customerName: holder } }),
		});
		expect(error).toBeUndefined();
		return String(items[0].json.card_token);
	};

	describe('saved card', () => {
		it('is a resource locator on every operation that takes a card token', () => {
			for (const operation of ['update', 'delete', 'pay', 'payThreeD']) {
				const field = parameterOf('payment', 'savedCard', operation, 'cardToken');
				expect(field).toMatchObject({
					displayName: 'Card Token',
					type: 'resourceLocator',
					default: { mode: 'list', value: '' },
					typeOptions: { loadOptionsDependsOn: ['customerNumber'] },
				});
				expect(field?.modes?.map((mode) => [mode.name, mode.displayName, mode.typeOptions?.searchListMethod])).toEqual([
					['list', 'From List', 'searchSavedCards'],
					['id', 'By Token', undefined],
				]);
			}
		});

		it("lists the customer's cards by masked number, holder and bank, valued by token", async () => {
			const visa = await saveCard('CUST001', 'Ayse Yilmaz', VISA);
			const mastercard = await saveCard('CUST001', 'Ayse Yilmaz', MASTERCARD);
			await saveCard('CUST002', 'Burak Kaya', VISA);

			const list = await searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'pay', { customerNumber: 'CUST001' }));
			expect(list.paginationToken).toBeUndefined();
			expect(list.results).toEqual([
				{ name: '450803****4509 · Ayse Yilmaz · T. IS BANKASI A.S.', value: visa },
				{ name: '540667****5403 · Ayse Yilmaz · YAPI VE KREDI BANKASI A.S.', value: mastercard },
			]);
			const [call] = sandbox.requestsTo('/ccpayment/api/getCardTokens');
			expect(call.query).toMatchObject({ customer_number: 'CUST001' });
			expect(JSON.stringify(call)).not.toContain(VISA.cardNumber);
		});

		it('narrows the list to what the user types', async () => {
			await saveCard('CUST001', 'Ayse Yilmaz', VISA);
			const mastercard = await saveCard('CUST001', 'Ayse Yilmaz', MASTERCARD);
			const list = await searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'delete', { customerNumber: 'CUST001' }), {
				filter: 'yapi',
			});
			expect(list.results.map((entry) => entry.value)).toEqual([mastercard]);
		});

		it('asks for the customer number first, and for a fixed one', async () => {
			await expect(searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'pay'))).rejects.toThrow(
				'Enter the Customer Number first to list the saved cards of that customer',
			);
			await expect(
				searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'pay', { customerNumber: '={{ $json.customer }}' })),
			).rejects.toThrow('Customer Number is an expression');
			expect(sandbox.requestsTo('/ccpayment/api/getCardTokens')).toHaveLength(0);
		});

		it('says when the credential is refused', async () => {
			context.harness.credentials.set('sipayPaymentApi', { ...sandbox.paymentCredentials(), appSecret: 'wrong-secret' });
			const failure = searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'pay', { customerNumber: 'CUST001' }));
			await expect(failure).rejects.toThrow(/^Sipay Payment API error/);
			await expect(failure).rejects.toMatchObject({ description: expect.stringContaining('Check App ID and App Secret') });
			await expect(failure).rejects.not.toThrow('wrong-secret');
		});

		it('pays with a picked card, a typed token, an expression and a plain string saved before', async () => {
			const token = await saveCard('CUST001', 'Ayse Yilmaz', VISA);
			const charge = (cardToken: IDataObject | string, invoiceId: string, items?: IDataObject[]) =>
				context.harness.runSipay({
					items,
					parameters: payment('savedCard', 'pay', {
						customerNumber: 'CUST001',
						cardToken,
						customerName: 'Ayse Yilmaz',
						customerEmail: 'ayse@example.com',
						customerPhone: '905321234567',
						customerIp: SHOPPER_IP,
						invoiceId,
						amount: 12,
						currency: 'TRY',
						invoiceDescription: 'Subscription box',
					}),
				});
			const runs = [
				await charge(picked(token), 'PICK-1'),
				await charge(picked(token, 'id'), 'PICK-2'),
				await charge(picked('={{ $json.token }}', 'id'), 'PICK-3', [{ token }]),
				await charge(token, 'PICK-4'),
			];
			for (const run of runs) {
				expect(run.error).toBeUndefined();
				expect(run.items[0].json).toMatchObject({ approved: true });
			}
			expect(sandbox.requestsTo('/ccpayment/api/payByCardTokenNonSecure').map((call) => call.body.card_token)).toEqual([token, token, token, token]);
		});

		it('refuses an empty pick before sending anything', async () => {
			// n8n itself stops the workflow: a required locator without a value fails n8n's parameter check.
			await expect(
				context.harness.runSipay({ parameters: payment('savedCard', 'delete', { customerNumber: 'CUST001', cardToken: picked('') }) }),
			).rejects.toThrow('Parameter "Card Token" is required.');
			// An expression that gives nothing is caught by the node.
			const { error } = await context.harness.runSipay({
				items: [{}],
				parameters: payment('savedCard', 'delete', { customerNumber: 'CUST001', cardToken: picked('={{ $json.token }}', 'id') }),
			});
			expect(error?.message).toBe('Card Token is required');
			expect(sandbox.requestsTo('/ccpayment/api/deleteCard')).toHaveLength(0);
		});
	});

	describe('business wallet', () => {
		const wallets = (parameters: IDataObject, request = {}) =>
			searchList(context.harness, 'searchWallets', 'senderWalletNumber', parameters, request);

		it('is a resource locator for sender wallets, the receiver of own-wallet transfers and Get Wallet', () => {
			const fields = [
				parameterOf('business', 'transfer', 'toPersonalWallet', 'senderWalletNumber'),
				parameterOf('business', 'transfer', 'toBusinessWallet', 'senderWalletNumber'),
				parameterOf('business', 'transfer', 'betweenOwnWallets', 'senderWalletNumber'),
				parameterOf('business', 'transfer', 'betweenOwnWallets', 'receiverWalletNumber'),
				parameterOf('business', 'payout', 'sendToBankAccount', 'senderWalletNumber'),
				parameterOf('business', 'wallet', 'get', 'walletNumber'),
			];
			for (const field of fields) {
				expect(field?.type).toBe('resourceLocator');
				expect(field?.modes?.map((mode) => [mode.name, mode.displayName, mode.typeOptions?.searchListMethod, mode.typeOptions?.searchable])).toEqual([
					['list', 'From List', 'searchWallets', true],
					['id', 'By Number', undefined, undefined],
				]);
			}
			// Another person's or business's wallet is not in the list of your own: typed as before.
			expect(parameterOf('business', 'transfer', 'toPersonalWallet', 'receiverWalletNumber')?.type).toBe('string');
			expect(parameterOf('business', 'transfer', 'toBusinessWallet', 'receiverWalletNumber')?.type).toBe('string');
		});

		it('lists the wallets by name, number and balance, valued by number', async () => {
			const list = await wallets(business('wallet', 'get'));
			expect(list).toEqual({
				results: [
					{ name: 'Ana Cüzdan · 754938444 · 10000.00 TRY', value: '754938444' },
					{ name: 'Masraf Cüzdanı · 754938447 · 0.00 TRY', value: '754938447' },
					{ name: 'USD Cüzdan · 754938445 · 1000.00 USD', value: '754938445' },
					{ name: 'EUR Cüzdan · 754938446 · 500.00 EUR', value: '754938446' },
				],
			});
		});

		it('searches by name or by wallet number', async () => {
			expect((await wallets(business('wallet', 'get'), { filter: 'usd' })).results.map((entry) => entry.value)).toEqual(['754938445']);
			expect((await wallets(business('wallet', 'get'), { filter: '754938446' })).results.map((entry) => entry.value)).toEqual(['754938446']);
			expect((await wallets(business('wallet', 'get'), { filter: 'no such wallet' })).results).toEqual([]);
			const bodies = sandbox.requestsTo('/sts/v1/Wallet/ListByFilter').map((call) => call.body);
			expect(bodies[0]).toMatchObject({ name: 'usd', page_index: 0 });
			expect(bodies[1]).toMatchObject({ wallet_number: '754938446', page_index: 0 });
		});

		it('pages through many wallets with a pagination token', async () => {
			for (let index = 1; index <= 30; index++) sandbox.business.state.createWallet(`Şube ${String(index).padStart(2, '0')}`, 'TRY', false);
			const first = await wallets(business('transfer', 'betweenOwnWallets'));
			expect(first.results).toHaveLength(25);
			expect(first.paginationToken).toBe('1');
			const second = await wallets(business('transfer', 'betweenOwnWallets'), { paginationToken: first.paginationToken as string });
			expect(second.results).toHaveLength(9);
			expect(second.paginationToken).toBeUndefined();
			const numbers = [...first.results, ...second.results].map((entry) => entry.value);
			expect(new Set(numbers).size).toBe(34);
			expect(second.results.at(-1)?.name).toMatch(/^Şube 30 · \d+ · 0\.00 TRY$/);
		});

		it('searches digits that are no wallet number in the names, page by page', async () => {
			for (let index = 1; index <= 30; index++) sandbox.business.state.createWallet(`Şube 1${String(index).padStart(2, '0')}`, 'TRY', false);
			const first = await wallets(business('wallet', 'get'), { filter: '1' });
			expect(first.results).toHaveLength(25);
			expect(first.results[0].name).toMatch(/^Şube 101 · /);
			expect(first.paginationToken).toBe('name:1');
			const second = await wallets(business('wallet', 'get'), { filter: '1', paginationToken: first.paginationToken as string });
			expect(second.results.map((entry) => entry.name.split(' · ')[0])).toEqual(['Şube 126', 'Şube 127', 'Şube 128', 'Şube 129', 'Şube 130']);
			expect(second.paginationToken).toBeUndefined();
		});

		it('says when the Business credential is refused', async () => {
			context.harness.credentials.set('sipayBusinessApi', { ...sandbox.businessCredentials(), clientSecret: 'wrong-secret', accessToken: '' });
			const failure = wallets(business('wallet', 'get'));
			await expect(failure).rejects.toThrow(/^Sipay Business API error/);
			await expect(failure).rejects.toMatchObject({ description: expect.stringContaining('Check Client ID and Client Secret') });
		});

		it('runs with picked, typed and plain-string wallets', async () => {
			const info = await context.harness.runSipay({ parameters: business('wallet', 'get', { walletNumber: picked('754938445') }) });
			expect(info.error).toBeUndefined();
			expect(info.items[0].json).toMatchObject({ wallet_number: '754938445', currency: 'USD' });
			const plain = await context.harness.runSipay({ parameters: business('wallet', 'get', { walletNumber: '754938446' }) });
			expect(plain.items[0].json).toMatchObject({ wallet_number: '754938446' });

			const transfer = await context.harness.runSipay({
				parameters: business('transfer', 'betweenOwnWallets', {
					senderAccountNumber: '1122334455',
					senderWalletNumber: picked('754938444'),
					receiverWalletNumber: picked('754938447', 'id'),
					amount: 25,
					currency: 'TRY',
					extTransactionId: 'PICK-WALLET-1',
				}),
			});
			expect(transfer.error).toBeUndefined();
			const [call] = sandbox.requestsTo('/sts/v1/Transaction/TransferToVirement');
			expect(call.body).toMatchObject({ sender_wallet_number: '754938444', receiver_wallet_number: '754938447', amount: 25 });
			const after = await wallets(business('wallet', 'get'), { filter: 'Masraf' });
			expect(after.results[0].name).toBe('Masraf Cüzdanı · 754938447 · 25.00 TRY');
		});
	});

	describe('credentials', () => {
		it('the lists and the runs share one token per credential, as stored with the credential', async () => {
			const token = await saveCard('CUST001', 'Ayse Yilmaz', VISA);
			await searchList(context.harness, 'searchSavedCards', 'cardToken', payment('savedCard', 'pay', { customerNumber: 'CUST001' }));
			await searchList(context.harness, 'searchInstallments', 'installments', payment('savedCard', 'pay'));
			await context.harness.runSipay({ parameters: payment('savedCard', 'delete', { customerNumber: 'CUST001', cardToken: picked(token) }) });
			expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(1);

			await searchList(context.harness, 'searchWallets', 'walletNumber', business('wallet', 'get'));
			await loadOptions(context.harness, 'getPaymentTypes', 'additionalFields.paymentType', business('transfer', 'betweenOwnWallets'));
			await context.harness.runSipay({ parameters: business('wallet', 'get', { walletNumber: picked('754938444') }) });
			expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(1);
			expect(context.harness.credentials.get('sipayBusinessApi').accessToken).not.toBe('');
		});
	});

	describe('payment type', () => {
		it('lists the payment types with their description rule, and the transfer sends the picked one', async () => {
			const field = parameterOf('business', 'transfer', 'betweenOwnWallets', 'additionalFields')?.options?.find(
				(option) => option.name === 'paymentType',
			);
			expect(field).toMatchObject({ type: 'options', typeOptions: { loadOptionsMethod: 'getPaymentTypes' } });
			const options = await loadOptions(context.harness, 'getPaymentTypes', 'additionalFields.paymentType', business('transfer', 'betweenOwnWallets'));
			expect(options[0]).toEqual({ name: 'Residential rent payment (01)', value: '01', description: 'Needs a description of at least 10 characters' });
			expect(options.find((option) => option.value === '04')).toEqual({ name: 'E-commerce payment (04)', value: '04' });
			expect(options).toHaveLength(8);
			expect(sandbox.requestsTo('/sts/v1/Transaction/GetPaymentTypes')[0].headers.locale).toBe('en');

			const transfer = await context.harness.runSipay({
				parameters: business('transfer', 'betweenOwnWallets', {
					senderAccountNumber: '1122334455',
					senderWalletNumber: picked('754938444'),
					receiverWalletNumber: picked('754938447'),
					amount: 5,
					currency: 'TRY',
					extTransactionId: 'PICK-TYPE-1',
					additionalFields: { paymentType: '04' },
				}),
			});
			expect(transfer.error).toBeUndefined();
			expect(sandbox.requestsTo('/sts/v1/Transaction/TransferToVirement')[0].body).toMatchObject({ payment_type: '04' });
		});

		it('refuses a payment type field that would replace one of the node\'s own', async () => {
			const { error } = await context.harness.runSipay({
				parameters: business('transfer', 'betweenOwnWallets', {
					senderAccountNumber: '1122334455',
					senderWalletNumber: '754938444',
					receiverWalletNumber: '754938447',
					amount: 5,
					currency: 'TRY',
					additionalFields: { paymentType: '04', paymentTypeField: 'amount' },
				}),
			});
			expect(error?.message).toBe('Additional Fields › Payment Type Field must not be amount: the node sets that field');
			expect(sandbox.requestsTo('/sts/v1/Transaction/TransferToVirement')).toHaveLength(0);
		});
	});

	describe('installments', () => {
		const installments = (parameters: IDataObject) => searchList(context.harness, 'searchInstallments', 'installments', parameters);

		it('is a resource locator on every card charge, single payment by default', () => {
			for (const [resource, operation] of [
				['payment', 'pay'],
				['payment', 'payThreeD'],
				['savedCard', 'pay'],
				['savedCard', 'payThreeD'],
			]) {
				expect(parameterOf('payment', resource, operation, 'installments')).toMatchObject({
					type: 'resourceLocator',
					default: { mode: 'list', value: '1', cachedResultName: 'Single payment (1)' },
				});
			}
		});

		it("lists the merchant's installment counts when no card is typed", async () => {
			const list = await installments(payment('savedCard', 'pay', { amount: 100, currency: 'TRY' }));
			expect(list.results.map((entry) => entry.name)).toEqual([
				'Single payment (1)',
				'2 installments',
				'3 installments',
				'6 installments',
				'9 installments',
				'12 installments',
			]);
			expect(list.results[2].value).toBe('3');
			expect(sandbox.requestsTo('/ccpayment/api/installments')).toHaveLength(1);
		});

		it('lists what the shopper pays per count for the typed card, sending only its BIN', async () => {
			const list = await installments(payment('payment', 'pay', { ...VISA, amount: 100, currency: 'TRY' }));
			expect(list.results[0]).toEqual({ name: 'Single payment (1) · shopper pays 100.00 TRY (T. IS BANKASI A.S.)', value: '1' });
			expect(list.results).toHaveLength(6);
			const [call] = sandbox.requestsTo('/ccpayment/api/getpos');
			expect(call.body).toMatchObject({ credit_card: '450803', amount: '100.00', currency_code: 'TRY' });
			expect(JSON.stringify(call)).not.toContain(VISA.cardNumber);
			expect(JSON.stringify(call)).not.toContain(VISA.cvv + '"');
		});

		it("prices the picked saved card by the BIN of its masked number", async () => {
			const token = await saveCard('CUST001', 'Ayse Yilmaz', MASTERCARD);
			const list = await installments(payment('savedCard', 'pay', { customerNumber: 'CUST001', cardToken: picked(token), amount: 50, currency: 'TRY' }));
			expect(list.results[0].name).toBe('Single payment (1) · shopper pays 50.00 TRY (YAPI VE KREDI BANKASI A.S.)');
			expect(sandbox.requestsTo('/ccpayment/api/getpos')[0].body).toMatchObject({ credit_card: '540667' });
			expect(
				parameterOf('payment', 'savedCard', 'pay', 'installments')?.typeOptions?.loadOptionsDependsOn,
			).toEqual(['cardNumber', 'cardToken', 'customerNumber', 'amount', 'currency', 'recurring']);
		});

		it('offers a single payment for a recurring plan or a card without installments', async () => {
			const recurring = await installments(payment('payment', 'pay', { ...VISA, amount: 100, currency: 'TRY', recurring: true }));
			expect(recurring.results.map((entry) => entry.value)).toEqual(['1']);
			const troy = await installments(payment('payment', 'pay', { ...VISA, cardNumber: '6501700139082826', amount: 100, currency: 'TRY' }));
			expect(troy.results.map((entry) => entry.value)).toEqual(['1']);
		});

		it('charges the picked count; a number saved before still works', async () => {
			const pay = (installmentsValue: IDataObject | number, invoiceId: string) =>
				context.harness.runSipay({
					parameters: payment('payment', 'pay', {
						...VISA,
						buyerName: 'Ayse',
						buyerSurname: 'Yilmaz',
						customerIp: SHOPPER_IP,
						invoiceId,
						amount: 120,
						currency: 'TRY',
						invoiceDescription: 'Demo order',
						installments: installmentsValue,
					}),
				});
			expect((await pay(picked('3'), 'INST-1')).error).toBeUndefined();
			expect((await pay(2, 'INST-2')).error).toBeUndefined();
			expect((await pay(picked('abc', 'id'), 'INST-3')).error?.message).toBe('Installments must be a whole number at least 1, got "abc"');
			expect(sandbox.requestsTo('/ccpayment/api/paySmart2D').map((call) => call.body.installments_number)).toEqual([3, 2]);
		});
	});
});
