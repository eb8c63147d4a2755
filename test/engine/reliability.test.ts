import { useSimulator } from '../harness/simulator';
import type { Fault } from '../sandbox/faults';

/**
 * Many money-moving calls with faults injected at chosen calls: whatever fails, no invoice is
 * charged twice, no call is repeated by the node, and every failure says how to find the truth.
 */

const context = useSimulator();
const { sandbox } = context;

/** A fault on the call with this index (0-based) of a path. */
function faultAt(path: string, index: number, fault: Fault) {
	sandbox.faults.add({ path, fault, after: index, times: 1 });
}

const PAY = '/ccpayment/api/paySmart2D';

it('100 card payments with dropped answers, 503s, resets and latency: each charged at most once, truth findable', async () => {
	const dropped = [3, 17, 42, 77];
	const refused = [9, 55, 90];
	const reset = [23, 64];
	dropped.forEach((index) => faultAt(PAY, index, { kind: 'dropAnswer' }));
	refused.forEach((index) => faultAt(PAY, index, { kind: 'http', status: 503 }));
	reset.forEach((index) => faultAt(PAY, index, { kind: 'reset' }));
	sandbox.faults.add({ path: PAY, fault: { kind: 'latency', ms: 2 } });

	const invoices = Array.from({ length: 100 }, (_, index) => ({ invoice: `REL-${index}` }));
	const { items, error } = await context.harness.runSipay({
		parameters: {
			api: 'payment',
			resource: 'payment',
			operation: 'pay',
			invoiceId: '={{ $json.invoice }}',
			amount: 12.5,
			currency: 'TRY',
			installments: 1,
			invoiceDescription: 'Reliability',
			cardHolderName: 'Ayse Yilmaz',
			cardNumber: '4508034508034509',
			expiryMonth: '12',
			expiryYear: '2030',
			cvv: '000',
			buyerName: 'Ayse',
			buyerSurname: 'Yilmaz',
			customerIp: '88.255.1.10',
		},
		items: invoices,
		continueOnFail: true,
	});
	expect(error).toBeUndefined();
	expect(items).toHaveLength(100);

	const calls = sandbox.requestsTo(PAY);
	expect(calls).toHaveLength(100);
	expect(new Set(calls.map((call) => call.body.invoice_id)).size).toBe(100);

	const failed = items.map((item, index) => ({ index, json: item.json })).filter(({ json }) => json.error);
	expect(failed.map(({ index }) => index).sort((a, b) => a - b)).toEqual([...dropped, ...refused, ...reset].sort((a, b) => a - b));
	for (const { index, json } of failed) {
		expect(items[index].pairedItem).toEqual({ item: index });
		if (refused.includes(index)) {
			expect(json.httpStatus).toBe(503);
		} else {
			expect(json.description).toContain('look it up with Check Status');
		}
	}
	const approved = items.filter((item) => item.json.approved === true);
	expect(approved).toHaveLength(100 - failed.length);

	const charged = [...sandbox.payment.state.payments.values()].filter((payment) => payment.status === 'Completed');
	expect(charged.map((payment) => payment.invoiceId).sort()).toEqual(
		invoices
			.map(({ invoice }, index) => ({ invoice, index }))
			.filter(({ index }) => !refused.includes(index) && !reset.includes(index))
			.map(({ invoice }) => invoice)
			.sort(),
	);

	const status = await context.harness.runSipay({
		parameters: { api: 'payment', resource: 'payment', operation: 'checkStatus', invoiceId: '={{ $json.invoice }}' },
		items: dropped.map((index) => invoices[index]),
	});
	expect(status.items.map((item) => item.json.status)).toEqual(['completed', 'completed', 'completed', 'completed']);
	expect(sandbox.requestsTo('/ccpayment/api/token')).toHaveLength(1);
});

it('30 wallet transfers with dropped answers under Retry On Fail: money moves once per item', async () => {
	const B2P = '/sts/v1/Transaction/BusinessToPersonalTransfer';
	const balance = async () => {
		const { items } = await context.harness.runSipay({
			parameters: { api: 'business', resource: 'wallet', operation: 'get', walletNumber: '754938444' },
		});
		return Number(items[0].json.balance);
	};
	const before = await balance();
	faultAt(B2P, 5, { kind: 'dropAnswer' });
	faultAt(B2P, 20, { kind: 'dropAnswer' });
	const transfers = Array.from({ length: 30 }, (_, index) => ({ index }));
	const { error } = await context.harness.runSipay({
		parameters: {
			api: 'business',
			resource: 'transfer',
			operation: 'toPersonalWallet',
			senderAccountNumber: '1122334455',
			senderWalletNumber: '754938444',
			receiverWalletNumber: '484863917',
			amount: 10,
			currency: 'TRY',
		},
		items: transfers,
		settings: { retryOnFail: true, maxTries: 3, waitBetweenTries: 1 },
	});
	const sent = new Set(sandbox.requestsTo(B2P).map((call) => call.body.ext_transaction_id));
	const transfersMade = sandbox.business.state.records.filter((record) => record.extTransactionId && sent.has(record.extTransactionId));
	const madeIds = transfersMade.map((record) => record.extTransactionId);
	expect(new Set(madeIds).size).toBe(madeIds.length);
	expect(sent.size).toBeLessThanOrEqual(30);
	expect(before - (await balance())).toBeCloseTo(madeIds.length * 10, 2);
	// n8n repeats the whole step: every item Sipay had already accepted is refused (301), not paid again.
	expect(sandbox.requestsTo(B2P).length).toBeGreaterThan(sent.size);
	// Items 0–5 were paid once (the answer of item 5 was lost); the repeats stop at item 0's 301.
	expect(madeIds).toHaveLength(6);
	expect(error?.message).toContain('301');
});
