import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { buildProperties, buildSubtitle } from './actions/description';
import { listSearch, loadOptions } from './methods';
import { route } from './actions/router';
import { testBusinessCredentials, testPaymentCredentials } from './transport/credentialTests';

export class Sipay implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sipay',
		name: 'sipay',
		icon: { light: 'file:sipay.svg', dark: 'file:sipay.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: buildSubtitle(),
		description: 'Take card payments and move business wallet funds with Sipay',
		defaults: { name: 'Sipay' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'sipayPaymentApi',
				required: true,
				testedBy: 'sipayPaymentApiTest',
				// `hide` rather than `show`: a credential shown for one value of a parameter makes n8n
				// treat that parameter as the node's auth field and hide it, so the API selector
				// would vanish and Business operations would be reachable only through a credential.
				displayOptions: { hide: { api: ['business'] } },
			},
			{
				name: 'sipayBusinessApi',
				required: true,
				testedBy: 'sipayBusinessApiTest',
				displayOptions: { hide: { api: ['payment'] } },
			},
		],
		properties: buildProperties(),
	};

	methods = {
		listSearch,
		loadOptions,
		credentialTest: {
			sipayPaymentApiTest: testPaymentCredentials,
			sipayBusinessApiTest: testBusinessCredentials,
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
