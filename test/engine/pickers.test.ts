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
			const charge = (cardToken: unknown, invoiceId: string, items?: IDataObject[]) =>
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
			// n8n itself stops the workflow: a required locator without a value is a node issue.
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
});
