import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeAtomically } from '../lib/write-atomically.ts';
import { cardRenderer } from './card-image.ts';
import type { PictureJob, PictureReply, PictureRequest } from './card-worker.ts';

/** What a picture is cached under: what it shows and what draws it. */
export function pictureKey(job: PictureJob): string {
	return job.kind === 'card'
		? `${cardRenderer}\n${JSON.stringify(job.text)}`
		: `${cardRenderer}\nicon ${job.size}\n${job.svg}`;
}

/**
 * Draws a build's pictures (link-preview cards, icons) each once, in one worker thread, so
 * that the main thread stays free for Astro and for driving the PDF's browser. Pictures are
 * kept in a disk cache by `pictureKey`: a rebuild draws only the new ones and starts no
 * worker when there are none.
 */
export class CardDrawer {
	private worker?: Worker;
	private readonly waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
	private readonly pictures = new Map<string, Promise<Uint8Array>>();
	private nextId = 0;
	/** Pictures drawn by this drawer (not found in the cache). */
	drawn = 0;

	private readonly cacheFolder: string;

	constructor(cacheFolder: string) {
		this.cacheFolder = cacheFolder;
	}

	/** The PNG of a picture: drawn once per build, or read from the cache. */
	picture(job: PictureJob): Promise<Uint8Array> {
		const key = pictureKey(job);
		let picture = this.pictures.get(key);
		if (!picture) {
			picture = this.cachedOrDrawn(key, job);
			// A failure is reported to whoever awaits the picture, not as an unhandled rejection.
			picture.catch(() => undefined);
			this.pictures.set(key, picture);
		}
		return picture;
	}

	/** Stops the worker, if one was started. */
	async close(): Promise<void> {
		const worker = this.worker;
		this.worker = undefined;
		await worker?.terminate();
	}

	private async cachedOrDrawn(key: string, job: PictureJob): Promise<Uint8Array> {
		const file = join(this.cacheFolder, `${createHash('sha256').update(key).digest('hex')}.png`);
		if (existsSync(file)) return readFileSync(file);
		const png = await this.draw(job);
		writeAtomically(file, png);
		this.drawn += 1;
		return png;
	}

	private draw(job: PictureJob): Promise<Uint8Array> {
		const worker = (this.worker ??= this.startWorker());
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			worker.ref();
			worker.postMessage({ id, job } satisfies PictureRequest);
		});
	}

	private startWorker(): Worker {
		const worker = new Worker(new URL('./card-worker.ts', import.meta.url));
		worker.on('message', (reply: PictureReply) => {
			const waiting = this.waiting.get(reply.id);
			this.waiting.delete(reply.id);
			// An idle worker never keeps the build's process alive.
			if (this.waiting.size === 0) worker.unref();
			if ('png' in reply) waiting?.resolve(reply.png);
			else waiting?.reject(new Error(`a picture could not be drawn: ${reply.error}`));
		});
		const failAll = (error: Error) => {
			for (const { reject } of this.waiting.values()) reject(error);
			this.waiting.clear();
			if (this.worker === worker) this.worker = undefined;
		};
		worker.on('error', (error) => failAll(new Error(`the card worker failed: ${error.message}`, { cause: error })));
		worker.on('exit', (code) => failAll(new Error(`the card worker stopped (exit code ${code})`)));
		return worker;
	}
}
