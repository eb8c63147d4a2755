import type { IDataObject } from 'n8n-workflow';

import { alreadyRan, claimEvent, eventKey, MAX_REMEMBERED } from '../../nodes/Sipay/trigger/dedupe';

/** One trigger node's memory in one n8n process; a new scope stands for a restarted or another process. */
let scopes = 0;
const newProcess = () => `test-${++scopes}`;

const keys = (label: string, count: number) => Array.from({ length: count }, (_, index) => eventKey(label, index));

/** What n8n loads for the next request: a copy of what was saved. */
const reload = (staticData: IDataObject): IDataObject => JSON.parse(JSON.stringify(staticData)) as IDataObject;

describe('once-per-event memory', () => {
	it('runs an event once and saves a fixed-size key for it', () => {
		const scope = newProcess();
		const staticData: IDataObject = {};
		const [key] = keys('sale', 1);
		expect(claimEvent(scope, staticData, [key])).toBe(key);
		expect(claimEvent(scope, reload(staticData), [key])).toBeUndefined();
		expect(staticData.eventKeys).toMatch(/^[A-Za-z0-9_-]{11}$/);
		expect(alreadyRan(scope, {}, key)).toBe(true);
		expect(alreadyRan(scope, {}, eventKey('sale', 99))).toBe(false);
	});

	it('after a restart, learns every event back from the saved static data', () => {
		const staticData: IDataObject = {};
		const earlier = newProcess();
		for (const key of keys('topup', 300)) claimEvent(earlier, staticData, [key]);
		const restarted = newProcess();
		const saved = reload(staticData);
		expect(keys('topup', 300).filter((key) => claimEvent(restarted, saved, [key]) !== undefined)).toEqual([]);
		expect(claimEvent(restarted, saved, [eventKey('topup', 300)])).toBe(eventKey('topup', 300));
		expect(String(saved.eventKeys)).toHaveLength(301 * 11);
	});

	it('reads the layout of version 0.1.0 (an array of hex keys) and rewrites it', () => {
		const old = keys('old', 50);
		const staticData: IDataObject = { events: [...old, 'not-a-key', 42, 'ABCDEF0123456789'] };
		const scope = newProcess();
		expect(claimEvent(scope, staticData, [old[0]])).toBeUndefined();
		expect(staticData.events).toBeUndefined();
		expect(String(staticData.eventKeys)).toHaveLength(50 * 11);
		expect(claimEvent(newProcess(), reload(staticData), [old[49]])).toBeUndefined();
	});

	it(`keeps the newest ${MAX_REMEMBERED} events and forgets the oldest`, () => {
		const scope = newProcess();
		const staticData: IDataObject = {};
		const all = keys('fill', MAX_REMEMBERED + 1);
		for (const key of all) expect(claimEvent(scope, staticData, [key])).toBe(key);
		expect(String(staticData.eventKeys)).toHaveLength(MAX_REMEMBERED * 11);
		expect(alreadyRan(scope, {}, all[0])).toBe(false);
		expect(alreadyRan(scope, {}, all[1])).toBe(true);
		const restarted = newProcess();
		expect(alreadyRan(restarted, reload(staticData), all[0])).toBe(false);
		expect(alreadyRan(restarted, {}, all[MAX_REMEMBERED])).toBe(true);
	});

	it('a request that loaded static data before newer events were saved brings no forgotten event back', () => {
		const scope = newProcess();
		const staticData: IDataObject = {};
		const all = keys('full', MAX_REMEMBERED);
		for (const key of all) claimEvent(scope, staticData, [key]);
		const loadedEarlier = reload(staticData);
		const newer = keys('newer', 3);
		for (const key of newer) claimEvent(scope, staticData, [key]);
		// The three oldest were forgotten for the three newer ones; the earlier copy still lists them.
		expect(claimEvent(scope, loadedEarlier, [eventKey('late', 1)])).toBe(eventKey('late', 1));
		expect(all.slice(0, 4).map((key) => alreadyRan(scope, {}, key))).toEqual([false, false, false, false]);
		expect([...all.slice(4), ...newer].every((key) => alreadyRan(scope, {}, key))).toBe(true);
	});

	it('takes in events another process saved, and saves both', () => {
		const shared: IDataObject = {};
		const first = newProcess();
		const second = newProcess();
		const [a, b] = keys('shared', 2);
		claimEvent(first, shared, [a]);
		const seenBySecond = reload(shared);
		expect(claimEvent(second, seenBySecond, [b])).toBe(b);
		expect(claimEvent(first, reload(seenBySecond), [b])).toBeUndefined();
		expect(alreadyRan(newProcess(), reload(seenBySecond), a)).toBe(true);
	});

	it('gives each of several indistinguishable events one run', () => {
		const scope = newProcess();
		const staticData: IDataObject = {};
		const slots = keys('refund', 2);
		expect(claimEvent(scope, staticData, slots)).toBe(slots[0]);
		expect(claimEvent(scope, staticData, slots)).toBe(slots[1]);
		expect(claimEvent(scope, staticData, slots)).toBeUndefined();
	});

	it('ignores static data it did not write', () => {
		for (const eventKeys of ['abc', 42, '!!!!!!!!!!!', { keys: [] }]) {
			const staticData: IDataObject = { eventKeys } as IDataObject;
			const [key] = keys(`garbled-${String(eventKeys)}`, 1);
			expect(claimEvent(newProcess(), staticData, [key])).toBe(key);
			expect(staticData.eventKeys).toMatch(/^[A-Za-z0-9_-]{11}$/);
		}
	});
});
