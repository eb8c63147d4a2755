import { randomBytes } from 'node:crypto';

import type { Route } from '../http';
import type { WebhookSender } from '../webhooks';
import { authRoutes } from './auth';
import { cardRoutes } from './cards';
import { cashoutRoutes } from './cashout';
import { controlRoutes } from './controls';
import { infoRoutes } from './info';
import { linkRoutes } from './link';
import { operationRoutes } from './operations';
import { paymentRoutes } from './payments';
import { recurringRoutes } from './recurring';
import { settlementRoutes } from './settlement';
import { PaymentState } from './state';
import { statusRoutes } from './status';
import { threeDRoutes } from './threeD';

/** Simulated Sipay Payment API (payment-api.md). Paths are the real ones, under /ccpayment. */

export interface Merchant {
	appId: string;
	appSecret: string;
	merchantKey: string;
	merchantId: number;
	/** Integration mode returned with the token (payment-api.md §3.1). */
	is3d: 0 | 1 | 2 | 4;
	currencies: string[];
	installments: number[];
	/** Webhook key names registered in the merchant panel → URL (payment-api.md §11). */
	saleWebhooks: Record<string, string>;
	recurringWebhooks: Record<string, string>;
	refundWebhooks: Record<string, string>;
}

export type PaymentSeed = Partial<Merchant>;

/** The public sandbox values printed in Sipay's documentation (payment-api.md §1.2). */
export const DEFAULT_MERCHANT: Merchant = {
	appId: '6d4a7e9374a76c15260fcc75e315b0b9',
	appSecret: 'b46a67571aa1e7ef5641dc3fa6f1712a',
	merchantKey: '$2y$10$HmRgYosneqcwHj.UH7upGuyCZqpQ1ITgSMj9Vvxn.t6f.Vdf2SQFO',
	merchantId: 18309,
	is3d: 1,
	currencies: ['TRY', 'USD', 'EUR'],
	installments: [1, 2, 3, 6, 9, 12],
	saleWebhooks: {},
	recurringWebhooks: {},
	refundWebhooks: {},
};

/** A merchant of its own: webhook keys registered later never reach the defaults or the seed. */
function seededMerchant(seed: PaymentSeed = {}): Merchant {
	const merchant = { ...DEFAULT_MERCHANT, ...seed };
	return {
		...merchant,
		currencies: [...merchant.currencies],
		installments: [...merchant.installments],
		saleWebhooks: { ...merchant.saleWebhooks },
		recurringWebhooks: { ...merchant.recurringWebhooks },
		refundWebhooks: { ...merchant.refundWebhooks },
	};
}

interface TokenRecord {
	expiresAt: number;
	revoked: boolean;
}

export interface PaymentSimOptions {
	url: () => string;
	webhooks: WebhookSender;
	tokenTtlMs?: number;
	seed?: PaymentSeed;
}

export class PaymentSim {
	merchant: Merchant;

	state = new PaymentState();

	tokenTtlMs: number;

	readonly tokens = new Map<string, TokenRecord>();

	constructor(readonly options: PaymentSimOptions) {
		this.merchant = seededMerchant(options.seed);
		this.tokenTtlMs = options.tokenTtlMs ?? 2 * 60 * 60 * 1000;
	}

	get webhooks(): WebhookSender {
		return this.options.webhooks;
	}

	get url(): string {
		return this.options.url();
	}

	reset(): void {
		this.merchant = seededMerchant(this.options.seed);
		this.state = new PaymentState();
		this.tokens.clear();
	}

	issueToken(): { token: string; expiresAt: number } {
		const token = `sim.${randomBytes(24).toString('base64url')}`;
		const expiresAt = Date.now() + this.tokenTtlMs;
		this.tokens.set(token, { expiresAt, revoked: false });
		return { token, expiresAt };
	}

	tokenIsValid(token: string | undefined): boolean {
		const record = token ? this.tokens.get(token) : undefined;
		return !!record && !record.revoked && record.expiresAt > Date.now();
	}

	/** Invalidates every issued token, as if they expired or were revoked mid-run. */
	revokeTokens(): void {
		for (const record of this.tokens.values()) record.revoked = true;
	}

	routes(): Route[] {
		return [
			...authRoutes(this),
			...infoRoutes(this),
			...paymentRoutes(this),
			...threeDRoutes(this),
			...statusRoutes(this),
			...operationRoutes(this),
			...linkRoutes(this),
			...cardRoutes(this),
			...recurringRoutes(this),
			...cashoutRoutes(this),
			...settlementRoutes(this),
			...controlRoutes(this),
		];
	}
}
