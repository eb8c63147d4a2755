import type { IDataObject, INode, IWebhookData, IWebhookResponseData, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { WebhookContext } from 'n8n-core';

import { SipayTrigger } from '../../nodes/Sipay/SipayTrigger.node.ts'; // the .ts file, not the codex SipayTrigger.node.json
import { TestCredentialsHelper } from './credentials';
import { CREDENTIAL_TYPES } from './run';

/**
 * Delivers HTTP requests to the Sipay Trigger through n8n-core's real WebhookContext, keeping one
 * workflow (and so its static data) for the whole session, like an active workflow on a server.
 */

export interface Delivery {
	method?: 'POST' | 'GET';
	/** `webhook` or `3ds-return`. */
	path?: string;
	headers?: Record<string, string>;
	query?: IDataObject;
	/** Parsed body as n8n gives it to the node (form fields or JSON). */
	body?: IDataObject;
	/** Exact bytes received, when the test needs them (big integers). */
	rawBody?: string;
	/** Defaults to JSON for a POST without a content-type header. */
	contentType?: string;
	ip?: string;
}

export interface Answer {
	status: number;
	body: string;
	contentType?: string;
	redirect?: string;
	/** Items the workflow would start with; undefined when nothing starts. */
	items?: IDataObject[];
	result: IWebhookResponseData;
}

function encode(body: IDataObject, contentType: string): string {
	if (!contentType.includes('urlencoded')) return JSON.stringify(body);
	return new URLSearchParams(Object.entries(body).map(([key, value]): [string, string] => [key, String(value)])).toString();
}

class FakeResponse {
	statusCode = 200;
	body = '';
	contentType?: string;
	redirectedTo?: string;

	status(code: number) {
		this.statusCode = code;
		return this;
	}

	type(contentType: string) {
		this.contentType = contentType;
		return this;
	}

	send(body: string) {
		this.body = body;
		return this;
	}

	redirect(code: number, url: string) {
		this.statusCode = code;
		this.redirectedTo = url;
		return this;
	}
}

let sessions = 0;

/**
 * One active trigger workflow. Like n8n, every request gets the workflow's static data as last
 * saved, and what the request changed is saved after it: concurrent deliveries race as in n8n.
 */
export class TriggerSession {
	readonly credentials = new TestCredentialsHelper(CREDENTIAL_TYPES);

	private readonly node: INode;

	private readonly workflowId = `trigger-test-${++sessions}`;

	private saved = '{}';

	private readonly trigger = new SipayTrigger();

	constructor(parameters: IDataObject, credentialTypes: string[] = ['sipayPaymentApi']) {
		this.node = {
			id: 'sipay-trigger',
			name: 'Sipay Trigger',
			type: 'n8n-nodes-sipay.sipayTrigger',
			typeVersion: 1.1,
			position: [0, 0],
			webhookId: 'sipay-test',
			parameters: parameters as INode['parameters'],
			credentials: Object.fromEntries(credentialTypes.map((type, index) => [type, { id: String(index + 1), name: type }])),
		};
	}

	private loadWorkflow(): Workflow {
		const trigger = this.trigger;
		return new Workflow({
			id: this.workflowId,
			nodes: [this.node],
			connections: {},
			active: true,
			staticData: JSON.parse(this.saved) as IDataObject,
			nodeTypes: {
				getByName: () => trigger,
				getByNameAndVersion: () => trigger,
				getKnownTypes: () => ({}),
			},
		});
	}

	/** The node's static data as last saved: where events already run are remembered. */
	get staticData(): IDataObject {
		return this.loadWorkflow().getStaticData('node', this.node);
	}

	/** Bytes of the saved static data. */
	get savedBytes(): number {
		return Buffer.byteLength(this.saved);
	}

	async deliver(delivery: Delivery): Promise<Answer> {
		const method = delivery.method ?? 'POST';
		const path = delivery.path ?? 'webhook';
		const url = `/webhook/sipay-test/${path}`;
		const response = new FakeResponse();
		const headers: Record<string, string> = { ...delivery.headers };
		if (method === 'POST' && headers['content-type'] === undefined) headers['content-type'] = delivery.contentType ?? 'application/json';
		const rawBody = delivery.rawBody ?? (method === 'POST' ? encode(delivery.body ?? {}, headers['content-type']) : undefined);
		const workflow = this.loadWorkflow();
		const request = {
			method,
			url,
			originalUrl: url,
			headers,
			query: delivery.query ?? {},
			params: {},
			body: delivery.body ?? {},
			rawBody: rawBody === undefined ? undefined : Buffer.from(rawBody),
			ip: delivery.ip ?? '127.0.0.1',
		};
		const additionalData = {
			credentialsHelper: this.credentials,
			httpRequest: request,
			httpResponse: response,
			variables: {},
			webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
			executionId: undefined,
		} as unknown as IWorkflowExecuteAdditionalData;
		const webhookData = {
			httpMethod: method,
			node: this.node.name,
			path,
			webhookDescription: { name: path === '3ds-return' ? 'setup' : 'default', httpMethod: method, path, responseMode: 'onReceived' },
			workflowId: workflow.id,
			webhookId: 'sipay-test',
		} as unknown as IWebhookData;
		const context = new WebhookContext(workflow, this.node, additionalData, 'webhook', webhookData, [], null);
		const result = await this.trigger.webhook.call(context);
		if (workflow.staticData.__dataChanged === true) {
			workflow.staticData.__dataChanged = false;
			this.saved = JSON.stringify(workflow.staticData, (key, value: unknown) => (key === '__dataChanged' ? undefined : value));
		}
		return {
			status: response.statusCode,
			body: response.body,
			contentType: response.contentType,
			redirect: response.redirectedTo,
			items: result.workflowData?.[0]?.map((item) => item.json),
			result,
		};
	}
}
