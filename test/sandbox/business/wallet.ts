import type { Route } from '../http';
import { InvalidRequest, Fields } from './fields';
import { ok } from './envelope';
import { between, contains, dateBetween, eq, oneOf, where } from './filters';
import type { BusinessSim } from './index';
import { CURRENCIES } from './money';
import { readPaging, paginate } from './paging';
import { CONTRACTED_KYC_LEVEL, walletObject } from './render';

/** business-api.md §7: the business's own wallets. */

export function walletRoutes(sim: BusinessSim): Route[] {
	return [
		/** §7.1: payload is the new wallet number; message null as in the documented example. */
		sim.api('POST', '/v1/Wallet/CreateWalletForBusinessAccount', (body) => {
			const fields = new Fields(body);
			const name = fields.string('name', true);
			const currency = fields.string('currency_code', true);
			const useFastIban = fields.bool('use_fast_iban') ?? false;
			const tenantId = fields.int('tenant_id');
			fields.done();
			if (!CURRENCIES.includes(currency!)) {
				throw new InvalidRequest([`The currency_code field must be one of ${CURRENCIES.join(', ')}.`]);
			}
			if (tenantId !== undefined && String(tenantId) !== sim.state.tenantId) {
				throw new InvalidRequest(['The tenant_id field does not match the authenticated business.']);
			}
			return ok(sim.state.createWallet(name!, currency!, useFastIban).number, null);
		}),
		/** §7.2 (§12.4): wallet_number required; account_number optional but must own the wallet when sent. */
		sim.api('POST', '/v1/Wallet/Info', (body) => {
			const fields = new Fields(body);
			const walletNumber = fields.string('wallet_number', true);
			const accountNumber = fields.string('account_number');
			fields.done();
			const wallet = sim.state.ownWallet(accountNumber ?? sim.state.own.accountNumber, walletNumber!);
			return ok({ wallet_info: walletObject(sim.state, wallet) }, 'Cüzdan bilgileri başarı ile dönülmüştür.');
		}),
		/**
		 * §7.3: the four paging fields are required (legacy table); only the business's own wallets
		 * are listed, so filters on another account type, account id or KYC level match nothing.
		 */
		sim.api('POST', '/v1/Wallet/ListByFilter', (body) => {
			const fields = new Fields(body);
			const paging = readPaging(fields, ['page_index', 'page_size', 'order_column', 'order_by']);
			const { own } = sim.state;
			const accountTypeId = fields.int('account_type_id');
			const accountId = fields.string('account_id');
			const kycLevelCode = fields.int('kyc_level_code');
			const isDeleted = fields.bool('is_deleted');
			const tests = [
				dateBetween('created_date_utc', fields.date('start_date'), fields.date('end_date')),
				eq('tenant_id', fields.int('tenant_id')),
				eq('account_number', fields.string('account_number')),
				contains('name', fields.string('name')),
				eq('currency_code', fields.string('currency_code')),
				oneOf('access_level_status_id', fields.intList('access_level_status_ids')),
				between('total_balance', fields.number('min'), fields.number('max')),
				eq('number', fields.string('wallet_number')),
				contains('user_kyc_info.first_name', fields.string('first_name')),
				contains('user_kyc_info.last_name', fields.string('last_name')),
				eq('user_kyc_info.national_id', fields.string('national_id')),
				eq('tax_number', fields.string('tax_number')),
			];
			fields.done();
			const excluded =
				(accountTypeId !== undefined && accountTypeId !== own.typeId) ||
				(accountId !== undefined && accountId !== own.id) ||
				(kycLevelCode !== undefined && kycLevelCode !== CONTRACTED_KYC_LEVEL) ||
				isDeleted === true;
			const rows = excluded ? [] : sim.state.ownWallets().map((wallet) => walletObject(sim.state, wallet));
			return ok(paginate(where(rows, tests), paging));
		}),
	];
}
