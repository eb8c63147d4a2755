import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { authenticateBusinessRequest } from '../nodes/Sipay/transport/authenticate';
import { postWithHttpRequest, requestBusinessToken } from '../nodes/Sipay/transport/tokens';
import { credentialKey, sharedTokenRequest } from '../nodes/Sipay/transport/tokenFlight';

export class SipayBusinessApi implements ICredentialType {
	name = 'sipayBusinessApi';

	displayName = 'Sipay Business API';

	icon = 'file:sipay.svg' as const;

	documentationUrl = 'https://docs.businessapi.sipay.com.tr/en/get-access-token-17335248e0';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'UAT (Sipay Test Environment)', value: 'uat' },
				{ name: 'Custom (Production or Other)', value: 'custom' },
			],
			default: 'uat',
			description: "Sipay's test environment, or the production addresses Sipay gives you at go-live",
		},
		{
			displayName: 'Identity Server URL',
			name: 'identityUrl',
			type: 'string',
			default: '',
			placeholder: 'https://idsuat.walletgate.io',
			description: 'Address of the Sipay server that issues access tokens; Sipay gives it to you at go-live',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'API URL',
			name: 'apiUrl',
			type: 'string',
			default: '',
			placeholder: 'https://stsapiuat.walletgate.io',
			description: 'Address of the Sipay Business API server; Sipay gives it to you at go-live',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: 'Client ID Sipay gave you for the Business API',
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Client secret Sipay gave you with the client ID',
		},
		{
			displayName: 'X-Client-ID Header',
			name: 'xClientId',
			type: 'string',
			default: '',
			description:
				'Platform client key, sent with every call. Leave empty if Sipay did not give you one.',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { accessToken } = await sharedTokenRequest(
			credentialKey('business', credentials.environment, credentials.identityUrl, credentials.clientId, credentials.clientSecret),
			credentials.accessToken,
			async () => await requestBusinessToken(postWithHttpRequest(this), credentials),
			(answer) => answer.accessToken,
		);
		return { accessToken };
	}

	/** The bearer token, and x-client-id only when one is set (business-api.md §2.1). */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
		return authenticateBusinessRequest(credentials, requestOptions);
	}
}
