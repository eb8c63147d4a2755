import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { BUSINESS_EVENTS, PAYMENT_EVENTS } from './trigger/events';
import { handleWebhook, THREE_D_RETURN_PATH, THREE_D_RETURN_WEBHOOK } from './trigger/handle';
import { TOKEN_HEADER } from './trigger/businessEvents';
import { testBusinessCredentials, testPaymentCredentials } from './transport/credentialTests';

const NO_REGISTRATION = {
	async checkExists(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async create(this: IHookFunctions): Promise<boolean> {
		return true;
	},
	async delete(this: IHookFunctions): Promise<boolean> {
		return true;
	},
};

const payment = { show: { source: ['payment'] } };
const HIDE_FOR_BUSINESS = '={{$parameter["source"] === "business"}}';
const business = { show: { source: ['business'] } };

export class SipayTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sipay Trigger',
		name: 'sipayTrigger',
		icon: { light: 'file:sipay.svg', dark: 'file:sipay.dark.svg' },
		group: ['trigger'],
		// 1.1 behaves exactly as 1. n8n 2.41 evaluates an expression on every delivery to a trigger of
		// version 1 (a Webhook v1 option, through its expression sandbox); from 1.1 it does not.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["source"] === "payment" ? "Payment API" : "Business API"}}',
		description: 'Starts the workflow on Sipay webhooks and 3-D Secure returns that Sipay itself confirms',
		defaults: { name: 'Sipay Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// `hide` rather than `show` (see the Sipay node): with `show`, n8n hides Source and, when it
			// picks a credential for the user, switches Source to that credential's API.
			{ name: 'sipayPaymentApi', required: true, testedBy: 'sipayPaymentApiTest', displayOptions: { hide: { source: ['business'] } } },
			{ name: 'sipayBusinessApi', required: false, testedBy: 'sipayBusinessApiTest', displayOptions: { hide: { source: ['payment'] } } },
		],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
			// 3-D Secure returns belong to the Payment API: the editor lists their URLs for it only.
			{ name: THREE_D_RETURN_WEBHOOK, httpMethod: 'POST', responseMode: 'onReceived', path: THREE_D_RETURN_PATH, ndvHideUrl: HIDE_FOR_BUSINESS },
			{ name: THREE_D_RETURN_WEBHOOK, httpMethod: 'GET', responseMode: 'onReceived', path: THREE_D_RETURN_PATH, ndvHideUrl: HIDE_FOR_BUSINESS },
		],
		properties: [
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Payment API (Sale, Refund, Recurring, 3-D Secure Return)', value: 'payment' },
					{ name: 'Business API (Payouts, Top-Ups)', value: 'business' },
				],
				default: 'payment',
				description: 'Which Sipay API sends the calls this trigger receives',
			},
			{
				displayName:
					'Sipay has no API to register webhooks. In the Sipay merchant panel (API settings) add the URL ending in /webhook under a webhook key name, and enter that name as Sale, Refund or Recurring Webhook Key in your payments. For 3-D Secure, use the URL ending in /' +
					THREE_D_RETURN_PATH +
					' as Return URL and Cancel URL. Before anything starts, the trigger asks Sipay over your credential what really happened and outputs Sipay\'s answer; calls Sipay does not confirm start nothing.',
				name: 'paymentNotice',
				type: 'notice',
				default: '',
				displayOptions: payment,
			},
			{
				displayName:
					'Sipay has no API to register webhooks: give Sipay the Production URL listed under Webhook URLs above. With Secret Token verification, add ?token= and your secret token to its end, e.g. https://n8n.example.com/webhook/…/webhook?token=Your-Secret-Token (or send the token in the ' +
					TOKEN_HEADER +
					' header). Add a Sipay Business API credential so that each payout and top-up is confirmed with Sipay before the workflow starts; without it, every item says confirmed: false.',
				name: 'businessNotice',
				type: 'notice',
				default: '',
				displayOptions: business,
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [{ name: 'All Events', value: '*' }, ...PAYMENT_EVENTS],
				default: ['*'],
				required: true,
				description: 'The events that start the workflow; others are acknowledged and ignored',
				displayOptions: payment,
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				options: [{ name: 'All Events', value: '*' }, ...BUSINESS_EVENTS],
				default: ['*'],
				required: true,
				description: 'The events that start the workflow; others are acknowledged and ignored',
				displayOptions: business,
			},
			{
				displayName: 'Verification',
				name: 'verification',
				type: 'options',
				options: [
					{ name: 'Secret Token (Recommended)', value: 'secretToken', description: 'The URL or a header carries a secret only you and Sipay know' },
					{ name: 'IP Allow-List', value: 'ipAllowList', description: 'Only calls from the listed IP addresses are accepted' },
					{ name: 'None (Accept Unauthenticated Calls)', value: 'none', description: 'Anyone who knows the URL can start the workflow' },
				],
				default: 'secretToken',
				description: 'How the trigger knows a call comes from Sipay, which does not sign Business API webhooks',
				displayOptions: business,
			},
			{
				displayName: 'Secret Token',
				name: 'secretToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				description: 'A long random value you make up (at least 32 characters); calls to the URL without it are refused',
				hint: 'Masked here: keep the value (e.g. in a password manager) and add it after ?token= to the URL you give Sipay',
				displayOptions: { show: { source: ['business'], verification: ['secretToken'] } },
			},
			{
				displayName: 'Allowed IP Addresses',
				name: 'allowedIps',
				type: 'string',
				default: '',
				required: true,
				placeholder: '203.0.113.10, 203.0.113.11',
				description: 'Comma-separated addresses Sipay calls from',
				displayOptions: { show: { source: ['business'], verification: ['ipAllowList'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				description: 'Optional settings of the trigger',
				options: [
					{
						displayName: '3-D Failure Redirect URL',
						name: 'failureRedirectUrl',
						type: 'string',
						default: '',
						placeholder: 'https://shop.example.com/payment-failed',
						description: "Where the shopper's browser goes after a failed 3-D payment; empty shows a simple page",
						displayOptions: { show: { '/source': ['payment'] } },
					},
					{
						displayName: '3-D Pending Redirect URL',
						name: 'pendingRedirectUrl',
						type: 'string',
						default: '',
						placeholder: 'https://shop.example.com/payment-pending',
						description: "Where the shopper's browser goes while Sipay has not confirmed the result (or it awaits completion); empty shows a simple page",
						displayOptions: { show: { '/source': ['payment'] } },
					},
					{
						displayName: '3-D Success Redirect URL',
						name: 'successRedirectUrl',
						type: 'string',
						default: '',
						placeholder: 'https://shop.example.com/thank-you',
						description: "Where the shopper's browser goes after a successful 3-D payment that Sipay confirmed (the invoice ID is added to the address); empty shows a simple page",
						displayOptions: { show: { '/source': ['payment'] } },
					},
					{
						displayName: 'Parse JSON Text Fields',
						name: 'parseJsonFields',
						type: 'boolean',
						default: true,
						description: 'Whether the extra transaction data and the bank answer, which Sipay sends as JSON text, are also output as objects',
						displayOptions: { show: { '/source': ['business'] } },
					},
					{
						displayName: 'Run Once Per Event',
						name: 'deduplicate',
						type: 'boolean',
						default: true,
						description: 'Whether a repeated delivery of an event already received is acknowledged without starting the workflow again',
					},
				],
			},
		],
	};

	methods = {
		credentialTest: { sipayPaymentApiTest: testPaymentCredentials, sipayBusinessApiTest: testBusinessCredentials },
	};

	// Sipay has no API to register webhooks: the user pastes the URLs into the merchant panel.
	webhookMethods = {
		default: NO_REGISTRATION,
		[THREE_D_RETURN_WEBHOOK]: NO_REGISTRATION,
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleWebhook.call(this);
	}
}
