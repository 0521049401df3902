import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../lib/write-atomically.ts';

/**
 * The cache key of the PDF edition: everything that shapes it (the print document with its
 * embedded fonts, the stylesheets it loads, the page settings with their running title and
 * face, the metadata, the code and the browser that draw it). Any change to one of them
 * renders the PDF again.
 */
export function pdfKey(inputs: unknown): string {
	return createHash('sha256').update(JSON.stringify(inputs)).digest('hex');
}

/** Rendered PDF editions on disk, one file per key, so an unchanged rebuild reuses the last one. */
export class PdfCache {
	private readonly directory: string;

	constructor(directory: string) {
		this.directory = directory;
	}

	get(key: string): Buffer | undefined {
		try {
			const bytes = readFileSync(this.file(key));
			// A damaged or foreign file is a miss, never a broken download.
			return bytes.subarray(0, 5).toString('latin1') === '%PDF-' && bytes.includes('%%EOF') ? bytes : undefined;
		} catch {
			return undefined;
		}
	}

	set(key: string, bytes: Uint8Array): void {
		writeAtomically(this.file(key), bytes);
	}

	private file(key: string): string {
		return join(this.directory, `${key}.pdf`);
	}
}
