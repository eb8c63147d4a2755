import type { INodeProperties } from 'n8n-workflow';

import { OPERATIONS } from '../../nodes/Sipay/actions';
import { useSimulator } from '../harness/simulator';
import { NODE_TYPES } from '../harness/run';
import { seedCompletedPayments } from '../sandbox/payment/seedPayments';

const CHECK_STATUS = '/ccpayment/api/checkstatus';
const checkStatus = (concurrency?: number) => ({
	api: 'payment',
	resource: 'payment',
	operation: 'checkStatus',
	invoiceId: '={{ $json.invoice }}',
	...(concurrency === undefined ? {} : { options: { concurrency } }),
});
const invoices = (count: number) => Array.from({ length: count }, (_, index) => `CONC-${index}`);

describe('Options › Concurrency through the n8n engine', () => {
	const context = useSimulator();
	const { sandbox } = context;

	beforeEach(() => seedCompletedPayments(sandbox.payment, invoices(24)));

	it('sends up to N items at a time, keeps the input order and the pairing, with one token', async () => {
		// The simulator answers Check Status only once 4 calls are open at once, the last one first.
		sandbox.faults.add({ path: CHECK_STATUS, fault: { kind: 'gather', count: 4 } });
		const items = invoices(24).map((invoice) => ({ invoice }));
		const { items: output, error } = await context.harness.runSipay({ parameters: checkStatus(4), items });
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.invoice_id)).toEqual(invoices(24));
		expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(output.every((item) => item.json.status === 'completed')).toBe(true);
		expect(sandbox.mostAtOnce(CHECK_STATUS)).toBe(4);
		expect(sandbox.requestsTo(CHECK_STATUS)).toHaveLength(24);
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(1);
	});

	it('without the option, items go one at a time', async () => {
		const items = invoices(8).map((invoice) => ({ invoice }));
		const { items: output, error } = await context.harness.runSipay({ parameters: checkStatus(), items });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(8);
		expect(sandbox.mostAtOnce(CHECK_STATUS)).toBe(1);
	});

	it('Business API: one token for a concurrent cold start', async () => {
		sandbox.faults.add({ path: '/sts/v1/Wallet/Info', fault: { kind: 'gather', count: 3 } });
		const wallets = ['754938444', '754938447', '754938445', '754938446', '754938444', '754938447'];
		const { items: output, error } = await context.harness.runSipay({
			parameters: {
				api: 'business',
				resource: 'wallet',
				operation: 'get',
				walletNumber: '={{ $json.wallet }}',
				options: { concurrency: 3 },
			},
			items: wallets.map((wallet) => ({ wallet })),
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => JSON.stringify(item.json))).toEqual(
			wallets.map((wallet) => expect.stringContaining(wallet) as unknown as string),
		);
		expect(sandbox.mostAtOnce('/sts/v1/Wallet/Info')).toBe(3);
		expect(sandbox.requestsTo('/ids/connect/token')).toHaveLength(1);
	});

	it('Continue On Fail: each failing item gets its own error item, in place', async () => {
		const items = invoices(12).map((invoice, index) => ({ invoice: index % 5 === 2 ? `MISSING-${index}` : invoice }));
		const { items: output, error } = await context.harness.runSipay({
			parameters: checkStatus(4),
			items,
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		const failed = output.flatMap((item, index) => (item.json.error ? [index] : []));
		expect(failed).toEqual([2, 7]);
		expect(output[2].json.sipayCode).toBe('31');
		expect(output[3].json.invoice_id).toBe('CONC-3');
	});

	it('without Continue On Fail, the first failing item in input order fails the node and nothing after the open calls starts', async () => {
		const items = invoices(24).map((invoice, index) => ({ invoice: index === 5 ? '' : invoice }));
		const { items: output, error } = await context.harness.runSipay({ parameters: checkStatus(4), items });
		expect(output).toEqual([]);
		expect(error?.message).toMatch(/Invoice ID/);
		const sent = sandbox.requestsTo(CHECK_STATUS).map((request) => request.body.invoice_id as string);
		// Items 0–4 were sent; at most the 3 other lanes had started one more item each.
		expect(sent).toEqual(expect.arrayContaining(invoices(5)));
		expect(sent.length).toBeLessThanOrEqual(8);
	});

	it('money-moving operations ignore the option: one refund at a time', async () => {
		const items = invoices(6).map((invoice) => ({ invoice }));
		const { items: output, error } = await context.harness.runSipay({
			parameters: {
				api: 'payment',
				resource: 'payment',
				operation: 'refund',
				invoiceId: '={{ $json.invoice }}',
				amount: 10,
				options: { concurrency: 4 },
			},
			items,
		});
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.refunded)).toEqual(Array(6).fill(true));
		expect(sandbox.requestsTo('/ccpayment/api/refund')).toHaveLength(6);
		expect(sandbox.mostAtOnce('/ccpayment/api/refund')).toBe(1);
	});

	it('the editor offers Concurrency on read operations only, inside Options', () => {
		const properties = NODE_TYPES['n8n-nodes-sipay.sipay'].description.properties;
		const offeredOn = (operation: (typeof OPERATIONS)[number]) =>
			properties.some(
				(property) =>
					property.name === 'options' &&
					property.displayOptions?.show?.api?.[0] === operation.api &&
					property.displayOptions?.show?.resource?.[0] === operation.resource &&
					property.displayOptions?.show?.operation?.[0] === operation.value &&
					((property.options ?? []) as INodeProperties[]).some((option) => option.name === 'concurrency'),
			);
		for (const operation of OPERATIONS) {
			expect({ operation: `${operation.api}.${operation.resource}.${operation.value}`, offered: offeredOn(operation) }).toEqual({
				operation: `${operation.api}.${operation.resource}.${operation.value}`,
				offered: operation.reads === true,
			});
			expect(operation.reads && operation.movesMoney).toBeFalsy();
		}
		expect(OPERATIONS.filter((operation) => operation.reads).length).toBeGreaterThan(10);
		// Check Status keeps its own options next to Concurrency.
		const statusOptions = properties.find(
			(property) => property.name === 'options' && property.displayOptions?.show?.operation?.[0] === 'checkStatus',
		);
		expect(((statusOptions?.options ?? []) as INodeProperties[]).map((option) => option.name)).toEqual([
			'concurrency',
			'includePendingStatus',
			'showRefundInfo',
		]);
	});
});

describe('Options › Concurrency when Sipay refuses the token mid-batch', () => {
	const context = useSimulator();
	const { sandbox } = context;

	it('the items that were refused together share one new token and each is sent again once', async () => {
		seedCompletedPayments(sandbox.payment, invoices(16));
		await context.harness.runSipay({ parameters: checkStatus(), items: [{ invoice: 'CONC-0' }] });
		sandbox.payment.revokeTokens();
		const items = invoices(16).map((invoice) => ({ invoice }));
		const { items: output, error } = await context.harness.runSipay({ parameters: checkStatus(4), items });
		expect(error).toBeUndefined();
		expect(output.map((item) => item.json.invoice_id)).toEqual(invoices(16));
		expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(2);
		const statuses = sandbox.requestsTo(CHECK_STATUS).slice(1).map((request) => request.status);
		// The calls sent with the revoked token (up to 4) were refused, each then sent once more.
		const refused = statuses.filter((status) => status === 401).length;
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(4);
		expect(statuses.filter((status) => status === 200)).toHaveLength(16);
	});
});
