import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { authenticatePaymentRequest } from '../nodes/Sipay/transport/authenticate';
import { postWithHttpRequest, requestPaymentToken } from '../nodes/Sipay/transport/tokens';
import { credentialKey, sharedTokenRequest } from '../nodes/Sipay/transport/tokenFlight';

export class SipayPaymentApi implements ICredentialType {
	name = 'sipayPaymentApi';

	displayName = 'Sipay Payment API';

	icon = 'file:sipay.svg' as const;

	documentationUrl = 'https://apidocs.sipay.com.tr/generating-token-23283730e0';

	properties: INodeProperties[] = [
		{
			displayName: 'Bearer Token',
			name: 'token',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Environment',
			name: 'environment',
			type: 'options',
			options: [
				{ name: 'Test (provisioning.sipay.com.tr)', value: 'test' },
				{ name: 'Live (app.sipay.com.tr)', value: 'live' },
				{ name: 'Custom Base URL', value: 'custom' },
			],
			default: 'test',
			description: "Sipay's test system, the live system, or the address of a white-label installation",
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			placeholder: 'https://provisioning.sipay.com.tr',
			description: 'Address of a white-label Sipay installation, e.g. https://pay.example.com',
			displayOptions: { show: { environment: ['custom'] } },
		},
		{
			displayName: 'App ID',
			name: 'appId',
			type: 'string',
			default: '',
			required: true,
			description: 'Application key from the Sipay merchant panel',
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Application secret from the Sipay merchant panel; the node also signs requests with it',
		},
		{
			displayName: 'Merchant Key',
			name: 'merchantKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Merchant key from the Sipay merchant panel; it starts with $2y$10$',
		},
		{
			displayName: 'Merchant ID',
			name: 'merchantId',
			type: 'string',
			default: '',
			description: 'Numeric merchant ID; only needed by the recurring plan process check',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'options',
			options: [
				{ name: 'English', value: 'en' },
				{ name: 'Turkish', value: 'tr' },
			],
			default: 'en',
			description: 'Language of the messages Sipay returns',
		},
		{
			displayName:
				'Testing the connection checks your keys. Which payments Sipay enables for your merchant (non-secure 2-D, 3-D Secure, both, or only the payment page) shows as a hint above the output of every Payment API step of the Sipay node.',
			name: 'integrationModeNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Integration Mode',
			name: 'integrationMode',
			type: 'hidden',
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const { token, integrationMode } = await sharedTokenRequest(
			credentialKey('payment', credentials.environment, credentials.baseUrl, credentials.appId, credentials.appSecret),
			credentials.token,
			async () => await requestPaymentToken(postWithHttpRequest(this), credentials),
			(answer) => answer.token,
		);
		return { token, integrationMode };
	}

	/** The bearer token, and a fresh iv/salt for the request's hash_key (also on n8n's repeat after a 401). */
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
		return authenticatePaymentRequest(credentials, requestOptions);
	}
}
