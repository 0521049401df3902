/**
 * The card drawer's worker thread (see card-drawer.ts): draws the pictures it is sent, one
 * after another, so that Satori's layout and the PNG encoding never hold up the build's
 * main thread. It runs at the lowest priority: the cards are wanted only at the end of the
 * build, and drawn on processor time that Astro, Vite and the browser leave over.
 */
import { parentPort } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { drawCard, svgToPng, type CardText } from './card-image.ts';
import { lowerThreadPriority } from '../lib/thread-priority.ts';

lowerThreadPriority();

/** What the worker is asked to draw. */
export type PictureJob = { kind: 'card'; text: CardText } | { kind: 'icon'; svg: string; size: number };
export type PictureRequest = { id: number; job: PictureJob };
export type PictureReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
/** The pictures asked for, drawn one after another in the order they came. */
let drawing = Promise.resolve();

port?.on('message', (request: PictureRequest) => {
	drawing = drawing.then(async () => {
		port.postMessage(await drawPicture(request));
		// A turn of the event loop between pictures: only then does Node free the native memory
		// of the picture just drawn (resvg's 3 MB canvas), which the next one then reuses. Drawn
		// back to back, every picture took fresh memory from the system: half the worker's
		// page faults, and a third of its time on this kind of machine.
		await nextTurn();
	});
});

async function drawPicture({ id, job }: PictureRequest): Promise<PictureReply> {
	try {
		const png = job.kind === 'card' ? await drawCard(job.text) : await svgToPng(job.svg, job.size);
		return { id, png: new Uint8Array(png) };
	} catch (error) {
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}
