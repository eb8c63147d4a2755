import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { ROOT, RealN8n, simulatorCredentials } from '../../scripts/n8n';
import { actionWithApi } from '../../nodes/Sipay/actions/description';
import { OPERATIONS, RESOURCES } from '../../nodes/Sipay/actions/index';
import { Editor } from '../harness/editor';
import { saveTestCard } from '../harness/merchant';
import { SipaySandbox } from '../sandbox/server';

/**
 * The package in the real n8n editor (Chromium): what a user sees in the node panel, every
 * operation's panel, the triggers' webhook URLs and a run's output. The screenshots it takes are
 * the ones the README shows (docs/editor/).
 */

jest.setTimeout(120_000);

// n8n listens here and its task broker on the next port; the simulator two ports above.
const N8N_PORT = Number(process.env.SIPAY_EDITOR_N8N_PORT ?? 33630);
const SCREENSHOTS = join(ROOT, 'docs/editor');

const sandbox = new SipaySandbox({ port: N8N_PORT + 2 });
let n8n: RealN8n;
let editor: Editor;

const WORKFLOW = 'sipayEditorTour1';
// The simulator's id and name; its data (the simulator's address) is read once it runs.
const PAYMENT_CREDENTIAL = { id: 'sipayPaySandbox1', name: 'Sipay Payment (simulator)' };

const node = (name: string, type: string, position: [number, number], parameters: IDataObject, extra: IDataObject = {}) => ({
	id: name.replace(/\W/g, '').toLowerCase(),
	name,
	type,
	typeVersion: 1,
	position,
	parameters,
	...extra,
});
const withPaymentCredential = { credentials: { sipayPaymentApi: { id: PAYMENT_CREDENTIAL.id, name: PAYMENT_CREDENTIAL.name } } };

/** One workflow with the nodes the tests open; only a Payment API credential exists at first. */
const tour = () => ({
	id: WORKFLOW,
	name: 'Sipay in the editor',
	active: false,
	nodes: [
		node('Start', 'n8n-nodes-base.manualTrigger', [0, 0], {}),
		node('Installments', 'n8n-nodes-sipay.sipay', [260, 0], { api: 'payment', resource: 'installment', operation: 'getMerchantInstallments' }, withPaymentCredential),
		node('Sipay', 'n8n-nodes-sipay.sipay', [260, 200], { api: 'payment', resource: 'payment', operation: 'pay' }, withPaymentCredential),
		node('Wallet', 'n8n-nodes-sipay.sipay', [520, 200], { api: 'business', resource: 'wallet', operation: 'get' }),
		node('Payout', 'n8n-nodes-sipay.sipay', [520, 0], { api: 'business', resource: 'payout', operation: 'sendToBankAccount' }),
		node('Payment Events', 'n8n-nodes-sipay.sipayTrigger', [0, 400], { source: 'payment' }, { webhookId: 'sipay-editor-payment', ...withPaymentCredential }),
		node('Business Events', 'n8n-nodes-sipay.sipayTrigger', [260, 400], { source: 'business' }, { webhookId: 'sipay-editor-business' }),
	],
	connections: { Start: { main: [[{ node: 'Installments', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
	pinData: {},
});

let business: { id: string; name: string } | undefined;
/** A Business API credential, created in n8n the first time a test needs one (the tour starts without). */
async function businessCredential(): Promise<{ id: string; name: string }> {
	if (business) return business;
	const [, simulator] = simulatorCredentials(sandbox);
	const created = await n8n.rest<{ id: string }>('POST', '/credentials', {
		name: 'Sipay Business (simulator)',
		type: 'sipayBusinessApi',
		data: simulator.data,
	});
	expect(created.status).toBe(200);
	business = { id: created.data.id, name: 'Sipay Business (simulator)' };
	return business;
}

const apiName = (api: string) => (api === 'payment' ? 'Payment API' : 'Business API');
const resourceName = (api: string, resource: string) =>
	RESOURCES.find((entry) => entry.api === api && entry.value === resource)?.name ?? resource;

/** Fields a panel must show as soon as its operation is chosen: required, depending on nothing else. */
const requiredLabels = (fields: INodeProperties[]) =>
	fields
		.filter((field) => field.required && Object.keys(field.displayOptions?.show ?? {}).length === 0 && !field.displayOptions?.hide)
		.map((field) => field.displayName);

beforeAll(async () => {
	mkdirSync(SCREENSHOTS, { recursive: true });
	await sandbox.start();
	const [payment] = simulatorCredentials(sandbox);
	expect(payment).toMatchObject(PAYMENT_CREDENTIAL);
	n8n = new RealN8n({ port: N8N_PORT, credentials: [payment], workflows: [tour()] });
	n8n.prepare();
	await n8n.start();
	editor = await Editor.launch({ url: n8n.url, cookie: await n8n.ownerCookie() });
	await editor.openWorkflow(WORKFLOW);
}, 600_000);

afterAll(async () => {
	await editor?.close();
	await n8n?.stop();
	await sandbox.stop();
}, 60_000);

describe('the Sipay nodes in the real n8n editor', () => {
	afterEach(async () => await editor.closeAll());

	it('the node panel lists every action, each saying which API it belongs to', async () => {
		const actions = await editor.nodePanelActions('Sipay', 'Sipay');
		await editor.screenshot(join(SCREENSHOTS, 'node-panel.png'));
		await editor.closeNodePanel();
		const expected = OPERATIONS.map(actionWithApi);
		expect(expected).toHaveLength(37);
		expect(actions.filter((action) => action !== 'Custom API Call').sort()).toEqual([...expected].sort());
		expect(actions.filter((action) => action.endsWith('(Business API)'))).toHaveLength(14);
	});

	it('the canvas subtitles name the resource and operation', async () => {
		const subtitle = (api: string, resource: string, value: string) =>
			`${resourceName(api, resource)}: ${OPERATIONS.find((entry) => entry.api === api && entry.resource === resource && entry.value === value)?.name}`;
		expect(subtitle('business', 'payout', 'sendToBankAccount')).toBe('Bank Payout: Send To Bank Account');
		expect(await editor.canvasText('Installments')).toContain(subtitle('payment', 'installment', 'getMerchantInstallments'));
		expect(await editor.canvasText('Payout')).toContain(subtitle('business', 'payout', 'sendToBankAccount'));
		expect(await editor.canvasText('Wallet')).toContain('Wallet: Get');
		expect(await editor.canvasText('Business Events')).toContain('Business API');
	});

	it('the API selector is on screen and Business operations are reachable with only a Payment credential', async () => {
		await editor.openNode('Wallet');
		await editor.ndv.getByText('Wallet Number', { exact: true }).first().waitFor();
		expect(await editor.parameterLabels()).toEqual(expect.arrayContaining(['Credential', 'API', 'Resource', 'Operation', 'Wallet Number']));
		expect(await editor.parameterValue('api')).toBe('Business API');
		expect(await editor.optionNames('api')).toEqual(['Payment API', 'Business API']);
		expect(await editor.optionNames('resource')).toEqual(
			expect.arrayContaining(RESOURCES.filter((resource) => resource.api === 'business').map((resource) => resource.name)),
		);
		await editor.closeNode();
	});

	it('a forgotten amount is flagged; Currency is a dropdown; the payout labels are not cut off', async () => {
		await editor.openNode('Payout');
		const labels = await editor.parameterLabels();
		expect(labels).toEqual(expect.arrayContaining(['Receiver ID or Tax Number', 'Amount', 'Currency']));
		expect(await editor.parameterValue('amount')).toBe('');
		expect(await editor.hasIssue('amount')).toBe(true);
		expect(await editor.optionNames('currency')).toEqual(['Euro (EUR)', 'Turkish Lira (TRY)', 'US Dollar (USD)']);
		await editor.screenshot(join(SCREENSHOTS, 'business-payout-panel.png'));
		await editor.closeNode();
	});

	it('every operation panel renders its fields without console errors', async () => {
		await editor.openNode('Sipay');
		let api = 'payment';
		let resource = 'payment';
		const shown: string[] = [];
		for (const operation of OPERATIONS) {
			if (operation.api !== api) await editor.pickOption('api', apiName(operation.api));
			if (operation.api !== api || operation.resource !== resource) {
				await editor.pickOption('resource', resourceName(operation.api, operation.resource));
			}
			api = operation.api;
			resource = operation.resource;
			await editor.pickOption('operation', operation.name);
			const labels = await editor.parameterLabels();
			expect({ operation: operation.name, labels }).toEqual({
				operation: operation.name,
				labels: expect.arrayContaining(['API', 'Resource', 'Operation', ...requiredLabels(operation.fields)]),
			});
			shown.push(`${operation.api}/${operation.resource}/${operation.value}`);
		}
		expect(shown).toHaveLength(37);
		await editor.closeNode();
		const last = OPERATIONS[OPERATIONS.length - 1];
		expect(await editor.canvasText('Sipay')).toContain(`${resourceName(last.api, last.resource)}: ${last.name}`);
		expect(editor.errors).toEqual([]);
	});

	it('the Payment API trigger lists its webhook and 3-D return URLs', async () => {
		await editor.openNode('Payment Events');
		const urls = await editor.webhookUrls();
		expect(urls.map((url) => url.replace(/^.*\/sipay-editor-payment\//, ''))).toEqual(['webhook', '3ds-return', '3ds-return']);
		await editor.closeNode();
	});

	it('the Business API trigger lists only its webhook URL, keeps its source and shows the token to append', async () => {
		await editor.openNode('Business Events');
		const urls = await editor.webhookUrls();
		expect(urls).toEqual([`${n8n.url}/webhook-test/sipay-editor-business/webhook`]);
		expect(await editor.parameterValue('source')).toBe('Business API (Payouts, Top-Ups)');
		const text = await editor.ndv.innerText();
		expect(text).toContain('add ?token= and your secret token');
		expect(text).toContain('/webhook?token=Your-Secret-Token');
		expect(text).not.toContain('3ds-return');
		await editor.screenshot(join(SCREENSHOTS, 'trigger-webhook-urls.png'));
		await editor.closeNode();
		expect(await editor.canvasText('Business Events')).toContain('Business API');
	});

	it("a run's output, with the merchant's integration mode above it", async () => {
		await editor.openNode('Installments');
		const output = await editor.executeStep();
		await output.getByText('installments').first().waitFor();
		const text = await output.innerText();
		expect(text).toContain('Sipay integration mode of this merchant: Non-secure (2-D) or 3-D Secure payments');
		await editor.screenshot(join(SCREENSHOTS, 'run-output.png'));
		await editor.closeNode();
		expect(editor.errors).toEqual([]);
	});

	it('custom calls: no Custom API Call entry on the node; an HTTP Request node makes Business API calls with the Sipay credential', async () => {
		await editor.openNode('Wallet');
		expect(await editor.optionNames('resource')).not.toContain('Custom API Call');
		expect(await editor.optionNames('operation')).not.toContain('Custom API Call');
		await editor.closeNode();

		const [, business] = simulatorCredentials(sandbox);
		const credential = await businessCredential();
		const workflow = await n8n.rest<{ id: string }>('POST', '/workflows', {
			name: 'Sipay custom API call',
			nodes: [
				node('Start', 'n8n-nodes-base.manualTrigger', [0, 0], {}),
				node(
					'Payment Types',
					'n8n-nodes-base.httpRequest',
					[260, 0],
					{
						url: `${sandbox.url}/sts/v1/Transaction/GetPaymentTypes`,
						authentication: 'predefinedCredentialType',
						nodeCredentialType: 'sipayBusinessApi',
						options: {},
					},
					{ typeVersion: 4.2, credentials: { sipayBusinessApi: credential } },
				),
			],
			connections: { Start: { main: [[{ node: 'Payment Types', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		});
		expect(workflow.status).toBe(200);
		const calls = sandbox.requestsTo('/sts/v1/Transaction/GetPaymentTypes').length;
		await editor.openWorkflow(workflow.data.id);
		await editor.openNode('Payment Types');
		const output = await editor.executeStep();
		await output.getByText('is_description_required').first().waitFor();
		const [call] = sandbox.requestsTo('/sts/v1/Transaction/GetPaymentTypes').slice(calls);
		expect(call.headers.authorization).toMatch(/^Bearer \S+/);
		expect(call.headers['x-client-id']).toBe(String(business.data.xClientId));
		await editor.closeNode();
		expect(editor.errors).toEqual([]);
	});

	it('the pickers: a saved card and a wallet picked from lists loaded from Sipay, then run', async () => {
		// A saved card for the customer, saved through the node against the same simulator.
		const token = await saveTestCard(sandbox, 'CUST-EDITOR');
		const fromList = { __rl: true, mode: 'list', value: '' };
		const workflow = await n8n.rest<{ id: string }>('POST', '/workflows', {
			name: 'Sipay pickers',
			nodes: [
				node('Start', 'n8n-nodes-base.manualTrigger', [0, 0], {}),
				node(
					'Delete Card',
					'n8n-nodes-sipay.sipay',
					[260, 0],
					{ api: 'payment', resource: 'savedCard', operation: 'delete', customerNumber: 'CUST-EDITOR', cardToken: fromList },
					withPaymentCredential,
				),
				node(
					'Wallet Info',
					'n8n-nodes-sipay.sipay',
					[260, 200],
					{ api: 'business', resource: 'wallet', operation: 'get', walletNumber: fromList },
					{ credentials: { sipayBusinessApi: await businessCredential() } },
				),
			],
			connections: { Start: { main: [[{ node: 'Delete Card', type: 'main', index: 0 }, { node: 'Wallet Info', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		});
		expect(workflow.status).toBe(200);
		await editor.openWorkflow(workflow.data.id);

		await editor.openNode('Delete Card');
		const cards = await editor.pickFromList('cardToken', '450803****4509', join(SCREENSHOTS, 'picker-saved-card.png'));
		expect(cards.map((text) => text.trim())).toEqual(['450803****4509 · Ayse Yilmaz · T. IS BANKASI A.S.']);
		const deleted = await editor.executeStep();
		await deleted.getByText('deleted').first().waitFor();
		expect(sandbox.requestsTo('/ccpayment/api/deleteCard').map((call) => call.body.card_token)).toEqual([token]);
		await editor.closeNode();

		await editor.openNode('Wallet Info');
		const wallets = await editor.pickFromList('walletNumber', 'Masraf', join(SCREENSHOTS, 'picker-wallet.png'));
		expect(wallets.map((text) => text.trim())).toEqual(
			expect.arrayContaining(['Ana Cüzdan · 754938444 · 10000.00 TRY', 'Masraf Cüzdanı · 754938447 · 0.00 TRY']),
		);
		const info = await editor.executeStep();
		await info.getByText('754938447').first().waitFor();
		const [call] = sandbox.requestsTo('/sts/v1/Wallet/Info').slice(-1);
		expect(call.body).toMatchObject({ wallet_number: '754938447' });
		await editor.closeNode();
		expect(editor.errors).toEqual([]);
	});
});
