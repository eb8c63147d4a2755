import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * "Once per event". n8n loads a workflow's static data afresh for every webhook request and saves
 * the whole object after the execution is queued, so static data alone lets simultaneous
 * deliveries all look new. The keys therefore live in this n8n process's memory, per trigger node,
 * where checking and recording a key is one synchronous step, and are copied into static data on
 * every change so they survive a restart and are learned back from it.
 */

export const MAX_REMEMBERED = 5000;

const KEY_CHARS = 16;

/** A key as kept and saved: its 8 bytes in base64url. All keys, oldest first, form one string. */
const SAVED_CHARS = 11;

const SAVED_KEYS = /^[A-Za-z0-9_-]*$/;

const HEX_KEY = /^[0-9a-f]{16}$/;

/** A fixed-size key for one real event: the same confirmed facts give the same key. */
export function eventKey(...facts: Array<string | number>): string {
	return createHash('sha256').update(facts.map(String).join('\u001f')).digest('hex').slice(0, KEY_CHARS);
}

const savedForm = (key: string) => Buffer.from(key, 'hex').toString('base64url');

interface Memory {
	keys: Set<string>;
	/** The keys in `SAVED_CHARS` characters each, oldest first: what static data holds. */
	order: string;
}

const memories = new Map<string, Memory>();

function memoryOf(scope: string): Memory {
	let memory = memories.get(scope);
	if (!memory) {
		memory = { keys: new Set(), order: '' };
		memories.set(scope, memory);
	}
	return memory;
}

/** Records a key (saved form); whether it was new. */
function remember(memory: Memory, key: string): boolean {
	if (memory.keys.has(key)) return false;
	memory.keys.add(key);
	memory.order += key;
	if (memory.keys.size > MAX_REMEMBERED) {
		memory.keys.delete(memory.order.slice(0, SAVED_CHARS));
		memory.order = memory.order.slice(SAVED_CHARS);
	}
	return true;
}

/** Whether `stored` is an earlier state of this memory (it may have lost its oldest keys since). */
function isEarlierState(memory: Memory, stored: string): boolean {
	if (stored === memory.order) return true;
	const oldest = memory.order.slice(0, SAVED_CHARS);
	if (!oldest) return false;
	let at = stored.indexOf(oldest);
	while (at > 0 && at % SAVED_CHARS !== 0) at = stored.indexOf(oldest, at + 1);
	return at !== -1 && memory.order.startsWith(stored.slice(at));
}

/** Keys saved by an earlier run of this process, or by another process sharing the database. */
function learn(memory: Memory, staticData: IDataObject): boolean {
	let learned = false;
	// The layout of version 0.1.0: an array of hex keys.
	const legacy = staticData.events;
	if (Array.isArray(legacy)) {
		for (const key of legacy) {
			if (typeof key === 'string' && HEX_KEY.test(key)) learned = remember(memory, savedForm(key)) || learned;
		}
	}
	const stored = staticData.eventKeys;
	if (typeof stored === 'string' && stored.length % SAVED_CHARS === 0 && SAVED_KEYS.test(stored) && !isEarlierState(memory, stored)) {
		for (let at = 0; at < stored.length; at += SAVED_CHARS) learned = remember(memory, stored.slice(at, at + SAVED_CHARS)) || learned;
	}
	// Static data in the old layout is rewritten in the new one.
	return learned || Array.isArray(legacy);
}

function save(memory: Memory, staticData: IDataObject): void {
	delete staticData.seen;
	delete staticData.events;
	staticData.eventKeys = memory.order;
}

/** Whether the workflow already ran for this key (nothing is recorded). */
export function alreadyRan(scope: string, staticData: IDataObject, key: string): boolean {
	const memory = memoryOf(scope);
	learn(memory, staticData);
	return memory.keys.has(savedForm(key));
}

/**
 * Takes the first of `candidates` the workflow has not run for and records it; `undefined` when
 * every candidate has run. Several candidates stand for events Sipay cannot tell apart (two equal
 * refunds of one order): each can run once.
 */
export function claimEvent(scope: string, staticData: IDataObject, candidates: string[]): string | undefined {
	const memory = memoryOf(scope);
	const learned = learn(memory, staticData);
	const free = candidates.find((key) => !memory.keys.has(savedForm(key)));
	if (free !== undefined) remember(memory, savedForm(free));
	if (free !== undefined || learned) save(memory, staticData);
	return free;
}
