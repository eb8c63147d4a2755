import type { Route } from '../http';
import { ok, SipayError } from './envelope';
import { Fields, InvalidRequest } from './fields';
import type { BusinessSim } from './index';
import { utc } from './render';
import type { Account, BusinessState } from './state';

/** business-api.md §6: the business behind the token, and personal-user lookup for B2P. */

const digits = (value: string): string => value.replace(/\D/g, '');

function findPersonal(state: BusinessState, fields: Fields): Account | undefined {
	const personal = [...state.accounts.values()].filter((account) => account.typeId === 1);
	const accountNumber = fields.string('account_number');
	if (accountNumber !== undefined) return personal.find((account) => account.accountNumber === accountNumber);
	const country = fields.string('phone_country_number');
	const phone = fields.string('phone_number');
	if (country === undefined || phone === undefined) {
		throw new InvalidRequest(['Either account_number or phone_country_number and phone_number is required.']);
	}
	return personal.find(
		(account) => digits(account.phoneCountryCode ?? '') === digits(country) && digits(account.phoneNumber ?? '') === digits(phone),
	);
}

export function accountRoutes(sim: BusinessSim): Route[] {
	return [
		// §6.1: the account comes from the token; body fields (older clients sent account_number) are ignored.
		sim.api('POST', '/v1/Account/GetBusinessAccount', () => {
			const { own, ownSeed } = sim.state;
			return ok({
				id: own.id,
				tenant_id: sim.state.tenantId,
				parent_business_account_id: null,
				name: own.name,
				account_number: own.accountNumber,
				business_type: ownSeed.businessType,
				alias: ownSeed.alias,
				kyc_level: 'Contracted',
				owner_user_id: ownSeed.ownerUserId,
				contact_address_contact_first_name: own.firstName,
				contact_address_contact_last_name: own.lastName,
				contact_address_contact_email: own.email,
				contact_address_contact_phone_country_code: own.phoneCountryCode,
				contact_address_contact_phone_number: own.phoneNumber,
				tax_office: ownSeed.taxOffice,
				tax_number: own.taxNumber,
				created_date_utc: utc(sim.state.openedAt),
			});
		}),
		/**
		 * §6.2/§6.3: one path, looked up by account_number or by phone. The documented answer has an
		 * `exist` flag and only HTTP 200, so an unknown user is a success with exist:false; a
		 * registered user without a wallet in currency_code is 300 (wallet not found).
		 */
		sim.api('POST', '/v1/Account/CheckPersonalWallet', (body) => {
			const fields = new Fields(body);
			const currency = fields.string('currency_code', true);
			fields.done();
			const user = findPersonal(sim.state, fields);
			fields.done();
			if (!user) {
				return ok(
					{ exist: false, wallet_number: null, first_name: null, last_name: null, currency_code: currency },
					'Kullanıcı sisteme kayıtlı değil',
				);
			}
			const wallet = [...sim.state.wallets.values()].find(
				(candidate) => candidate.accountNumber === user.accountNumber && candidate.currency === currency,
			);
			if (!wallet) throw new SipayError('300');
			return ok(
				{
					exist: true,
					wallet_number: wallet.number,
					first_name: user.firstName,
					last_name: user.lastName,
					currency_code: wallet.currency,
				},
				'Kullanıcı sisteme kayıtlı',
			);
		}),
	];
}
