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

export class TriggerSession {
	readonly credentials = new TestCredentialsHelper(CREDENTIAL_TYPES);

	private readonly node: INode;

	private readonly workflow: Workflow;

	private readonly trigger = new SipayTrigger();

	constructor(parameters: IDataObject) {
		this.node = {
			id: 'sipay-trigger',
			name: 'Sipay Trigger',
			type: 'n8n-nodes-sipay.sipayTrigger',
			typeVersion: 1,
			position: [0, 0],
			webhookId: 'sipay-test',
			parameters: parameters as INode['parameters'],
			credentials: { sipayPaymentApi: { id: '1', name: 'Sipay Payment' } },
		};
		const trigger = this.trigger;
		this.workflow = new Workflow({
			id: 'trigger-test',
			nodes: [this.node],
			connections: {},
			active: true,
			staticData: {},
			nodeTypes: {
				getByName: () => trigger,
				getByNameAndVersion: () => trigger,
				getKnownTypes: () => ({}),
			},
		});
	}

	/** The node's static data: where events already seen are remembered. */
	get staticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	async deliver(delivery: Delivery): Promise<Answer> {
		const method = delivery.method ?? 'POST';
		const path = delivery.path ?? 'webhook';
		const url = `/webhook/sipay-test/${path}`;
		const response = new FakeResponse();
		const request = {
			method,
			url,
			originalUrl: url,
			headers: delivery.headers ?? {},
			query: delivery.query ?? {},
			params: {},
			body: delivery.body ?? {},
			rawBody: delivery.rawBody === undefined ? undefined : Buffer.from(delivery.rawBody),
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
			webhookDescription: { name: 'default', httpMethod: method, path, responseMode: 'onReceived' },
			workflowId: this.workflow.id,
			webhookId: 'sipay-test',
		} as unknown as IWebhookData;
		const context = new WebhookContext(this.workflow, this.node, additionalData, 'webhook', webhookData, [], null);
		const result = await this.trigger.webhook.call(context);
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
