import { startSandbox, type SipaySandbox } from './server';

describe('simulator controls and faults', () => {
	let sandbox: SipaySandbox;
	const post = (path: string, body: unknown) =>
		fetch(`${sandbox.url}${path}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
	const token = async () => {
		const response = await post('/ccpayment/api/token', {
			app_id: sandbox.payment.merchant.appId,
			app_secret: sandbox.payment.merchant.appSecret,
		});
		return ((await response.json()) as { data: { token: string } }).data.token;
	};
	const installments = (bearer: string) =>
		fetch(`${sandbox.url}/ccpayment/api/installments`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
			body: JSON.stringify({ merchant_key: sandbox.payment.merchant.merchantKey }),
		});

	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => {
		await sandbox.stop();
	});
	beforeEach(() => sandbox.reset());

	it('a Sipay error code injected over HTTP hits the next N calls only', async () => {
		const bearer = await token();
		await post('/sandbox/faults', {
			path: '/ccpayment/api/installments',
			fault: { kind: 'sipayCode', code: 45, message: 'Daily limit exceeded' },
			times: 2,
		});
		const answers = [];
		for (let call = 0; call < 3; call++) answers.push(await (await installments(bearer)).json());
		expect(answers.map((answer) => (answer as { status_code: number }).status_code)).toEqual([45, 45, 100]);
	});

	it('HTTP 5xx, latency and dropped connections', async () => {
		const bearer = await token();
		sandbox.faults.add({ path: '/ccpayment/api/installments', fault: { kind: 'http', status: 503 }, times: 1 });
		expect((await installments(bearer)).status).toBe(503);
		sandbox.faults.add({ fault: { kind: 'latency', ms: 120 }, times: 1 });
		const started = Date.now();
		expect((await installments(bearer)).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(100);
		sandbox.faults.add({ path: '/ccpayment/api/installments', fault: { kind: 'reset' }, times: 1 });
		await expect(installments(bearer)).rejects.toThrow();
	});

	it('a hanging route never answers', async () => {
		const bearer = await token();
		sandbox.faults.add({ path: '/ccpayment/api/installments', fault: { kind: 'timeout' }, times: 1 });
		const answer = fetch(`${sandbox.url}/ccpayment/api/installments`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bearer}` },
			body: '{}',
			signal: AbortSignal.timeout(300),
		});
		await expect(answer).rejects.toThrow();
	});

	it('tokens revoked over HTTP are refused; reset forgets everything', async () => {
		const bearer = await token();
		await post('/sandbox/tokens/revoke', {});
		expect((await installments(bearer)).status).toBe(401);
		const recorded = (await (await fetch(`${sandbox.url}/sandbox/requests?path=/ccpayment/api/installments`)).json()) as unknown[];
		expect(recorded).toHaveLength(1);
		await post('/sandbox/reset', {});
		expect(sandbox.requests.filter((entry) => entry.path !== '/sandbox/reset')).toHaveLength(0);
	});

	it('unknown paths and wrong methods', async () => {
		expect((await fetch(`${sandbox.url}/ccpayment/api/nothing`, { method: 'POST' })).status).toBe(404);
		expect((await fetch(`${sandbox.url}/ccpayment/api/token`)).status).toBe(405);
	});
});
