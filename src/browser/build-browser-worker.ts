/**
 * The build browser's worker thread (see build-browser.ts). Node runs this file as it is;
 * the job is the project's TypeScript, loaded through tsx in this thread only, so that
 * Astro's own modules on the main thread load at Node's speed.
 */
import { tsImport } from 'tsx/esm/api';

await tsImport('./build-browser-job.ts', import.meta.url);
