import { copyButtonScript } from './copy-button.ts';
import { searchOpenerScript } from './search-opener.ts';
import { themeScript } from './theme.ts';

/**
 * Every inline script the generator writes into pages. Components render them with
 * `set:html`, so the page carries exactly these texts, and the Content-Security-Policy
 * allows exactly their hashes: an inline script from anywhere else does not run.
 */
export const generatorScripts: readonly string[] = [themeScript, searchOpenerScript, copyButtonScript];
