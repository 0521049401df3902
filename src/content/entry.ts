import type { Root } from 'mdast';
import type { EditionFile } from '../editions/record.ts';
import type { RegistryFile } from '../passages/registry.ts';
import type { BodyFacts } from './parse.ts';
import type { Problem } from './problem.ts';
import type { Collection } from './read.ts';

/**
 * One content file, read and parsed once: its frontmatter as written (not yet checked
 * against a schema), its body, and the facts of its MDX tree with their places.
 */
export interface Entry extends BodyFacts {
	collection: Collection;
	/** The file name without extension: the page's id and URL segment. */
	id: string;
	/** The file as messages print it. */
	file: string;
	/** The file name, e.g. big-data-integration.mdx. */
	name: string;
	/** The frontmatter as written; the rules check it against the collection's schema. */
	data: Record<string, unknown>;
	/** The file line of each top-level frontmatter key. */
	keyLines: Map<string, number>;
	/** The frontmatter was there and was valid YAML. */
	frontmatterValid: boolean;
	/** The text after the frontmatter, as Astro hands it to the MDX compiler. */
	body: string;
	/** The file line where the body starts. */
	bodyLine: number;
	/** The mdast tree (undefined when the body has a syntax error). */
	tree?: Root;
	/** Problems met while reading and parsing: encoding, frontmatter, MDX syntax. */
	problems: Problem[];
}

/** content/thesis.json as read: its value (undefined if missing or not JSON) and key lines. */
export interface ThesisFile {
	file: string;
	data?: unknown;
	keyLines: Map<string, number>;
	problems: Problem[];
}

/** Everything in content/, read and parsed once. */
export interface Content {
	thesis: ThesisFile;
	/** content/passages.jsonl: the ids given to citable passages (empty before the first build). */
	passages: RegistryFile;
	/** content/editions/*.jsonl: the recorded editions, by number (none before the first `npm run edition`). */
	editions: EditionFile[];
	entries: Entry[];
}
