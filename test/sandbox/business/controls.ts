import { json, type Route, type SimResponse } from '../http';
import type { WebhookDelivery } from '../webhooks';
import { Fields, InvalidRequest } from './fields';
import type { BusinessSim } from './index';
import { formatTr, toAmount, toMinor } from './money';
import { PayoutStateError, settlePayout, type PayoutOutcome } from './payouts';
import { TRANSACTION_LIMITS, transactionRecord, walletObject, withdrawRequest } from './render';
import type { Wallet } from './state';
import { bankTransferWebhook, deliver, failedTopupWebhook, topupWebhook, type FailedTopupCode } from './webhooks';

/**
 * Simulator controls (not part of Sipay): what Sipay's back office and the banks do on their
 * own — register the webhook URL, answer a payout, credit an incoming bank transfer.
 * Answers are plain JSON; errors are `{error}` with HTTP 400/404/409.
 */

const OUTCOMES: PayoutOutcome[] = ['completed', 'rejected', 'failed', 'refunded'];

const FAILED_TOPUP_CODES: FailedTopupCode[] = ['300', '310', '360', '361'];

const controlError = (status: number, error: string): SimResponse => json({ error }, status);

const deliveryView = (delivery: WebhookDelivery | null) =>
	delivery && { url: delivery.url, status: delivery.status, error: delivery.error ?? null };

type ControlHandler = (fields: Fields) => Promise<SimResponse> | SimResponse;

function control(path: string, method: Route['method'], handler: ControlHandler): Route {
	return {
		method,
		path,
		handler: async (request) => {
			try {
				return await handler(new Fields(request.body));
			} catch (error) {
				if (error instanceof InvalidRequest) return controlError(400, error.message);
				if (error instanceof PayoutStateError) return controlError(409, error.message);
				throw error;
			}
		},
	};
}

/** §10.4 reasons, worded like the documented examples. */
function failedTopupMessage(code: FailedTopupCode, wallet: Wallet | undefined, description: string, receiptNo: string): string {
	switch (code) {
		case '300':
			return `Cüzdan bulunamadı! Created request topup cash. Regex Data: ${description} NationalId Or Tax No: 11111111111`;
		case '310': {
			const left = toMinor(TRANSACTION_LIMITS.max_balance) - (wallet?.payment ?? 0) - (wallet?.cash ?? 0);
			return `Cüzdanınızın üyelik seviyesine ait limit bu işlem için yeterli değildir. Kullanılabilir Limit: ${formatTr(left)} ${wallet?.currency ?? 'TRY'}`;
		}
		case '360':
			return `Dekont numarası(${receiptNo}) ile daha önce topup/deposit yapılmış!`;
		case '361':
			return `Something went wrong with getting simulated balance movements! Wallet Number: ${wallet?.number ?? ''} Transaction Type: TPFBNK_PERSONAL`;
	}
}

export function controlRoutes(sim: BusinessSim): Route[] {
	return [
		/** One URL for all three business webhooks (§10.1); an empty url unregisters. */
		control('/sandbox/business/webhooks', 'POST', (fields) => {
			const url = fields.string('url');
			fields.done();
			if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) throw new InvalidRequest(['url must be an http(s) URL']);
			sim.state.webhookUrl = url;
			return json({ ok: true, url: url ?? null });
		}),
		/** The bank's answer to a payout (§9.2), then the Bank Transfer Webhook (§10.2). */
		control('/sandbox/business/payouts/complete', 'POST', async (fields) => {
			const extTransactionId = fields.string('ext_transaction_id', true);
			const outcome = fields.string('outcome', true) as PayoutOutcome;
			fields.done();
			if (!OUTCOMES.includes(outcome)) throw new InvalidRequest([`outcome must be one of ${OUTCOMES.join(', ')}`]);
			const { state } = sim;
			const withdrawal = state.withdrawals.find((entry) => entry.record.extTransactionId === extTransactionId);
			if (!withdrawal) return controlError(404, `no payout with ext_transaction_id ${extTransactionId}`);
			const { before } = settlePayout(state, withdrawal, outcome);
			const delivery = await deliver(sim, bankTransferWebhook(state, withdrawal, before, outcome));
			return json({
				ok: true,
				withdraw_request: withdrawRequest(state, withdrawal),
				wallet_info: walletObject(state, withdrawal.wallet),
				webhook: deliveryView(delivery),
			});
		}),
		/**
		 * An incoming bank transfer to one of the business's wallets (§10.3), or its rejection
		 * (§10.4): `fail` forces a reason; an unknown wallet is 300 and a reused bank_receipt_no
		 * is 360 on their own. A rejected top-up credits nothing.
		 */
		control('/sandbox/business/topup', 'POST', async (fields) => {
			const walletNumber = fields.string('wallet_number') ?? '';
			const amount = fields.amount('amount', true)!;
			const fail = fields.string('fail') as FailedTopupCode | undefined;
			const receiptNo = fields.string('bank_receipt_no') ?? `D${sim.state.nextId()}`;
			const senderName = fields.string('sender_name') ?? 'GÖNDEREN A.Ş.';
			const senderIban = fields.string('sender_iban') ?? 'TR060006400045600009876543';
			const descriptionField = fields.string('description');
			fields.done();
			if (fail !== undefined && !FAILED_TOPUP_CODES.includes(fail)) {
				throw new InvalidRequest([`fail must be one of ${FAILED_TOPUP_CODES.join(', ')}`]);
			}
			const { state } = sim;
			const found = state.wallets.get(walletNumber);
			const wallet = found && found.accountNumber === state.own.accountNumber ? found : undefined;
			const description = descriptionField ?? walletNumber;
			const code = fail ?? (!wallet ? '300' : state.usedBankReceipts.has(receiptNo) ? '360' : undefined);
			if (!wallet || code) {
				const failure = code ?? '300';
				const delivery = await deliver(
					sim,
					failedTopupWebhook(state, {
						code: failure,
						message: failedTopupMessage(failure, wallet, description, receiptNo),
						walletNumber,
						description,
						amount,
						currency: wallet?.currency ?? 'TRY',
					}),
				);
				return json({ ok: true, credited: false, result_code: failure, webhook: deliveryView(delivery) });
			}
			const record = state.addTopup(wallet, amount, description, { senderName, senderIban, receiptNo });
			const delivery = await deliver(sim, topupWebhook(state, record));
			return json({
				ok: true,
				credited: true,
				transaction_id: record.id,
				wallet_info: walletObject(state, wallet),
				webhook: deliveryView(delivery),
			});
		}),
		control('/sandbox/business/state', 'GET', () => {
			const { state } = sim;
			return json({
				account_number: state.own.accountNumber,
				tenant_id: state.tenantId,
				webhook_url: state.webhookUrl ?? null,
				payout_fee: toAmount(state.payoutFee),
				accounts: [...state.accounts.values()],
				wallets: [...state.wallets.values()].map((wallet) => walletObject(state, wallet)),
				ibans: state.ibans,
				transactions: state.records.map((record) => transactionRecord(state, record)),
				withdraw_requests: state.withdrawals.map((withdrawal) => withdrawRequest(state, withdrawal)),
			});
		}),
	];
}
