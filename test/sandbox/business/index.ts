import { randomBytes } from 'node:crypto';

import { bearerToken, json, type Route, type SimRequest, type SimResponse } from '../http';
import type { WebhookSender } from '../webhooks';

/** Simulated Sipay Business API (business-api.md). Route paths are the real ones. */

export interface BusinessClient {
	clientId: string;
	clientSecret: string;
	xClientId: string;
}

export interface BusinessSeed {
	client?: Partial<BusinessClient>;
}

export const DEFAULT_CLIENT: BusinessClient = {
	clientId: 'sandbox-client',
	clientSecret: 'sandbox-client-secret-0123456789',
	xClientId: 'sandbox-platform-key',
};

export interface BusinessSimOptions {
	webhooks: WebhookSender;
	tokenTtlSeconds?: number;
	seed?: BusinessSeed;
}

export const SCOPE = 'sts_business_api';

export class BusinessSim {
	client: BusinessClient;

	tokenTtlSeconds: number;

	readonly tokens = new Map<string, { expiresAt: number; revoked: boolean }>();

	constructor(readonly options: BusinessSimOptions) {
		this.client = { ...DEFAULT_CLIENT, ...options.seed?.client };
		this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
	}

	reset(): void {
		this.client = { ...DEFAULT_CLIENT, ...this.options.seed?.client };
		this.tokens.clear();
	}

	revokeTokens(): void {
		for (const record of this.tokens.values()) record.revoked = true;
	}

	/** Bearer token valid and x-client-id present; HTTP 401 otherwise (business-api.md §2.1). */
	checkAuth(request: SimRequest): SimResponse | undefined {
		const record = this.tokens.get(bearerToken(request) ?? '');
		if (!record || record.revoked || record.expiresAt <= Date.now()) {
			return json({ status: 1, code: '401', message: 'Unauthorized', payload: null }, 401);
		}
		if (request.headers['x-client-id'] !== this.client.xClientId) {
			return json({ status: 1, code: '401', message: 'x-client-id header missing or unknown', payload: null }, 401);
		}
		return undefined;
	}

	routes(): Route[] {
		return [
			{
				method: 'POST',
				path: '/connect/token',
				handler: (request) => {
					if (request.bodyType !== 'form') return json({ error: 'invalid_request' }, 400);
					const body = request.body;
					if (body.grant_type !== 'client_credentials') return json({ error: 'unsupported_grant_type' }, 400);
					if (body.client_id !== this.client.clientId || body.client_secret !== this.client.clientSecret) {
						return json({ error: 'invalid_client' }, 400);
					}
					if (body.scope !== SCOPE) return json({ error: 'invalid_scope' }, 400);
					const token = `sim.${randomBytes(24).toString('base64url')}`;
					this.tokens.set(token, { expiresAt: Date.now() + this.tokenTtlSeconds * 1000, revoked: false });
					return json({ access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds, scope: SCOPE });
				},
			},
			{
				method: 'POST',
				path: '/v1/Account/GetBusinessAccount',
				handler: (request) =>
					this.checkAuth(request) ??
					json({
						status: 0,
						code: '100',
						message: 'İşlem Başarılı',
						payload: {
							id: '2111111222222333333',
							tenant_id: '1',
							name: 'X İşletmesi',
							account_number: '1122334455',
							business_type: 1,
							kyc_level: 'Contracted',
						},
					}),
			},
		];
	}
}
