import type {
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { CredentialTestContext, ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { SipayBusinessApi } from '../../credentials/SipayBusinessApi.credentials';
import { SipayPaymentApi } from '../../credentials/SipayPaymentApi.credentials';
import { Sipay } from '../../nodes/Sipay/Sipay.node.ts'; // the .ts file, not the codex Sipay.node.json
import { TestCredentialsHelper } from './credentials';

/** Runs the package's nodes through n8n-core's real WorkflowExecute, as the n8n server would. */

export const NODE_TYPES: Record<string, INodeType> = {
	'n8n-nodes-sipay.sipay': new Sipay(),
};

export const CREDENTIAL_TYPES: Record<string, ICredentialType> = {
	sipayPaymentApi: new SipayPaymentApi(),
	sipayBusinessApi: new SipayBusinessApi(),
};

/** Other node types a run may use (e.g. n8n's own nodes loaded from an installed n8n, for benchmarks). */
export const OTHER_NODE_TYPES: Record<string, INodeType | IVersionedNodeType> = {};

const nodeTypes: INodeTypes = {
	getByName: (type: string) => (NODE_TYPES[type] ?? OTHER_NODE_TYPES[type]) as INodeType | IVersionedNodeType,
	getByNameAndVersion: (type: string, version?: number) => {
		const found = NODE_TYPES[type] ?? OTHER_NODE_TYPES[type];
		return 'nodeVersions' in found ? (found as unknown as IVersionedNodeType).getNodeType(version) : (found as INodeType);
	},
	getKnownTypes: () => ({}),
};

export interface NodeRun {
	/** Output items of the node (first output). */
	items: INodeExecutionData[];
	/** The node's error when it failed without continue-on-fail. */
	error?: Error & { description?: string; httpCode?: string | null; context?: IDataObject };
	run: IRun;
}

export interface RunOptions {
	parameters: IDataObject;
	items?: IDataObject[];
	continueOnFail?: boolean;
	/** Node settings such as retryOnFail, as a user sets them in the editor. */
	settings?: Partial<INode>;
	/** n8n's execution id (default: a new one per run, like the server). */
	executionId?: string;
}

export class Harness {
	readonly credentials = new TestCredentialsHelper(CREDENTIAL_TYPES);

	private executions = 0;

	/** Runs one Sipay node on the given input items and returns what it produced. */
	async runSipay(options: RunOptions): Promise<NodeRun> {
		const node = this.sipayNode(options);
		const input: INodeExecutionData[] = (options.items ?? [{}]).map((json) => ({ json }));
		const runExecutionData: IRunExecutionData = {
			resultData: { runData: {} },
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [{ node, data: { main: [input] }, source: null }],
			},
		} as unknown as IRunExecutionData;
		return await this.execute(node, runExecutionData, 'manual', options.executionId ?? String(++this.executions));
	}

	/** Runs any one node (its type in NODE_TYPES or OTHER_NODE_TYPES) on the given input items. */
	async runNode(node: INode, items: IDataObject[] = [{}]): Promise<NodeRun> {
		const runExecutionData: IRunExecutionData = {
			resultData: { runData: {} },
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [{ node, data: { main: [items.map((json) => ({ json }))] }, source: null }],
			},
		} as unknown as IRunExecutionData;
		return await this.execute(node, runExecutionData, 'manual', String(++this.executions));
	}

	/**
	 * Retries a failed run the way n8n's Executions list does (`POST /rest/executions/:id/retry`):
	 * a new execution, mode `retry`, that continues the saved execution data (its node stack and
	 * contexts) without the failed node's last run. `options` are the parameters of the first run.
	 */
	async retrySipay(failed: NodeRun, options: RunOptions): Promise<NodeRun> {
		// n8n reads the execution back from its database: a copy, not the object that ran.
		const data = JSON.parse(JSON.stringify(failed.run.data)) as IRunExecutionData;
		const { lastNodeExecuted } = data.resultData;
		delete data.resultData.error;
		const runs = lastNodeExecuted ? data.resultData.runData[lastNodeExecuted] : undefined;
		if (runs && runs.length > 0 && runs[runs.length - 1].error !== undefined) runs.pop();
		const node = this.sipayNode(options);
		for (const entry of data.executionData?.nodeExecutionStack ?? []) entry.node = node;
		return await this.execute(node, data, 'retry', options.executionId ?? String(++this.executions));
	}

	private sipayNode(options: RunOptions): INode {
		return {
			id: 'sipay-node',
			name: 'Sipay',
			type: 'n8n-nodes-sipay.sipay',
			typeVersion: 1,
			position: [0, 0],
			parameters: options.parameters as INode['parameters'],
			credentials: {
				sipayPaymentApi: { id: '1', name: 'Sipay Payment' },
				sipayBusinessApi: { id: '2', name: 'Sipay Business' },
			},
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			...options.settings,
		};
	}

	private async execute(
		node: INode,
		runExecutionData: IRunExecutionData,
		mode: 'manual' | 'retry',
		executionId: string,
	): Promise<NodeRun> {
		const workflow = new Workflow({
			id: 'test',
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes,
		});
		const hooks = new ExecutionLifecycleHooks(mode, executionId, {
			id: 'test',
			name: 'test',
			active: false,
			isArchived: false,
			nodes: [node],
			connections: {},
			activeVersionId: null,
			createdAt: new Date(),
			updatedAt: new Date(),
		} as IWorkflowBase);
		let finished: (run: IRun) => void = () => {};
		const done = new Promise<IRun>((resolve) => (finished = resolve));
		hooks.addHandler('workflowExecuteAfter', (run) => finished(run));
		const additionalData = {
			credentialsHelper: this.credentials,
			hooks,
			currentNodeExecutionIndex: 0,
			variables: {},
			restApiUrl: '',
			instanceBaseUrl: '',
			webhookBaseUrl: '',
			webhookWaitingBaseUrl: '',
			webhookTestBaseUrl: '',
			formWaitingBaseUrl: '',
			executionId,
		} as unknown as IWorkflowExecuteAdditionalData;
		const execute = new WorkflowExecute(additionalData, mode, runExecutionData);
		await execute.processRunExecutionData(workflow);
		const run = await done;
		const taskData = run.data.resultData.runData[node.name]?.[0];
		return {
			items: taskData?.data?.main?.[0] ?? [],
			error: (taskData?.error ?? run.data.resultData.error) as NodeRun['error'],
			run,
		};
	}

	/** Runs a credential test the way the editor's "Test" button does. */
	async testCredential(type: 'sipayPaymentApi' | 'sipayBusinessApi', data: IDataObject) {
		const sipay = NODE_TYPES['n8n-nodes-sipay.sipay'];
		const testedBy = sipay.description.credentials?.find((entry) => entry.name === type)?.testedBy;
		const test = sipay.methods?.credentialTest?.[testedBy as string];
		if (!test) throw new Error(`no credential test for ${type}`);
		return await test.call(new CredentialTestContext(), {
			id: '1',
			name: 'test',
			type,
			data: data as never,
		});
	}
}
