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

/** A fixed-size key for one real event: the same confirmed facts give the same key. */
export function eventKey(...facts: Array<string | number>): string {
	return createHash('sha256').update(facts.map(String).join('\u001f')).digest('hex').slice(0, KEY_CHARS);
}

interface Memory {
	/** Oldest first. */
	order: string[];
	keys: Set<string>;
}

const memories = new Map<string, Memory>();

function memoryOf(scope: string): Memory {
	let memory = memories.get(scope);
	if (!memory) {
		memory = { order: [], keys: new Set() };
		memories.set(scope, memory);
	}
	return memory;
}

function remember(memory: Memory, key: string): void {
	if (memory.keys.has(key)) return;
	memory.keys.add(key);
	memory.order.push(key);
	while (memory.order.length > MAX_REMEMBERED) {
		const oldest = memory.order.shift();
		if (oldest !== undefined) memory.keys.delete(oldest);
	}
}

/** Keys saved by an earlier run of this process, or by another process sharing the database. */
function learn(memory: Memory, staticData: IDataObject): boolean {
	const stored = staticData.events;
	let unknown = false;
	if (Array.isArray(stored)) {
		for (const key of stored) {
			if (typeof key !== 'string' || key.length !== KEY_CHARS || memory.keys.has(key)) continue;
			remember(memory, key);
			unknown = true;
		}
	}
	return unknown;
}

function save(memory: Memory, staticData: IDataObject): void {
	delete staticData.seen;
	staticData.events = [...memory.order];
}

/** Whether the workflow already ran for this key (nothing is recorded). */
export function alreadyRan(scope: string, staticData: IDataObject, key: string): boolean {
	const memory = memoryOf(scope);
	learn(memory, staticData);
	return memory.keys.has(key);
}

/**
 * Takes the first of `candidates` the workflow has not run for and records it; `undefined` when
 * every candidate has run. Several candidates stand for events Sipay cannot tell apart (two equal
 * refunds of one order): each can run once.
 */
export function claimEvent(scope: string, staticData: IDataObject, candidates: string[]): string | undefined {
	const memory = memoryOf(scope);
	const learned = learn(memory, staticData);
	const free = candidates.find((key) => !memory.keys.has(key));
	if (free !== undefined) remember(memory, free);
	if (free !== undefined || learned) save(memory, staticData);
	return free;
}
