import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest scheduling priority (the highest nice value). */
const lowest = 19;

/**
 * Gives the calling thread (a worker thread doing background work) the lowest priority, so
 * it runs on processor time the build's other threads leave over. Linux schedules threads
 * one by one: the thread's id is read from /proc/thread-self. Elsewhere nothing changes.
 */
export function lowerThreadPriority(): void {
	try {
		const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
		setPriority(threadId, lowest);
	} catch {
		// Not Linux, or not allowed: the thread keeps its priority, which is only slower.
	}
}
