import { randomBytes } from 'node:crypto';

import { bearerToken, json, type Route, type SimRequest, type SimResponse } from '../http';
import type { BusinessSim } from './index';

/** Identity server (business-api.md §5) and the bearer + x-client-id check of every /v1 call (§2.1). */

export const SCOPE = 'sts_business_api';

/** OAuth2 client credentials, form body only; errors are IdentityServer's `{error}` with HTTP 400. */
export function tokenRoute(sim: BusinessSim): Route {
	return {
		method: 'POST',
		path: '/connect/token',
		handler: (request) => {
			if (request.bodyType !== 'form') return json({ error: 'invalid_request' }, 400);
			const body = request.body;
			if (body.grant_type !== 'client_credentials') return json({ error: 'unsupported_grant_type' }, 400);
			if (body.client_id !== sim.client.clientId || body.client_secret !== sim.client.clientSecret) {
				return json({ error: 'invalid_client' }, 400);
			}
			if (body.scope !== SCOPE) return json({ error: 'invalid_scope' }, 400);
			const token = `sim.${randomBytes(24).toString('base64url')}`;
			sim.tokens.set(token, { expiresAt: Date.now() + sim.tokenTtlSeconds * 1000, revoked: false });
			return json({ access_token: token, token_type: 'Bearer', expires_in: sim.tokenTtlSeconds, scope: SCOPE });
		},
	};
}

/**
 * Bearer token valid, and the x-client-id header (§2.1) is the client's platform key when Sipay
 * issued one; a client without a platform key sends none, so any value it sends is unknown.
 * HTTP 401 otherwise.
 */
export function checkAuth(sim: BusinessSim, request: SimRequest): SimResponse | undefined {
	const record = sim.tokens.get(bearerToken(request) ?? '');
	if (!record || record.revoked || record.expiresAt <= Date.now()) {
		return json({ status: 1, code: '401', message: 'Unauthorized', payload: null }, 401);
	}
	const sent = request.headers['x-client-id'];
	const expected = sim.client.xClientId === '' ? undefined : sim.client.xClientId;
	if (sent !== expected) {
		const problem = expected === undefined ? 'unknown x-client-id header' : 'x-client-id header missing or unknown';
		return json({ status: 1, code: '401', message: problem, payload: null }, 401);
	}
	return undefined;
}
