import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';

import { type Answer, TriggerSession } from '../../harness/trigger';
import { SipaySandbox } from '../../sandbox/server';

/**
 * A local HTTP endpoint in front of a TriggerSession: the simulator's webhooks (and a shopper's
 * 3-D return) arrive over real HTTP and are handed to the trigger the way n8n parses them.
 */
export class Relay {
	readonly answers: Answer[] = [];

	private server?: Server;

	url = '';

	constructor(public session: TriggerSession) {}

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				void (async () => {
					const raw = Buffer.concat(chunks).toString('utf8');
					const url = new URL(req.url ?? '/', 'http://relay');
					const form = String(req.headers['content-type'] ?? '').includes('urlencoded');
					const body = raw === '' ? {} : form ? Object.fromEntries(new URLSearchParams(raw)) : (JSON.parse(raw) as IDataObject);
					const answer = await this.session.deliver({
						method: req.method === 'GET' ? 'GET' : 'POST',
						path: url.pathname.replace(/^\//, ''),
						query: Object.fromEntries(url.searchParams),
						headers: req.headers as Record<string, string>,
						body,
						rawBody: raw,
					});
					this.answers.push(answer);
					res.writeHead(answer.status, answer.redirect ? { Location: answer.redirect } : {});
					res.end(answer.body);
				})();
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	/** Items the trigger started workflows with, in order. */
	get started(): IDataObject[] {
		return this.answers.flatMap((answer) => answer.items ?? []);
	}
}

/** A simulator and a relay for the whole test file. */
export function useRelay() {
	const sandbox = new SipaySandbox();
	const relay = new Relay(new TriggerSession({}));
	beforeAll(async () => {
		await sandbox.start();
		await relay.start();
	});
	afterAll(async () => {
		await relay.stop();
		await sandbox.stop();
	});
	return { sandbox, relay };
}
