import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

import { BusinessSim, type BusinessSeed } from './business';
import { type FaultRule, Faults } from './faults';
import { json, parseBody, type Route, type SimRequest, type SimResponse } from './http';
import { PaymentSim, type PaymentSeed } from './payment';
import { WebhookSender } from './webhooks';

/**
 * A Sipay that runs on this machine: both APIs over real HTTP on 127.0.0.1, validating what real
 * Sipay validates (payment-api.md, business-api.md). Used by tests, `npm start` and benchmarks.
 *
 * Layout of URLs on one port:
 *   /ccpayment/...          Payment API            (credential: Custom base URL = sandbox.url)
 *   /ids/connect/token      Business identity      (credential: identity URL = sandbox.url + '/ids')
 *   /sts/v1/...             Business API           (credential: API URL = sandbox.url + '/sts')
 *   /sandbox/...            simulator controls and the simulated 3-D bank pages
 */

export interface SandboxOptions {
	port?: number;
	host?: string;
	/** Payment API token lifetime (Sipay: 2 hours). */
	paymentTokenTtlMs?: number;
	/** Business API token lifetime in seconds (Sipay: 3600). */
	businessTokenTtlSeconds?: number;
	payment?: PaymentSeed;
	business?: BusinessSeed;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string>;
	body: Record<string, unknown>;
	bodyType: SimRequest['bodyType'];
	rawBody: string;
	status: number;
	at: number;
	/** How long the simulator took to work out the answer (ms), faults and held calls included. */
	handlingMs: number;
}

export class SipaySandbox {
	readonly faults = new Faults();

	readonly requests: RecordedRequest[] = [];

	/** What example workflows post to `/sandbox/sink` (so a demo or a test can see a workflow ran). */
	readonly sink: Array<Record<string, unknown>> = [];

	readonly webhooks: WebhookSender;

	readonly payment: PaymentSim;

	readonly business: BusinessSim;

	private server?: Server;

	private baseUrl = '';

	private readonly sockets = new Set<import('node:net').Socket>();

	/** Calls being handled right now, and the most seen at once, per lower-case path. */
	private readonly open = new Map<string, { now: number; most: number }>();

	/** Calls held by a `gather` fault, per lower-case path. */
	private readonly gathering = new Map<string, Array<() => void>>();

	constructor(private readonly options: SandboxOptions = {}) {
		this.webhooks = new WebhookSender();
		this.payment = new PaymentSim({
			url: () => this.url,
			webhooks: this.webhooks,
			tokenTtlMs: options.paymentTokenTtlMs,
			seed: options.payment,
		});
		this.business = new BusinessSim({
			webhooks: this.webhooks,
			tokenTtlSeconds: options.businessTokenTtlSeconds,
			seed: options.business,
		});
	}

	get url(): string {
		return this.baseUrl;
	}

	/** Credential data for the package's "Sipay Payment API" credential (Custom base URL). */
	paymentCredentials() {
		const merchant = this.payment.merchant;
		return {
			environment: 'custom',
			baseUrl: this.url,
			appId: merchant.appId,
			appSecret: merchant.appSecret,
			merchantKey: merchant.merchantKey,
			merchantId: String(merchant.merchantId),
			language: 'en',
			token: '',
		};
	}

	/** Credential data for the package's "Sipay Business API" credential (Custom URLs). */
	businessCredentials() {
		const client = this.business.client;
		return {
			environment: 'custom',
			identityUrl: `${this.url}/ids`,
			apiUrl: `${this.url}/sts`,
			clientId: client.clientId,
			clientSecret: client.clientSecret,
			xClientId: client.xClientId,
			accessToken: '',
		};
	}

	async start(): Promise<this> {
		const routes = this.routes();
		this.server = createServer((req, res) => void this.handle(routes, req, res));
		this.server.on('connection', (socket) => {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
		});
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve);
		});
		const address = this.server.address() as AddressInfo;
		this.baseUrl = `http://${address.address}:${address.port}`;
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** Back to the seeded state: no tokens, payments, transfers, faults or recorded requests. */
	reset(): void {
		this.requests.length = 0;
		this.open.clear();
		this.sink.length = 0;
		this.faults.clear();
		this.webhooks.reset();
		this.payment.reset();
		this.business.reset();
	}

	/** The most calls to one path (case-insensitive) that were being handled at the same time. */
	mostAtOnce(path: string): number {
		return this.open.get(path.toLowerCase())?.most ?? 0;
	}

	/** The recorded requests to one path (case-insensitive). */
	requestsTo(path: string): RecordedRequest[] {
		const lower = path.toLowerCase();
		return this.requests.filter((request) => request.path.toLowerCase() === lower);
	}

	private routes(): Route[] {
		return [
			...this.payment.routes(),
			...this.business.routes().map((route) => ({ ...route, path: businessPath(route.path) })),
			...this.controlRoutes(),
		];
	}

	/** The same controls over HTTP, for workflows and a real n8n running in another process. */
	private controlRoutes(): Route[] {
		return [
			{ method: 'POST', path: '/sandbox/reset', handler: () => (this.reset(), json({ reset: true })) },
			{
				method: 'POST',
				path: '/sandbox/faults',
				handler: (request) => {
					const rule = request.body as unknown as FaultRule;
					if (!rule.fault || typeof rule.fault !== 'object') return json({ error: 'fault is required' }, 400);
					this.faults.add(rule);
					return json({ added: rule });
				},
			},
			{
				method: 'POST',
				path: '/sandbox/tokens/revoke',
				handler: () => {
					this.payment.revokeTokens();
					this.business.revokeTokens();
					return json({ revoked: true });
				},
			},
			{
				method: 'GET',
				path: '/sandbox/requests',
				handler: (request) =>
					json(
						this.requests
							.filter((entry) => !request.query.path || entry.path.toLowerCase() === request.query.path.toLowerCase())
							.map(({ method, path, status, body, at }) => ({ method, path, status, body, at })),
					),
			},
			{ method: 'GET', path: '/sandbox/webhooks', handler: () => json(this.webhooks.deliveries) },
			{
				method: 'POST',
				path: '/sandbox/sink',
				handler: (request) => (this.sink.push(request.body), json({ received: this.sink.length })),
			},
			{ method: 'GET', path: '/sandbox/sink', handler: () => json(this.sink) },
		];
	}

	private async handle(routes: Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks).toString('utf8');
		const url = new URL(req.url ?? '/', 'http://sandbox');
		const request: SimRequest = {
			method: (req.method ?? 'GET').toUpperCase(),
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			rawBody,
			...parseBody(String(req.headers['content-type'] ?? ''), rawBody),
		};

		let response: SimResponse | 'reset' | 'hang';
		const counter = this.open.get(url.pathname.toLowerCase()) ?? { now: 0, most: 0 };
		this.open.set(url.pathname.toLowerCase(), counter);
		counter.now += 1;
		counter.most = Math.max(counter.most, counter.now);
		const started = performance.now();
		try {
			response = await this.dispatch(routes, request);
		} catch (error) {
			response = { status: 500, json: { message: `sandbox error: ${(error as Error).message}` } };
		} finally {
			counter.now -= 1;
		}
		this.requests.push({
			method: request.method,
			path: request.path,
			query: request.query,
			headers: Object.fromEntries(
				Object.entries(req.headers).map(([key, value]) => [key, String(value)]),
			),
			body: request.body,
			bodyType: request.bodyType,
			rawBody,
			status: typeof response === 'string' ? 0 : (response.status ?? 200),
			at: Date.now(),
			handlingMs: performance.now() - started,
		});
		if (response === 'reset') {
			req.socket.destroy();
			return;
		}
		if (response === 'hang') return;
		this.write(res, response);
	}

	private async dispatch(routes: Route[], request: SimRequest): Promise<SimResponse | 'reset' | 'hang'> {
		let dropAnswer = false;
		for (const fault of this.faults.take(request.path)) {
			switch (fault.kind) {
				case 'dropAnswer':
					dropAnswer = true;
					break;
				case 'latency':
					await new Promise((resolve) => setTimeout(resolve, fault.ms));
					break;
				case 'gather':
					await this.gather(request.path.toLowerCase(), fault.count);
					break;
				case 'reset':
					return 'reset';
				case 'timeout':
					return 'hang';
				case 'http':
					return fault.rawBody !== undefined
						? { status: fault.status, text: fault.rawBody, headers: { 'Content-Type': 'application/json' } }
						: { status: fault.status, json: fault.body ?? { message: `HTTP ${fault.status}` } };
				case 'sipayCode':
					return request.path.toLowerCase().startsWith('/ccpayment')
						? { json: { status_code: Number(fault.code), status_description: fault.message ?? 'Simulated failure' } }
						: { json: { status: 2, code: String(fault.code), message: fault.message ?? 'Simulated failure', payload: null } };
			}
		}
		const lower = request.path.toLowerCase();
		const samePath = routes.filter((route) => {
			const path = route.path.toLowerCase();
			return path.endsWith('/*') ? lower.startsWith(path.slice(0, -1)) && lower.length > path.length - 1 : path === lower;
		});
		const route = samePath.find((entry) => entry.method === request.method);
		if (route) {
			const response = await route.handler(request);
			return dropAnswer ? 'reset' : response;
		}
		if (samePath.length > 0) return { status: 405, json: { message: 'Method not allowed' } };
		return { status: 404, json: { message: `No route ${request.method} ${request.path}` } };
	}

	private async gather(path: string, count: number): Promise<void> {
		const waiting = this.gathering.get(path) ?? [];
		this.gathering.set(path, waiting);
		const held = new Promise<void>((resolve) => waiting.push(resolve));
		if (waiting.length >= count) {
			this.gathering.delete(path);
			for (const release of waiting.reverse()) release();
		}
		await held;
	}

	private write(res: ServerResponse, response: SimResponse): void {
		const status = response.status ?? 200;
		if (response.html !== undefined) {
			res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', ...response.headers });
			res.end(response.html);
		} else if (response.text !== undefined) {
			res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...response.headers });
			res.end(response.text);
		} else {
			res.writeHead(status, { 'Content-Type': 'application/json', ...response.headers });
			res.end(JSON.stringify(response.json ?? {}));
		}
	}
}

/** Business routes are written with their real paths; on the sandbox each host gets a prefix. */
function businessPath(path: string): string {
	if (path.toLowerCase() === '/connect/token') return `/ids${path}`;
	if (path.toLowerCase().startsWith('/v1/')) return `/sts${path}`;
	return path;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<SipaySandbox> {
	return await new SipaySandbox(options).start();
}
