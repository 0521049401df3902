import { makePage } from '@keystatic/astro/ui';
import config from 'virtual:keystatic-config';

/** Keystatic's whole interface, a React app rendered in the browser only. */
export const Keystatic = makePage(config);
