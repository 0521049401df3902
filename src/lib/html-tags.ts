import { decodeHTMLAttribute } from 'entities/decode';

/** A start tag of a page, as an HTML tokenizer reads it. */
export interface StartTag {
	/** The element's name, lower-cased. */
	name: string;
	/** Its attributes: names lower-cased, values decoded; the first of a repeated name wins, as in a browser. */
	attributes: Map<string, string>;
	/** Offsets in the page of the tag's `<` and just after its `>`. */
	start: number;
	end: number;
	/** For elements whose content is raw text (script, style, title…): that text, undecoded. */
	text?: string;
}

/** Elements whose content is text up to their end tag, never markup. */
const rawText = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * The start tags of a page, in order, read the way a browser's tokenizer reads them:
 * comments, doctypes and end tags skipped, quoted attribute values may hold `>`, and the
 * content of script, style and the other raw-text elements is text, not tags. It builds no
 * tree, so the post-build steps that only need a page's tags (its policy, robots and
 * link-preview metadata) read every page in milliseconds.
 */
export function* startTags(html: string): Generator<StartTag> {
	let at = 0;
	while (at < html.length) {
		const open = html.indexOf('<', at);
		if (open === -1) return;
		if (html.startsWith('<!--', open)) {
			const close = html.indexOf('-->', open + 4);
			at = close === -1 ? html.length : close + 3;
			continue;
		}
		const next = html[open + 1] ?? '';
		if (next === '!' || next === '?' || next === '/') {
			const close = html.indexOf('>', open);
			at = close === -1 ? html.length : close + 1;
			continue;
		}
		if (!/[a-zA-Z]/.test(next)) {
			at = open + 1;
			continue;
		}
		const tag = readStartTag(html, open);
		at = tag.end;
		if (rawText.has(tag.name)) {
			const closing = new RegExp(`</${tag.name}[\\s/>]`, 'ig');
			closing.lastIndex = tag.end;
			const match = closing.exec(html);
			const stop = match ? match.index : html.length;
			tag.text = html.slice(tag.end, stop);
			at = stop;
		}
		yield tag;
	}
}

/** Reads the start tag whose `<` is at `open`: its name and attributes, to just after its `>`. */
function readStartTag(html: string, open: number): StartTag {
	const nameMatch = /[^\s/>]+/y;
	nameMatch.lastIndex = open + 1;
	const name = (nameMatch.exec(html)?.[0] ?? '').toLowerCase();
	const attributes = new Map<string, string>();
	const attribute = /[\s/]*(?:(>)|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?)/y;
	attribute.lastIndex = nameMatch.lastIndex;
	let end = html.length;
	for (;;) {
		const start = attribute.lastIndex;
		const match = attribute.exec(html);
		if (!match || attribute.lastIndex === start) break;
		if (match[1]) {
			end = attribute.lastIndex;
			break;
		}
		const key = match[2].toLowerCase();
		const value = match[3] ?? match[4] ?? match[5] ?? '';
		if (!attributes.has(key)) attributes.set(key, decodeHTMLAttribute(value));
	}
	return { name, attributes, start: open, end };
}

/** The start tags before a page's `<body>`: its head's, for a page the generator wrote. */
export function headTags(html: string): StartTag[] {
	const tags: StartTag[] = [];
	for (const tag of startTags(html)) {
		if (tag.name === 'body') break;
		tags.push(tag);
	}
	return tags;
}
