import type { Route, SimRequest, SimResponse } from '../http';
import type { WebhookSender } from '../webhooks';
import { accountRoutes } from './account';
import { checkAuth, SCOPE, tokenRoute } from './auth';
import { controlRoutes } from './controls';
import { dataRoutes } from './data';
import { apiRoute, type ApiHandler } from './envelope';
import { payoutRoutes } from './payouts';
import type { BusinessWorldSeed } from './seed';
import { BusinessState } from './state';
import { transferRoutes } from './transfers';
import { walletRoutes } from './wallet';

/** Simulated Sipay Business API (business-api.md). Route paths are the real ones. */

export { SCOPE };

export interface BusinessClient {
	clientId: string;
	clientSecret: string;
	xClientId: string;
}

export interface BusinessSeed extends BusinessWorldSeed {
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

export class BusinessSim {
	client: BusinessClient;

	tokenTtlSeconds: number;

	state: BusinessState;

	readonly tokens = new Map<string, { expiresAt: number; revoked: boolean }>();

	constructor(readonly options: BusinessSimOptions) {
		this.client = { ...DEFAULT_CLIENT, ...options.seed?.client };
		this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
		this.state = new BusinessState(options.seed);
	}

	get webhooks(): WebhookSender {
		return this.options.webhooks;
	}

	reset(): void {
		this.client = { ...DEFAULT_CLIENT, ...this.options.seed?.client };
		this.state = new BusinessState(this.options.seed);
		this.tokens.clear();
	}

	revokeTokens(): void {
		for (const record of this.tokens.values()) record.revoked = true;
	}

	checkAuth(request: SimRequest): SimResponse | undefined {
		return checkAuth(this, request);
	}

	/** An authenticated /v1 route answering with the §2.3 envelope. */
	api(method: Route['method'], path: string, handler: ApiHandler): Route {
		return apiRoute((request) => this.checkAuth(request), method, path, handler);
	}

	routes(): Route[] {
		return [
			tokenRoute(this),
			...accountRoutes(this),
			...walletRoutes(this),
			...transferRoutes(this),
			...payoutRoutes(this),
			...dataRoutes(this),
			...controlRoutes(this),
		];
	}
}
