import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy that makes a Sipay on this machine look a network away. Every byte takes
 * half the round-trip time each way (so a request and its answer cost one RTT), and every new
 * connection costs two more RTTs before its first byte goes through: the TCP handshake plus one
 * TLS-like round trip (TLS 1.3; TLS 1.2 would be one more). Counts connections and requests.
 */

export interface ProxyCounts {
	connections: number;
	/** HTTP requests seen (lines starting with a method at the start of a client chunk). */
	requests: number;
}

const REQUEST_START = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//;

export class LatencyProxy {
	readonly counts: ProxyCounts = { connections: 0, requests: 0 };

	private server?: Server;

	private readonly sockets = new Set<Socket>();

	private address = '';

	constructor(
		private readonly target: { host: string; port: number },
		readonly rttMs: number,
	) {}

	get url(): string {
		return this.address;
	}

	/** Connections and requests since the last call. */
	take(): ProxyCounts {
		const counts = { ...this.counts };
		this.counts.connections = 0;
		this.counts.requests = 0;
		return counts;
	}

	async start(port = 0): Promise<this> {
		this.server = createServer((client) => this.accept(client));
		await new Promise<void>((resolve, reject) => {
			this.server!.once('error', reject);
			this.server!.listen(port, '127.0.0.1', resolve);
		});
		const { port: bound } = this.server.address() as AddressInfo;
		this.address = `http://127.0.0.1:${bound}`;
		return this;
	}

	async stop(): Promise<void> {
		for (const socket of this.sockets) socket.destroy();
		await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
	}

	private accept(client: Socket): void {
		this.counts.connections += 1;
		client.setNoDelay(true);
		const upstream = connect(this.target.port, this.target.host);
		upstream.setNoDelay(true);
		for (const socket of [client, upstream]) {
			this.sockets.add(socket);
			socket.on('close', () => this.sockets.delete(socket));
			socket.on('error', () => {
				client.destroy();
				upstream.destroy();
			});
		}
		const oneWay = this.rttMs / 2;
		// The connection is usable two round trips after it was opened (TCP + TLS-like handshake).
		const openAt = Date.now() + 2 * this.rttMs;
		this.relay(client, upstream, () => Math.max(Date.now() + oneWay, openAt + oneWay), true);
		this.relay(upstream, client, () => Date.now() + oneWay, false);
	}

	/** Forwards `from` → `to`, each chunk at the time `due()` gives when it arrived, in order. */
	private relay(from: Socket, to: Socket, due: () => number, countRequests: boolean): void {
		// A chunk, or `end` (the other side finished sending), each with the time it is due.
		const queue: Array<{ at: number; chunk?: Buffer }> = [];
		let timer: NodeJS.Timeout | undefined;
		const flush = () => {
			timer = undefined;
			const now = Date.now();
			while (queue.length > 0 && queue[0].at <= now) {
				const { chunk } = queue.shift()!;
				if (to.destroyed) continue;
				if (chunk) to.write(chunk);
				else to.end();
			}
			if (queue.length > 0) timer = setTimeout(flush, queue[0].at - now);
		};
		const push = (chunk?: Buffer) => {
			// Never earlier than what is already queued: bytes keep their order.
			const at = Math.max(due(), queue.length > 0 ? queue[queue.length - 1].at : 0);
			queue.push({ at, chunk });
			if (!timer) timer = setTimeout(flush, Math.max(0, at - Date.now()));
		};
		from.on('data', (chunk: Buffer) => {
			if (countRequests && REQUEST_START.test(chunk.subarray(0, 16).toString('latin1'))) this.counts.requests += 1;
			push(chunk);
		});
		from.on('end', () => push());
		to.on('close', () => {
			if (timer) clearTimeout(timer);
		});
	}
}
