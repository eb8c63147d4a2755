import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real n8n (the release in package.json `config.n8nVersion`) with this package loaded from dist/,
 * its own user folder and database, credentials and workflows imported through n8n's CLI.
 */

export const ROOT = resolve(__dirname, '..');

export interface ImportedCredential {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

export interface N8nOptions {
	port: number;
	/** Folder for n8n's database and settings; a new temporary one by default. */
	userFolder?: string;
	credentials: ImportedCredential[];
	/** Workflow JSON objects (each with an `id`); active ones are published before start. */
	workflows: Array<Record<string, unknown>>;
	log?: (line: string) => void;
	/** Extra environment (database, queue mode, …), over the defaults. */
	env?: Record<string, string>;
	/** `start` (default), or a queue-mode `worker` or `webhook` process. */
	command?: 'start' | 'worker' | 'webhook';
	/** Told before each step of `prepare()` (each is an n8n command that takes seconds). */
	progress?: (step: string, index: number, count: number) => void;
}

/** The instance owner the end-to-end tests sign in as. */
export const OWNER = { email: 'owner@example.com', password: 'Sipay-Test-Passw0rd' };

export function n8nInstallDir(): string {
	return execFileSync('bash', [join(ROOT, 'scripts/install-n8n.sh')], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	}).trim();
}

function node24(): string {
	return join(ROOT, 'node_modules/.bin/node');
}

export class RealN8n {
	readonly url: string;

	readonly userFolder: string;

	readonly output: string[] = [];

	private process?: ChildProcess;

	private readonly bin: string;

	constructor(private readonly options: N8nOptions) {
		this.url = `http://127.0.0.1:${options.port}`;
		this.userFolder = options.userFolder ?? mkdtempSync(join(tmpdir(), 'n8n-sipay-e2e-'));
		this.bin = join(n8nInstallDir(), 'node_modules/n8n/bin/n8n');
	}

	get env(): NodeJS.ProcessEnv {
		const { port } = this.options;
		return {
			PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`,
			HOME: process.env.HOME,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: 'n8n-nodes-sipay-local-encryption-key',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_HOST: '127.0.0.1',
			N8N_PORT: String(port),
			N8N_RUNNERS_BROKER_PORT: String(port + 1),
			WEBHOOK_URL: `${this.url}/`,
			N8N_EDITOR_BASE_URL: `${this.url}/`,
			N8N_SECURE_COOKIE: 'false',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_DISABLED_MODULES: 'mcp-registry,agents,instance-ai,workflow-builder,chat-hub',
			N8N_LOG_LEVEL: 'warn',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			// Executions a workflow does not save (the card examples) are deleted at the next pruning
			// run, within a minute, instead of being kept an hour (n8n's default).
			EXECUTIONS_DATA_HARD_DELETE_BUFFER: '0',
			EXECUTIONS_DATA_PRUNE_HARD_DELETE_INTERVAL: '1',
			...this.options.env,
		};
	}

	private cli(...args: string[]): string {
		return execFileSync(node24(), [this.bin, ...args], {
			env: this.env,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 180_000,
		});
	}

	/**
	 * Installs the package the way n8n installs a community package: `npm pack` of this repository,
	 * unpacked into the user folder's nodes/node_modules (so node types are `n8n-nodes-sipay.*`).
	 */
	installPackage(): void {
		const target = join(this.userFolder, '.n8n/nodes/node_modules/n8n-nodes-sipay');
		rmSync(target, { recursive: true, force: true });
		mkdirSync(target, { recursive: true });
		const packed = mkdtempSync(join(tmpdir(), 'n8n-sipay-pack-'));
		const tarball = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', packed], {
			cwd: ROOT,
			encoding: 'utf8',
		}).trim();
		execFileSync('tar', ['-xzf', join(packed, tarball.split('\n').pop() ?? ''), '-C', target, '--strip-components=1']);
		rmSync(packed, { recursive: true, force: true });
	}

	/**
	 * Installs the package, imports the credentials and all workflows (one n8n command each), then
	 * publishes the active workflows (one command per workflow). n8n must be stopped.
	 */
	prepare(): void {
		const folder = join(this.userFolder, 'import');
		mkdirSync(folder, { recursive: true });
		const credentialsFile = join(folder, 'credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(this.options.credentials));
		const workflowsFile = join(folder, 'workflows.json');
		writeFileSync(workflowsFile, JSON.stringify(this.options.workflows.map((workflow) => ({ ...workflow, active: false }))));
		const steps: Array<[string, () => void]> = [
			['installing the packed package', () => this.installPackage()],
			[`importing ${this.options.credentials.length} credentials`, () => this.cli('import:credentials', `--input=${credentialsFile}`)],
			[`importing ${this.options.workflows.length} workflows`, () => this.cli('import:workflow', `--input=${workflowsFile}`)],
			...this.options.workflows
				.filter((workflow) => workflow.active)
				.map((workflow): [string, () => void] => [
					`publishing "${String(workflow.name)}"`,
					() => this.cli('publish:workflow', `--id=${String(workflow.id)}`),
				]),
		];
		steps.forEach(([step, run], index) => {
			this.options.progress?.(step, index + 1, steps.length);
			run();
		});
	}

	/**
	 * Runs a workflow that starts with a Manual Trigger, in a separate n8n process (n8n must be
	 * stopped); returns its run data. Asynchronous, so a simulator in this process keeps answering.
	 */
	async execute(workflowId: string): Promise<Record<string, unknown>> {
		const output = await new Promise<string>((resolve, reject) => {
			execFile(
				node24(),
				[this.bin, 'execute', `--id=${workflowId}`, '--rawOutput'], // the run data is printed at log level info
				{ env: { ...this.env, N8N_LOG_LEVEL: 'info' }, encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
				(error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
			);
		});
		return JSON.parse(output.slice(output.indexOf('{'))) as Record<string, unknown>;
	}

	/**
	 * Starts `n8n start` and waits for /healthz/readiness, then (n8n registers published workflows'
	 * webhooks after it is ready) until `readyWebhook`, a GET webhook path, answers.
	 */
	async start(readyWebhook?: string, timeoutMs = 180_000): Promise<void> {
		const command = this.options.command ?? 'start';
		this.process = spawn(node24(), [this.bin, command], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
		// A worker serves no HTTP but its queue health check.
		const health =
			command === 'worker' ? `http://127.0.0.1:${this.env.QUEUE_HEALTH_CHECK_PORT}/healthz` : `${this.url}/healthz/readiness`;
		const collect = (chunk: Buffer) => {
			for (const line of chunk.toString('utf8').split('\n')) {
				if (!line.trim()) continue;
				this.output.push(line);
				this.options.log?.(line);
			}
		};
		this.process.stdout?.on('data', collect);
		this.process.stderr?.on('data', collect);
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (this.process.exitCode !== null) {
				throw new Error(`n8n exited with ${this.process.exitCode}:\n${this.output.slice(-30).join('\n')}`);
			}
			try {
				const healthy = (await fetch(health)).ok;
				// While starting, n8n answers 503 pages; an unregistered webhook answers 404.
				const probe = readyWebhook ? (await fetch(`${this.url}/webhook/${readyWebhook}`)).status : 200;
				if (healthy && probe !== 404 && probe < 500) return;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`n8n did not answer /healthz within ${timeoutMs} ms:\n${this.output.slice(-30).join('\n')}`);
	}

	private session?: string;

	/**
	 * A cookie of the instance owner for n8n's REST API (what the editor calls): sets the owner up on
	 * first use (`POST /rest/owner/setup`), signs in when it already is (`POST /rest/login`).
	 */
	async ownerCookie(): Promise<string> {
		if (this.session) return this.session;
		const send = (path: string, body: unknown) =>
			fetch(`${this.url}${path}`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(body),
			});
		let answer = await send('/rest/owner/setup', { ...OWNER, firstName: 'Test', lastName: 'Owner' });
		if (answer.status !== 200) {
			answer = await send('/rest/login', { emailOrLdapLoginId: OWNER.email, password: OWNER.password });
		}
		if (answer.status !== 200) throw new Error(`n8n refused the owner session: HTTP ${answer.status} ${await answer.text()}`);
		this.session = (answer.headers.get('set-cookie') ?? '').split(';')[0];
		return this.session;
	}

	/** A call to n8n's REST API as the owner; `data` is what n8n wraps its answers in. */
	async rest<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; data: T }> {
		const response = await fetch(`${this.url}/rest${path}`, {
			method,
			headers: { 'Content-Type': 'application/json', cookie: await this.ownerCookie() },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const parsed = (await response.json().catch(() => ({}))) as { data?: T };
		return { status: response.status, data: parsed.data as T };
	}

	async stop(): Promise<void> {
		const child = this.process;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	}
}

/** The Business API trigger's webhook path in `examples/payout-results.json` (its `webhookId`). */
export const BUSINESS_EVENTS_WEBHOOK = 'sipay-business-events/webhook';

/** A secret token for the Business API trigger: 32 random bytes, hex. */
export function newWebhookToken(): string {
	return randomBytes(32).toString('hex');
}

export interface ExampleSettings {
	/** Replaces the simulator address the examples are written for (http://127.0.0.1:8899). */
	sandboxUrl: string;
	/** Replaces the n8n address the examples are written for (http://127.0.0.1:5678). */
	n8nUrl: string;
	/**
	 * The Secret Token of every Sipay Trigger that verifies Business API calls by token. The files
	 * ship without one (the trigger refuses every call then), so each import sets its own.
	 */
	webhookToken: string;
}

/** A Sipay Trigger for Business API calls that checks a secret token (the trigger's default check). */
export function isTokenVerifiedTrigger(node: { type: string; parameters: Record<string, unknown> }): boolean {
	const { source, verification = 'secretToken' } = node.parameters;
	return node.type === 'n8n-nodes-sipay.sipayTrigger' && source === 'business' && verification === 'secretToken';
}

/** An example workflow file, with the addresses and the webhook secret token of `settings`. */
export function loadExample(name: string, settings: ExampleSettings): Record<string, unknown> {
	const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
	const workflow = JSON.parse(
		text.split('http://127.0.0.1:8899').join(settings.sandboxUrl).split('http://127.0.0.1:5678').join(settings.n8nUrl),
	) as { nodes: Array<{ type: string; parameters: Record<string, unknown> }> } & Record<string, unknown>;
	for (const node of workflow.nodes) {
		if (isTokenVerifiedTrigger(node)) {
			node.parameters.secretToken = settings.webhookToken;
		}
	}
	return workflow;
}

/** A GET webhook of the example workflows: registered once n8n has activated them. */
export const READY_WEBHOOK = 'sipay-payment-events/3ds-return';

/** Every example workflow, in the order they are imported. */
export function loadExamples(settings: ExampleSettings): Array<Record<string, unknown>> {
	return readdirSync(join(ROOT, 'examples'))
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => loadExample(file, settings));
}

/** The credentials the examples use, pointing at a running simulator. */
export function simulatorCredentials(sandbox: {
	paymentCredentials(): Record<string, unknown>;
	businessCredentials(): Record<string, unknown>;
}): ImportedCredential[] {
	return [
		{ id: 'sipayPaySandbox1', name: 'Sipay Payment (simulator)', type: 'sipayPaymentApi', data: sandbox.paymentCredentials() },
		{ id: 'sipayBizSandbox1', name: 'Sipay Business (simulator)', type: 'sipayBusinessApi', data: sandbox.businessCredentials() },
	];
}
