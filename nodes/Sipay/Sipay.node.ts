import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { buildProperties } from './actions/description';
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
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
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
				displayOptions: { show: { api: ['payment'] } },
			},
			{
				name: 'sipayBusinessApi',
				required: true,
				testedBy: 'sipayBusinessApiTest',
				displayOptions: { show: { api: ['business'] } },
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
