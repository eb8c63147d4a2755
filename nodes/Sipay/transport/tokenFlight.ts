import { createHash } from 'crypto';

/**
 * One token request per credential per n8n process at a time. n8n runs a credential's
 * `preAuthentication` in every execution that holds an empty or refused token, so a burst of
 * executions that start together would each fetch their own token (and a Sipay that invalidates
 * older tokens would make them refuse each other). Here, callers holding a token that another
 * caller has already replaced — or is replacing right now — get that newer token instead.
 */

interface Flight<T> {
	/** Tokens already replaced by `current` (the empty token of a cold start included). */
	replaced: Set<string>;
	current?: Promise<T>;
	/** When `current` was answered; undefined while it is in flight. */
	answeredAt?: number;
}

const MAX_REPLACED = 64;

/** How long a new token is handed to callers that still hold the one it replaced. */
const SHARE_MS = 10_000;

const flights = new Map<string, Flight<unknown>>();

/** A key for the credential that never holds its secrets in clear. */
export const credentialKey = (...parts: unknown[]): string =>
	createHash('sha256').update(parts.map((part) => String(part ?? '')).join('\u001f')).digest('hex');

export async function sharedTokenRequest<T>(
	key: string,
	heldToken: unknown,
	fetchToken: () => Promise<T>,
	tokenOf: (result: T) => string,
): Promise<T> {
	const held = String(heldToken ?? '');
	let flight = flights.get(key) as Flight<T> | undefined;
	if (!flight) {
		flight = { replaced: new Set() };
		flights.set(key, flight);
	}
	// While a request is in flight, everyone whose token it replaces joins it; once answered, its
	// token is handed to callers still holding a token it replaced for a while (executions that
	// loaded the credential just before the new token was stored).
	const inFlight = flight.current !== undefined && flight.answeredAt === undefined;
	const recent = flight.answeredAt !== undefined && Date.now() - flight.answeredAt < SHARE_MS;
	if (flight.current && (inFlight || recent) && flight.replaced.has(held)) return await flight.current;

	const state = flight;
	state.replaced.add(held);
	if (state.replaced.size > MAX_REPLACED) state.replaced.delete(state.replaced.values().next().value as string);
	state.answeredAt = undefined;
	const request = fetchToken().then(
		(result) => {
			state.replaced.delete(tokenOf(result));
			if (state.current === request) state.answeredAt = Date.now();
			return result;
		},
		(error: unknown) => {
			// A failed request is not shared with later callers: they try again.
			if (state.current === request) state.current = undefined;
			throw error;
		},
	);
	state.current = request;
	return await request;
}

/** Forgets every shared token request, as a restart of the process would. */
export function forgetSharedTokens(): void {
	flights.clear();
}
