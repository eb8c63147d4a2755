/** What a person needs to enter in n8n to use a running simulator (`npm run sandbox`, `npm start`). */

interface CredentialSource {
	paymentCredentials(): Record<string, unknown>;
	businessCredentials(): Record<string, unknown>;
}

/** The values of both credentials, as the credential dialogs ask for them. */
export function credentialFields(sandbox: CredentialSource): string {
	const payment = sandbox.paymentCredentials();
	const business = sandbox.businessCredentials();
	return `Sipay Payment API credential   Environment: Custom Base URL
  Base URL      ${String(payment.baseUrl)}
  App ID        ${String(payment.appId)}
  App Secret    ${String(payment.appSecret)}
  Merchant Key  ${String(payment.merchantKey)}
  Merchant ID   ${String(payment.merchantId)}

Sipay Business API credential  Environment: Custom
  Identity URL  ${String(business.identityUrl)}
  API URL       ${String(business.apiUrl)}
  Client ID     ${String(business.clientId)}
  Client Secret ${String(business.clientSecret)}
  X-Client-ID   ${String(business.xClientId)}

These are simulator values (the Payment ones are Sipay's public documentation sample).`;
}

export const TEST_CARDS = 'Test cards: 4508034508034509 / 5406675406675403, expiry 12/2030, CVV 000, 3-D password "a".';
