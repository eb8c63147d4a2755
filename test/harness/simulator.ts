import { SipaySandbox, type SandboxOptions } from '../sandbox/server';
import { Harness } from './run';

/**
 * One simulator per test file, back to its seeded state before each test, and a fresh harness whose
 * credentials point at it. `context.harness` is replaced before each test: read it inside tests.
 */
export function useSimulator(options: SandboxOptions = {}) {
	const sandbox = new SipaySandbox(options);
	const context = { sandbox, harness: new Harness() };
	beforeAll(async () => {
		await sandbox.start();
	});
	afterAll(async () => {
		await sandbox.stop();
	});
	beforeEach(() => {
		sandbox.reset();
		context.harness = new Harness();
		context.harness.credentials.set('sipayPaymentApi', sandbox.paymentCredentials());
		context.harness.credentials.set('sipayBusinessApi', sandbox.businessCredentials());
	});
	return context;
}
