import type {
	IDataObject,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	INodeTypes,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import { LoadOptionsContext } from 'n8n-core';

import { NODE_TYPES, type Harness } from './run';

/**
 * Opens the editor's lists the way the n8n server does for `POST /rest/dynamic-node-parameters/
 * resource-locator-results` and `/options` (DynamicNodeParametersService): a one-node workflow
 * named Temp-Node holding the panel's parameters and credentials, n8n-core's LoadOptionsContext
 * on it, and the node's `methods.listSearch` / `methods.loadOptions` called with it.
 */

const TYPE = 'n8n-nodes-sipay.sipay';

const nodeTypes: INodeTypes = {
	getByName: (type: string) => NODE_TYPES[type] as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string) => NODE_TYPES[type],
	getKnownTypes: () => ({}),
};

/** The panel's parameters as the editor sends them: every displayed parameter, defaults filled in. */
export function panelParameters(parameters: IDataObject): INodeParameters {
	const description = NODE_TYPES[TYPE].description;
	const node = { typeVersion: 1, parameters } as unknown as INode;
	return (NodeHelpers.getNodeParameters(description.properties, parameters as INodeParameters, true, false, node, description) ??
		{}) as INodeParameters;
}

function context(harness: Harness, parameters: IDataObject, path: string, credentials?: INode['credentials']) {
	const currentNodeParameters = panelParameters(parameters);
	const node: INode = {
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: currentNodeParameters,
		credentials: credentials ?? {
			sipayPaymentApi: { id: '1', name: 'Sipay Payment' },
			sipayBusinessApi: { id: '2', name: 'Sipay Business' },
		},
	};
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: harness.credentials,
		currentNodeParameters,
		variables: {},
		restApiUrl: '',
		instanceBaseUrl: '',
		webhookBaseUrl: '',
		webhookWaitingBaseUrl: '',
		webhookTestBaseUrl: '',
		formWaitingBaseUrl: '',
	} as unknown as IWorkflowExecuteAdditionalData;
	return new LoadOptionsContext(workflow, workflow.nodes['Temp-Node'], additionalData, path);
}

export interface ListRequest {
	filter?: string;
	paginationToken?: string;
	credentials?: INode['credentials'];
}

/** What a resource locator's "From List" shows (listSearch). */
export async function searchList(
	harness: Harness,
	method: string,
	parameterName: string,
	parameters: IDataObject,
	request: ListRequest = {},
): Promise<INodeListSearchResult> {
	const search = NODE_TYPES[TYPE].methods?.listSearch?.[method];
	if (!search) throw new Error(`no listSearch method ${method}`);
	const thisArg = context(harness, parameters, `parameters.${parameterName}`, request.credentials);
	return await search.call(thisArg, request.filter, request.paginationToken);
}

/** What an options dropdown loaded from Sipay shows (loadOptions). */
export async function loadOptions(
	harness: Harness,
	method: string,
	parameterName: string,
	parameters: IDataObject,
	request: Pick<ListRequest, 'credentials'> = {},
): Promise<INodePropertyOptions[]> {
	const load = NODE_TYPES[TYPE].methods?.loadOptions?.[method];
	if (!load) throw new Error(`no loadOptions method ${method}`);
	const thisArg = context(harness, parameters, `parameters.${parameterName}`, request.credentials);
	return await load.call(thisArg);
}

/** The parameter of an operation's panel, as the node describes it. */
export function parameterOf(api: string, resource: string, operation: string, name: string) {
	return NODE_TYPES[TYPE].description.properties.find(
		(property) =>
			property.name === name &&
			property.displayOptions?.show?.api?.includes(api) &&
			property.displayOptions?.show?.resource?.includes(resource) &&
			property.displayOptions?.show?.operation?.includes(operation),
	);
}
