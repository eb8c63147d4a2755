import type { IDataObject } from 'n8n-workflow';

import type { RunOptions } from '../harness/run';
import { useSimulator } from '../harness/simulator';
import { BURAK, MAIN_WALLET, OWN_ACCOUNT, AYSE_WALLET } from './business/setup';
import { SHOPPER_IP, payParameters } from './payment/helpers';

/**
 * A money-moving step whose answer was lost fails its execution; retrying that execution from n8n's
 * Executions list runs a new execution (new ID) on the saved execution data. The default
 * idempotency key must be the first execution's, so Sipay refuses the repeat and the money moves once.
 */

const context = useSimulator();
const { sandbox } = context;

const B2P = '/sts/v1/Transaction/BusinessToPersonalTransfer';
const PAYOUT = '/sts/v1/Transaction/SendMoneyToBankAccount';
const REFUND = '/ccpayment/api/refund';

const business = (resource: string, operation: string, extra: IDataObject): IDataObject => ({
	api: 'business',
	resource,
	operation,
	senderAccountNumber: OWN_ACCOUNT,
	senderWalletNumber: MAIN_WALLET,
	currency: 'TRY',
	...extra,
});

const transfer: RunOptions = {
	parameters: business('transfer', 'toPersonalWallet', { receiverWalletNumber: AYSE_WALLET, amount: 25 }),
};

const payout: RunOptions = {
	parameters: business('payout', 'sendToBankAccount', {
		receiverName: BURAK.name,
		receiverIban: BURAK.iban,
		receiverNationalIdOrTaxNo: BURAK.id,
		amount: 40,
	}),
};

const refund: RunOptions = {
	parameters: { api: 'payment', resource: 'payment', operation: 'refund', invoiceId: 'INV-RETRY-1', amount: 10 },
};

/** The main wallet's balance in kuruş. */
const walletTotal = () => {
	const wallet = sandbox.business.state.wallets.get(MAIN_WALLET)!;
	return wallet.payment + wallet.cash;
};

async function lostAnswerThenRetry(path: string, options: RunOptions) {
	sandbox.faults.add({ path, fault: { kind: 'dropAnswer' }, times: 1 });
	const failed = await context.harness.runSipay(options);
	expect(failed.error?.message).toContain('no answer');
	const retried = await context.harness.retrySipay(failed, options);
	const calls = sandbox.requestsTo(path);
	return { failed, retried, calls };
}

it('a wallet transfer: the retried execution sends the first ext_transaction_id, Sipay refuses it (301), money moved once', async () => {
	const before = walletTotal();
	const { failed, retried, calls } = await lostAnswerThenRetry(B2P, transfer);
	expect(failed.run.data.resultData.error).toBeDefined();
	expect(retried.run.mode).toBe('retry');
	expect(calls).toHaveLength(2);
	expect(calls[1].body.ext_transaction_id).toBe(calls[0].body.ext_transaction_id);
	expect(retried.error?.message).toBe(
		'Sipay Business API error 301: Duplicate ext_transaction_id: this transfer was already accepted; check its status instead of sending it again',
	);
	expect(retried.error?.description).toContain(String(calls[0].body.ext_transaction_id));
	expect(sandbox.business.state.records.filter((entry) => entry.extTransactionId === calls[0].body.ext_transaction_id)).toHaveLength(1);
	expect(before - walletTotal()).toBe(2500);
});

it('a bank payout: retried twice (a retry of the retry), one payout', async () => {
	const { retried, calls } = await lostAnswerThenRetry(PAYOUT, payout);
	const again = await context.harness.retrySipay(retried, payout);
	expect(again.error?.message).toContain('301');
	const all = sandbox.requestsTo(PAYOUT);
	expect(all).toHaveLength(3);
	expect(new Set(all.map((call) => call.body.ext_transaction_id)).size).toBe(1);
	expect(calls[0].status).toBe(0);
	expect(sandbox.business.state.withdrawals).toHaveLength(1);
});

it('a refund: the retried execution sends the first refund_transaction_id, Sipay refuses it (104), refunded once', async () => {
	const paid = await context.harness.runSipay({ parameters: payParameters('INV-RETRY-1', 50, { customerIp: SHOPPER_IP }) });
	expect(paid.items[0].json.approved).toBe(true);
	const { retried, calls } = await lostAnswerThenRetry(REFUND, refund);
	expect(calls).toHaveLength(2);
	expect(calls[1].body.refund_transaction_id).toBe(calls[0].body.refund_transaction_id);
	// A new hash_key for the new request: the retry is not the same request sent again.
	expect(String(calls[1].body.hash_key).split(':').slice(0, 2)).not.toEqual(String(calls[0].body.hash_key).split(':').slice(0, 2));
	expect(retried.error?.message).toBe('Sipay Payment API error 104: Refund transaction id must be unique');
	expect(sandbox.payment.state.payments.get('INV-RETRY-1')?.refunds).toHaveLength(1);
});

it('items keep their own keys in the retry; a key the user gives is used as given', async () => {
	const items = [{ n: 1 }, { n: 2 }];
	const options: RunOptions = { ...transfer, items, parameters: { ...transfer.parameters, amount: 5 } };
	sandbox.faults.add({ path: B2P, fault: { kind: 'dropAnswer' }, times: 1 });
	const failed = await context.harness.runSipay(options);
	expect(failed.error).toBeDefined();
	const retried = await context.harness.retrySipay(failed, { ...options, continueOnFail: true });
	const ids = sandbox.requestsTo(B2P).map((call) => call.body.ext_transaction_id);
	// First execution: item 1 (answer lost), then it stopped. The retry sends items 1 and 2.
	expect(ids).toHaveLength(3);
	expect(ids[1]).toBe(ids[0]);
	expect(ids[2]).not.toBe(ids[0]);
	expect(retried.items.map((item) => item.json.sipayCode ?? item.json.ext_transaction_id)).toEqual(['301', ids[2]]);

	const given: RunOptions = { parameters: { ...transfer.parameters, extTransactionId: 'ORDER-7781' } };
	sandbox.faults.add({ path: B2P, fault: { kind: 'dropAnswer' }, times: 1 });
	const lost = await context.harness.runSipay(given);
	await context.harness.retrySipay(lost, given);
	expect(sandbox.requestsTo(B2P).slice(-2).map((call) => call.body.ext_transaction_id)).toEqual(['ORDER-7781', 'ORDER-7781']);
});

it('two separate executions are two movements: each gets its own key', async () => {
	const first = await context.harness.runSipay(transfer);
	const second = await context.harness.runSipay(transfer);
	expect(first.error).toBeUndefined();
	expect(second.error).toBeUndefined();
	expect(first.items[0].json.ext_transaction_id).not.toBe(second.items[0].json.ext_transaction_id);
});
