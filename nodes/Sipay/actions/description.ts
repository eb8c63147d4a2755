import type { INodeProperties } from 'n8n-workflow';

import { CONCURRENCY_OPTION } from './concurrency';
import { withSharedDescription } from './fieldDescriptions';
import { OPERATIONS, RESOURCES } from './index';
import type { SipayApi, SipayOperation } from './types';

/** The node's properties, built from the operation modules so each fact is written once. */

const APIS: Array<{ value: SipayApi; name: string; description: string }> = [
	{
		value: 'payment',
		name: 'Payment API',
		description: 'Card payments, saved cards, refunds, installments and payouts of a Sipay merchant',
	},
	{
		value: 'business',
		name: 'Business API',
		description: 'Business wallets: balances, transfers, bank payouts and receipts',
	},
];

/** How the node panel's action list says which API an action belongs to. */
export function actionWithApi(operation: SipayOperation): string {
	return `${operation.action} (${operation.api === 'payment' ? 'Payment API' : 'Business API'})`;
}

/** The canvas subtitle: resource and operation as the editor names them, e.g. "Saved Card: Pay (3-D Secure)". */
export function buildSubtitle(): string {
	const names = Object.fromEntries(
		OPERATIONS.map((operation) => {
			const resource = RESOURCES.find((entry) => entry.api === operation.api && entry.value === operation.resource);
			return [`${operation.api}/${operation.resource}/${operation.value}`, `${resource?.name ?? operation.resource}: ${operation.name}`];
		}),
	);
	return `={{ ${JSON.stringify(names)}[$parameter["api"] + "/" + $parameter["resource"] + "/" + $parameter["operation"]] ?? $parameter["operation"] }}`;
}

const MOVES_MONEY_NOTICE: INodeProperties = {
	displayName:
		'This operation moves money. It is sent once and never repeated by the node; if n8n repeats the step (Retry On Fail) or you retry the failed execution, the same invoice ID or transaction ID goes with it and Sipay refuses the duplicate.',
	name: 'movesMoneyNotice',
	type: 'notice',
	default: '',
};

function operationsOf(api: SipayApi, resource: string): SipayOperation[] {
	return OPERATIONS.filter((operation) => operation.api === api && operation.resource === resource);
}

export function findOperation(
	api: string,
	resource: string,
	operation: string,
): SipayOperation | undefined {
	return OPERATIONS.find(
		(entry) => entry.api === api && entry.resource === resource && entry.value === operation,
	);
}

function withDisplay(field: INodeProperties, operation: SipayOperation): INodeProperties {
	const show = field.displayOptions?.show ?? {};
	return {
		...withSharedDescription(field),
		displayOptions: {
			...field.displayOptions,
			show: {
				...show,
				api: [operation.api],
				resource: [operation.resource],
				operation: [operation.value],
			},
		},
	};
}

/**
 * The operation's fields, with *Options › Concurrency* added for operations that only read: into
 * its own Options collection when it has one, else in a new one.
 */
function fieldsOf(operation: SipayOperation): INodeProperties[] {
	if (!operation.reads) return operation.fields;
	const byName = (a: INodeProperties, b: INodeProperties) => a.displayName.localeCompare(b.displayName);
	const index = operation.fields.findIndex((field) => field.name === 'options' && field.type === 'collection');
	if (index === -1) {
		return [
			...operation.fields,
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [CONCURRENCY_OPTION],
			},
		];
	}
	const collection = operation.fields[index];
	const options = [...((collection.options ?? []) as INodeProperties[]), CONCURRENCY_OPTION].sort(byName);
	return operation.fields.map((field, position) => (position === index ? { ...field, options } : field));
}

export function buildProperties(): INodeProperties[] {
	const properties: INodeProperties[] = [
		{
			displayName: 'API',
			name: 'api',
			type: 'options',
			noDataExpression: true,
			options: APIS.map(({ value, name, description }) => ({ value, name, description })),
			default: 'payment',
		},
	];
	for (const api of APIS) {
		const resources = RESOURCES.filter((resource) => resource.api === api.value);
		const firstResource = resources[0].value;
		properties.push({
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { api: [api.value] } },
			options: resources.map(({ value, name, description }) => ({ value, name, description })),
			default: firstResource,
		});
		for (const resource of resources) {
			const operations = operationsOf(api.value, resource.value);
			const firstOperation = operations[0].value;
			properties.push({
				displayName: 'Operation',
				name: 'operation',
				type: 'options',
				noDataExpression: true,
				displayOptions: { show: { api: [api.value], resource: [resource.value] } },
				options: operations.map((operation) => ({
					value: operation.value,
					name: operation.name,
					action: actionWithApi(operation),
					description: operation.description,
				})),
				default: firstOperation,
			});
		}
	}
	for (const operation of OPERATIONS) {
		if (operation.movesMoney) properties.push(withDisplay(MOVES_MONEY_NOTICE, operation));
		properties.push(...fieldsOf(operation).map((field) => withDisplay(field, operation)));
	}
	return properties;
}
