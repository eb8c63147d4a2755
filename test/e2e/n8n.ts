import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A real n8n (the release in package.json `config.n8nVersion`) with this package loaded from dist/,
 * its own user folder and database, credentials and workflows imported through n8n's CLI.
 */

export const ROOT = resolve(__dirname, '../..');

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
}

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
			N8N_CUSTOM_EXTENSIONS: join(ROOT, 'dist'),
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

	/** Imports credentials and workflows, publishes the active workflows. n8n must be stopped. */
	prepare(): void {
		const folder = join(this.userFolder, 'import');
		mkdirSync(folder, { recursive: true });
		const credentialsFile = join(folder, 'credentials.json');
		writeFileSync(credentialsFile, JSON.stringify(this.options.credentials));
		this.cli('import:credentials', `--input=${credentialsFile}`);
		for (const workflow of this.options.workflows) {
			const file = join(folder, `${String(workflow.id)}.json`);
			writeFileSync(file, JSON.stringify({ ...workflow, active: false }));
			this.cli('import:workflow', `--input=${file}`);
			if (workflow.active) this.cli('publish:workflow', `--id=${String(workflow.id)}`);
		}
	}

	/** Runs a workflow that starts with a Manual Trigger, in a separate n8n process; returns its run data. */
	execute(workflowId: string): Record<string, unknown> {
		const output = this.cli('execute', `--id=${workflowId}`, '--rawOutput');
		const start = output.indexOf('{');
		return JSON.parse(output.slice(start)) as Record<string, unknown>;
	}

	async start(timeoutMs = 120_000): Promise<void> {
		this.process = spawn(node24(), [this.bin, 'start'], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
				const health = await fetch(`${this.url}/healthz`);
				if (health.ok) return;
			} catch {
				// not listening yet
			}
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		throw new Error(`n8n did not answer /healthz within ${timeoutMs} ms:\n${this.output.slice(-30).join('\n')}`);
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

/** Example workflow files, with the simulator's default address replaced by the one in use. */
export function loadExample(name: string, sandboxUrl: string): Record<string, unknown> {
	const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
	return JSON.parse(text.split('http://127.0.0.1:8899').join(sandboxUrl)) as Record<string, unknown>;
}
