import { useSimulator } from '../harness/simulator';
import { BAD_INPUTS, type Family, ITEM } from './badInput/corpus';

/**
 * The bad-input corpus against the simulator: every case must be refused by the node before
 * anything is sent (no request at all, not even a token), with an error naming the field that
 * repeats at most 40 characters of the value and never a card number.
 */

const context = useSimulator();
const { sandbox } = context;

const MIN_PER_FAMILY = 20;
const tally = { tried: 0, stopped: 0, sent: 0 };

afterAll(() => {
	console.log(`bad inputs: ${tally.tried} tried, ${tally.stopped} stopped before sending, ${tally.sent} sent`);
});

it(`has at least ${MIN_PER_FAMILY} bad inputs for each operation family`, () => {
	const counts = new Map<Family, number>();
	for (const entry of BAD_INPUTS) counts.set(entry.family, (counts.get(entry.family) ?? 0) + 1);
	expect([...counts.keys()].sort()).toEqual(
		['cash-out', 'lists', 'payments', 'payouts', 'recurring', 'refunds', 'saved cards', 'transfers'],
	);
	for (const [family, count] of counts) expect([family, count >= MIN_PER_FAMILY]).toEqual([family, true]);
});

it.each(BAD_INPUTS.map((entry) => [entry.family, entry.name, entry] as const))('%s: %s', async (_family, _name, entry) => {
	tally.tried += 1;
	const { error } = await context.harness.runSipay({ parameters: entry.parameters, items: [ITEM] });
	const requests = sandbox.requests.length;
	if (requests > 0) tally.sent += 1;
	else if (error) tally.stopped += 1;
	expect(requests).toBe(0);
	const message = String(error?.message);
	expect(message).toContain(entry.field);
	// Short: the field and what is wrong, at most 40 characters of the value.
	expect(message.length).toBeLessThanOrEqual(220);
	expect(message).not.toContain('[object Object]');
	// No card-number-like digit run (an IBAN's 24 digits follow letters and are not one).
	expect(message).not.toMatch(/\b\d{13,19}\b/);
	expect(message).not.toContain('x'.repeat(41));
	expect(`${message} ${error?.description ?? ''}`).not.toContain(String(ITEM.card));
});
