import { RealN8n, simulatorCredentials } from '../../scripts/n8n';
import { saveTestCard } from '../harness/merchant';
import { SipaySandbox } from '../sandbox/server';

/**
 * The editor's lists in a real n8n (the release in package.json) with the packed package: the REST
 * endpoints the editor calls to fill a resource locator's "From List"
 * (`POST /rest/dynamic-node-parameters/resource-locator-results`) and an options dropdown
 * (`POST /rest/dynamic-node-parameters/options`), answered from the Sipay simulator; and workflows
 * saved with picked values and with the plain values of earlier versions, run by `n8n execute`.
 */

jest.setTimeout(120_000);

const N8N_PORT = Number(process.env.SIPAY_E2E_PICKERS_PORT ?? 34610);
const sandbox = new SipaySandbox();
let n8n: RealN8n;
let token = '';
let runs: Record<string, string> = {};

const SIPAY = { name: 'n8n-nodes-sipay.sipay', version: 1 };
const PAYMENT_CREDENTIAL = { sipayPaymentApi: { id: 'sipayPaySandbox1', name: 'Sipay Payment (simulator)' } };
const BUSINESS_CREDENTIAL = { sipayBusinessApi: { id: 'sipayBizSandbox1', name: 'Sipay Business (simulator)' } };
const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

function manualWorkflow(id: string, parameters: Record<string, unknown>, credentials: Record<string, unknown>, onError?: string) {
	return {
		id,
		name: `Pickers ${id}`,
		active: false,
		nodes: [
			{ id: `${id}-t`, name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			{ id: `${id}-s`, name: 'Sipay', type: 'n8n-nodes-sipay.sipay', typeVersion: 1, position: [220, 0], parameters, credentials, ...(onError ? { onError } : {}) },
		],
		connections: { Start: { main: [[{ node: 'Sipay', type: 'main', index: 0 }]] } },
		settings: {},
	};
}

const wallet = (walletNumber: unknown) => ({ api: 'business', resource: 'wallet', operation: 'get', walletNumber });

interface ListAnswer {
	results: Array<{ name: string; value: string }>;
	paginationToken?: string;
}

async function dynamic<T>(endpoint: 'resource-locator-results' | 'options', body: Record<string, unknown>) {
	const response = await fetch(`${n8n.url}/rest/dynamic-node-parameters/${endpoint}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', cookie: await n8n.ownerCookie() },
		body: JSON.stringify({ nodeTypeAndVersion: SIPAY, ...body }),
	});
	const parsed = (await response.json().catch(() => ({}))) as { data?: T; message?: string };
	return { status: response.status, data: parsed.data as T, message: parsed.message };
}

beforeAll(async () => {
	await sandbox.start();
	// A saved card to list, saved through the node (engine harness) against the same simulator.
	token = await saveTestCard(sandbox, 'CUST-E2E');

	n8n = new RealN8n({
		port: N8N_PORT,
		credentials: simulatorCredentials(sandbox),
		workflows: [
			manualWorkflow('pickWalletList', wallet(picked('754938445')), BUSINESS_CREDENTIAL),
			manualWorkflow('pickWalletPlain', wallet('754938446'), BUSINESS_CREDENTIAL),
			manualWorkflow(
				'pickCardDelete',
				{ api: 'payment', resource: 'savedCard', operation: 'delete', customerNumber: 'CUST-E2E', cardToken: 'not-a-token' },
				PAYMENT_CREDENTIAL,
				// `n8n execute` fails on a failed node: the error becomes the output item instead.
				'continueRegularOutput',
			),
		],
	});
	n8n.prepare();
	runs = {
		list: JSON.stringify(await n8n.execute('pickWalletList')),
		plain: JSON.stringify(await n8n.execute('pickWalletPlain')),
		plainToken: JSON.stringify(await n8n.execute('pickCardDelete')),
	};
	await n8n.start();
}, 1_200_000);

afterAll(async () => {
	await n8n?.stop();
	await sandbox.stop();
}, 60_000);

describe('pickers in a real n8n', () => {
	it('runs workflows saved with a picked wallet and with the plain wallet number of earlier versions', () => {
		expect(runs.list).toContain('"wallet_number":"754938445"');
		expect(runs.plain).toContain('"wallet_number":"754938446"');
		// A plain-string card token reaches Sipay as typed (and Sipay refuses this one: 87).
		expect(runs.plainToken).toContain('Invalid card token or customer number');
		const deletes = sandbox.requestsTo('/ccpayment/api/deleteCard');
		expect(deletes.map((call) => call.body.card_token)).toEqual(['not-a-token']);
	});

	it("lists a customer's saved cards for the Card Token locator", async () => {
		const answer = await dynamic<ListAnswer>('resource-locator-results', {
			path: 'parameters.cardToken',
			methodName: 'searchSavedCards',
			credentials: PAYMENT_CREDENTIAL,
			currentNodeParameters: { api: 'payment', resource: 'savedCard', operation: 'pay', customerNumber: 'CUST-E2E', cardToken: picked('') },
		});
		expect(answer.status).toBe(200);
		expect(answer.data).toEqual({ results: [{ name: '450803****4509 · Ayse Yilmaz · T. IS BANKASI A.S.', value: token }] });
	});

	it('asks for the customer number when it is empty', async () => {
		const answer = await dynamic<ListAnswer>('resource-locator-results', {
			path: 'parameters.cardToken',
			methodName: 'searchSavedCards',
			credentials: PAYMENT_CREDENTIAL,
			currentNodeParameters: { api: 'payment', resource: 'savedCard', operation: 'pay', customerNumber: '' },
		});
		expect(answer.status).toBeGreaterThanOrEqual(400);
		expect(answer.message).toBe('Enter the Customer Number first to list the saved cards of that customer');
	});

	it('lists, searches and pages the business wallets', async () => {
		const request = (extra: Record<string, unknown>) =>
			dynamic<ListAnswer>('resource-locator-results', {
				path: 'parameters.senderWalletNumber',
				methodName: 'searchWallets',
				credentials: BUSINESS_CREDENTIAL,
				currentNodeParameters: { api: 'business', resource: 'transfer', operation: 'betweenOwnWallets' },
				...extra,
			});
		const all = await request({});
		expect(all.status).toBe(200);
		expect(all.data.results[0]).toEqual({ name: 'Ana Cüzdan · 754938444 · 10000.00 TRY', value: '754938444' });
		expect(all.data.results).toHaveLength(4);
		expect((await request({ filter: 'EUR' })).data.results.map((entry) => entry.value)).toEqual(['754938446']);

		for (let index = 1; index <= 30; index++) sandbox.business.state.createWallet(`Şube ${index}`, 'TRY', false);
		const first = await request({});
		expect(first.data.results).toHaveLength(25);
		expect(first.data.paginationToken).toBe('1');
		const second = await request({ paginationToken: first.data.paginationToken });
		expect(second.data.results).toHaveLength(9);
		expect(second.data.paginationToken).toBeUndefined();
	});

	it('loads payment types, wallet currencies and installments', async () => {
		const types = await dynamic<Array<{ name: string; value: string }>>('options', {
			path: 'parameters.additionalFields.paymentType',
			methodName: 'getPaymentTypes',
			credentials: BUSINESS_CREDENTIAL,
			currentNodeParameters: { api: 'business', resource: 'transfer', operation: 'betweenOwnWallets' },
		});
		expect(types.status).toBe(200);
		expect(types.data[0]).toMatchObject({ name: 'Residential rent payment (01)', value: '01' });

		const installments = await dynamic<ListAnswer>('resource-locator-results', {
			path: 'parameters.installments',
			methodName: 'searchInstallments',
			credentials: PAYMENT_CREDENTIAL,
			currentNodeParameters: { api: 'payment', resource: 'savedCard', operation: 'pay', amount: 100, currency: 'TRY' },
		});
		expect(installments.data.results.map((entry) => entry.value)).toEqual(['1', '2', '3', '6', '9', '12']);
	});

	it('says when no credential is chosen', async () => {
		const missing = await dynamic<ListAnswer>('resource-locator-results', {
			path: 'parameters.walletNumber',
			methodName: 'searchWallets',
			currentNodeParameters: { api: 'business', resource: 'wallet', operation: 'get' },
		});
		expect(missing.status).toBeGreaterThanOrEqual(400);
		expect(missing.message).toMatch(/credentials/i);
	});
});
