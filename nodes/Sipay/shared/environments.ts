import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/** Where each Sipay API lives, per environment chosen in the credentials. */

export const PAYMENT_HOSTS = {
	test: 'https://provisioning.sipay.com.tr',
	live: 'https://app.sipay.com.tr',
} as const;

export const BUSINESS_HOSTS = {
	uat: { identity: 'https://idsuat.walletgate.io', api: 'https://stsapiuat.walletgate.io' },
} as const;

const trimUrl = (url: unknown) => String(url ?? '').trim().replace(/\/+$/, '');

/** Base of every Payment API path, ending in `/ccpayment`. */
export function paymentBaseUrl(credentials: ICredentialDataDecryptedObject): string {
	const environment = credentials.environment as string;
	const host =
		environment === 'custom'
			? trimUrl(credentials.baseUrl).replace(/\/ccpayment$/, '')
			: PAYMENT_HOSTS[environment as keyof typeof PAYMENT_HOSTS];
	if (!host) throw new Error('Sipay Payment API credentials: set a base URL');
	return `${host}/ccpayment`;
}

export function businessUrls(credentials: ICredentialDataDecryptedObject): {
	identity: string;
	api: string;
} {
	if (credentials.environment === 'custom') {
		const identity = trimUrl(credentials.identityUrl);
		const api = trimUrl(credentials.apiUrl);
		if (!identity || !api) {
			throw new Error('Sipay Business API credentials: set both the identity and the API URL');
		}
		return { identity, api };
	}
	return BUSINESS_HOSTS.uat;
}

export const INTEGRATION_MODES: Record<string, string> = {
	'0': 'Non-secure (2-D) payments only',
	'1': 'Non-secure (2-D) or 3-D Secure payments',
	'2': '3-D Secure payments only',
	'4': 'Sipay branded payment page (payment link)',
};

export function describeIntegrationMode(is3d: unknown): string {
	return INTEGRATION_MODES[String(is3d)] ?? `unknown integration mode (is_3d=${String(is3d)})`;
}
