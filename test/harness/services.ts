import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * PostgreSQL and Redis from Debian's packages, started by the test on loopback ports in folders of
 * their own, and removed afterwards: what an n8n cluster in queue mode runs on.
 */

function postgresBin(name: string): string {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
	for (const version of versions) {
		const path = join(root, version, 'bin', name);
		if (existsSync(path)) return path;
	}
	throw new Error(`${name} not found: install Debian's postgresql package`);
}

/** util-linux's runuser lives in an sbin folder, which a plain PATH may not list. */
function runuser(): string {
	return ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((path) => existsSync(path)) ?? 'runuser';
}

async function listening(port: number, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const open = await new Promise<boolean>((resolve) => {
			const socket = createConnection({ host: '127.0.0.1', port }, () => {
				socket.end();
				resolve(true);
			});
			socket.on('error', () => resolve(false));
		});
		if (open) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

export class Postgres {
	readonly folder = mkdtempSync(join(tmpdir(), 'sipay-pg-'));

	readonly user = 'n8n';

	readonly database = 'n8n';

	constructor(readonly port: number) {}

	/** PostgreSQL refuses to run as root: as root, the server runs as the `postgres` account. */
	private run(binary: string, args: string[]): string {
		const asRoot = userInfo().uid === 0;
		const [command, commandArgs] = asRoot ? [runuser(), ['-u', 'postgres', '--', postgresBin(binary), ...args]] : [postgresBin(binary), args];
		return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
	}

	async start(): Promise<this> {
		if (userInfo().uid === 0) {
			const account = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
			const group = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
			chownSync(this.folder, Number(account), Number(group));
		}
		chmodSync(this.folder, 0o700);
		const data = join(this.folder, 'data');
		this.run('initdb', ['-D', data, '-U', this.user, '-A', 'trust', '--no-sync']);
		this.run('pg_ctl', [
			'-D', data, '-l', join(this.folder, 'log'), '-w', '-t', '60',
			'-o', `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
			'start',
		]);
		await listening(this.port);
		this.run('createdb', ['-h', '127.0.0.1', '-p', String(this.port), '-U', this.user, this.database]);
		return this;
	}

	/** One SQL statement through psql; rows as tab-separated lines. */
	query(sql: string): string {
		return this.run('psql', ['-h', '127.0.0.1', '-p', String(this.port), '-U', this.user, '-d', this.database, '-At', '-F', '\t', '-c', sql]);
	}

	/** Every row of every table, as SQL text. */
	dump(): string {
		return this.run('pg_dump', ['-h', '127.0.0.1', '-p', String(this.port), '-U', this.user, '--data-only', this.database]);
	}

	/** What n8n needs to use this database. */
	get n8nEnv(): Record<string, string> {
		return {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(this.port),
			DB_POSTGRESDB_DATABASE: this.database,
			DB_POSTGRESDB_USER: this.user,
			DB_POSTGRESDB_PASSWORD: 'unused',
		};
	}

	stop(): void {
		if (!existsSync(join(this.folder, 'data', 'postmaster.pid'))) {
			rmSync(this.folder, { recursive: true, force: true });
			return;
		}
		try {
			this.run('pg_ctl', ['-D', join(this.folder, 'data'), '-m', 'fast', '-w', 'stop']);
		} finally {
			rmSync(this.folder, { recursive: true, force: true });
		}
	}
}

export class Redis {
	private process?: ChildProcess;

	constructor(readonly port: number) {}

	async start(): Promise<this> {
		this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
			stdio: 'ignore',
		});
		await listening(this.port);
		return this;
	}

	get n8nEnv(): Record<string, string> {
		return { QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(this.port) };
	}

	async stop(): Promise<void> {
		const child = this.process;
		if (!child || child.exitCode !== null) return;
		const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
		child.kill('SIGTERM');
		await exited;
	}
}
