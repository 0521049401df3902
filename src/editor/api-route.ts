import type { APIRoute } from 'astro';
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import config from 'virtual:keystatic-config';
import { contentDir } from '../paths.ts';
import { reviewSave, type KeystaticUpdate } from './save-review.ts';

/*
 * The editor's API (/api/keystatic/…, `npm run edit` only, answered on request): Keystatic's
 * local-mode handler, which reads and writes the content folder, with every save reviewed first.
 */

const keystatic = makeGenericAPIRouteHandler({ config, localBaseDirectory: contentDir });

export const ALL: APIRoute = async ({ request }) => {
	let forwarded = request;
	if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/update')) {
		let body = await request.text();
		const update = parsed(body);
		// Anything but an update is Keystatic's to refuse ("Bad data").
		if (isUpdate(update)) {
			const review = await reviewSave(contentDir, update);
			if (!review.ok) return new Response(review.message, { status: 422, headers: { 'content-type': 'text/plain' } });
			body = JSON.stringify(review.update);
		}
		forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body });
	}
	const { body, headers, status } = await keystatic(forwarded);
	return new Response(body as BodyInit | null, { status, headers: headers as HeadersInit | undefined });
};

function parsed(json: string): unknown {
	try {
		return JSON.parse(json);
	} catch {
		return undefined;
	}
}

function isUpdate(value: unknown): value is KeystaticUpdate {
	const update = value as Partial<KeystaticUpdate> | undefined;
	return (
		Array.isArray(update?.additions) &&
		Array.isArray(update.deletions) &&
		update.additions.every((a) => typeof a?.path === 'string' && typeof a.contents === 'string') &&
		update.deletions.every((d) => typeof d?.path === 'string')
	);
}
