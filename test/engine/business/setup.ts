import type { IDataObject } from 'n8n-workflow';

import type { RunOptions } from '../../harness/run';
import { useSimulator } from '../../harness/simulator';

/** One simulator per test file, back to its seeded state and a fresh harness before each test. */
export function businessSandbox() {
	const context = useSimulator();
	const { sandbox } = context;

	/** Runs the Sipay node with a Business API resource and operation. */
	const run = async (
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: Omit<RunOptions, 'parameters'> = {},
	) => await context.harness.runSipay({ ...options, parameters: { api: 'business', resource, operation, ...parameters } });

	/** Calls one of the simulator's control routes (what the bank or Sipay's back office does). */
	const control = async (path: string, body: IDataObject) => {
		const response = await fetch(`${sandbox.url}${path}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify(body),
		});
		return (await response.json()) as IDataObject;
	};

	/** Requests the node sent to a Business API path, e.g. `/v1/Wallet/Info`. */
	const sent = (path: string) => sandbox.requestsTo(`/sts${path}`);

	/** Requests to the Business API other than the token request. */
	const apiCalls = () => sandbox.requests.filter((request) => request.path.startsWith('/sts/'));

	return { context, sandbox, run, control, sent, apiCalls };
}

export const OWN_ACCOUNT = '1122334455';
export const MAIN_WALLET = '754938444';
export const EMPTY_WALLET = '754938447';
export const USD_WALLET = '754938445';
export const AYSE_WALLET = '484863917';
export const OTHER_BUSINESS_WALLET = '864200001';
export const BURAK = { iban: 'TR220006221935787735797651', name: 'BURAK YILMAZ', id: '10000000146' };
