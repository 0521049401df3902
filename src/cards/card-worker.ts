/**
 * The card drawer's worker thread (see card-drawer.ts): draws the pictures it is sent, one
 * after another in the order they came (drawing is synchronous), so that setting their
 * text, painting it and encoding the PNGs never hold up the build's main thread. It runs at
 * the lowest priority: the cards are wanted only at the end of the build, and drawn on
 * processor time that Astro, Vite and the browser leave over.
 */
import { parentPort } from 'node:worker_threads';
import { drawCard, svgToPng, type CardText } from './card-image.ts';
import { lowerThreadPriority } from '../lib/thread-priority.ts';

lowerThreadPriority();

/** What the worker is asked to draw. */
export type PictureJob = { kind: 'card'; text: CardText } | { kind: 'icon'; svg: string; size: number };
export type PictureRequest = { id: number; job: PictureJob };
export type PictureReply = { id: number; png: Uint8Array } | { id: number; error: string };

const port = parentPort;
port?.on('message', (request: PictureRequest) => port.postMessage(drawPicture(request)));

function drawPicture({ id, job }: PictureRequest): PictureReply {
	try {
		const png = job.kind === 'card' ? drawCard(job.text) : svgToPng(job.svg, job.size);
		return { id, png: new Uint8Array(png) };
	} catch (error) {
		return { id, error: error instanceof Error ? error.message : String(error) };
	}
}
