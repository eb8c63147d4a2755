import type { ICredentialType, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { SipayBusinessApi } from '../../credentials/SipayBusinessApi.credentials';
import { SipayPaymentApi } from '../../credentials/SipayPaymentApi.credentials';
import { buildSubtitle } from '../../nodes/Sipay/actions/description';
import { OPERATIONS, RESOURCES } from '../../nodes/Sipay/actions/index';
import { Sipay } from '../../nodes/Sipay/Sipay.node';
import { SipayTrigger } from '../../nodes/Sipay/SipayTrigger.node';
import { useSimulator } from '../harness/simulator';

/** What a user reads in the editor: every field explained in plain words, nothing cut off or pre-filled. */

const SELECTORS = new Set(['api', 'resource', 'operation']);

/** Every field a panel can show, with the path a user follows to it, e.g. "Additional Fields › Billing City". */
function allFields(properties: INodeProperties[], path = ''): Array<{ path: string; field: INodeProperties }> {
	return properties.flatMap((field) => {
		const here = path ? `${path} › ${field.displayName}` : field.displayName;
		const nested = (field.options ?? []).flatMap((option) => {
			if ('type' in option) return allFields([option as INodeProperties], here);
			if ('values' in option) return allFields((option as INodePropertyCollection).values, here);
			return [];
		});
		return [{ path: here, field }, ...nested];
	});
}

const nodeFields = allFields(new Sipay().description.properties);
const triggerFields = allFields(new SipayTrigger().description.properties);
const credentialFields = [new SipayPaymentApi(), new SipayBusinessApi()].flatMap((credential: ICredentialType) =>
	allFields(credential.properties).filter(({ field }) => field.type !== 'hidden'),
);
const everyField = [...nodeFields, ...triggerFields, ...credentialFields].filter(
	({ field }) => field.type !== 'notice' && !SELECTORS.has(field.name),
);

// Endpoint paths, Sipay's body field names and back-office jargon belong in the README, not the panel.
const JARGON = /\b(?:POST|GET) \/|\/api\/|\/v1\/|ccpayment|walletgate|dekont|hash_key|ext_transaction_id|tenant_id|recurring_plan_code|payment_status|\bTCKN\b|\bVKN\b/i;

describe('the Sipay nodes in the editor, read as a user reads them', () => {
	it('every field of the nodes and credentials has a description', () => {
		const missing = everyField.filter(({ field }) => !field.description).map(({ path }) => path);
		expect(missing).toEqual([]);
		expect(everyField.length).toBeGreaterThan(400);
	});

	it('no description or operation text names an endpoint path or Sipay jargon', () => {
		const texts = [
			...everyField.map(({ path, field }) => [path, field.description ?? '']),
			...OPERATIONS.map((operation) => [operation.name, `${operation.description} ${operation.action}`]),
			...RESOURCES.map((resource) => [resource.name, resource.description]),
			...allFields(new SipayTrigger().description.properties).map(({ path, field }) => [path, field.displayName]),
		];
		expect(texts.filter(([, text]) => JARGON.test(text))).toEqual([]);
	});

	it('labels fit the panel', () => {
		expect(everyField.filter(({ field }) => field.displayName.length > 30).map(({ path }) => path)).toEqual([]);
	});

	it('amounts start empty and are required, so a forgotten amount is flagged', () => {
		const amounts = nodeFields.filter(({ field }) => field.name === 'amount' && field.displayOptions?.show?.operation);
		expect(amounts.length).toBeGreaterThanOrEqual(12);
		for (const { field } of amounts.filter(({ field }) => field.displayOptions?.show?.operation?.[0] !== 'verifyHash')) {
			expect(field).toMatchObject({ type: 'string', default: '', required: true });
		}
	});

	it('currency is a dropdown in both APIs', () => {
		const currencies = nodeFields.filter(({ field }) => field.name === 'currency' && field.displayOptions?.show?.api);
		const byApi = (api: string) => currencies.filter(({ field }) => field.displayOptions?.show?.api?.[0] === api);
		expect(byApi('business').length).toBe(6);
		for (const { field } of currencies) {
			expect(field.type).toBe('options');
			expect(field.options?.map((option) => ('value' in option ? option.value : ''))).toEqual(['EUR', 'TRY', 'USD']);
		}
	});

	it("the subtitle names the resource and operation, whatever the API", () => {
		const subtitle = buildSubtitle();
		const names = JSON.parse(/\{".*"\}/.exec(subtitle)?.[0] ?? '{}') as Record<string, string>;
		expect(Object.keys(names)).toHaveLength(37);
		expect(names['payment/savedCard/payThreeD']).toBe('Saved Card: Pay (3-D Secure)');
		expect(names['business/payout/sendToBankAccount']).toBe('Bank Payout: Send To Bank Account');
	});

	it('the credentials do not hide the API selector (they are hidden for the other API, not shown for one)', () => {
		for (const { description } of [new Sipay(), new SipayTrigger()]) {
			for (const credential of description.credentials ?? []) {
				expect(credential.displayOptions?.show).toBeUndefined();
				expect(Object.keys(credential.displayOptions?.hide ?? {})).toHaveLength(1);
			}
		}
	});

	it("the Business trigger's editor hides the 3-D return URLs", () => {
		const webhooks = new SipayTrigger().description.webhooks ?? [];
		expect(webhooks.map((webhook) => [webhook.path, webhook.ndvHideUrl ?? false])).toEqual([
			['webhook', false],
			['3ds-return', '={{$parameter["source"] === "business"}}'],
			['3ds-return', '={{$parameter["source"] === "business"}}'],
		]);
	});
});

describe('the Sipay node in a run', () => {
	const context = useSimulator();

	it('Custom API Call chosen on the node says where custom calls are made', async () => {
		const { error, items } = await context.harness.runSipay({
			parameters: { api: 'business', resource: '__CUSTOM_API_CALL__', operation: '__CUSTOM_API_CALL__' },
		});
		expect(items).toEqual([]);
		expect(error?.message).toBe('Custom API Call is made with an HTTP Request node, not with this node');
		expect(error?.description).toContain('"Predefined Credential Type"');
		expect(error?.description).toContain('Every Business API call works that way');
	});

	it('a Payment API step tells, above its output, which payments the merchant may take', async () => {
		const { error, run } = await context.harness.runSipay({
			parameters: { api: 'payment', resource: 'installment', operation: 'getMerchantInstallments' },
		});
		expect(error).toBeUndefined();
		expect(run.data.resultData.runData.Sipay[0].hints).toEqual([
			{ message: 'Sipay integration mode of this merchant: Non-secure (2-D) or 3-D Secure payments', location: 'outputPane' },
		]);
	});

	it('a Business API step adds no such hint', async () => {
		const { error, run } = await context.harness.runSipay({
			parameters: { api: 'business', resource: 'account', operation: 'getBusinessAccount' },
		});
		expect(error).toBeUndefined();
		expect(run.data.resultData.runData.Sipay[0].hints ?? []).toEqual([]);
	});
});
