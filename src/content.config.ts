import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { challengeSchema } from './schemas/challenge.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { conceptSchema } from './schemas/concept.ts';
import { dynamicSchema } from './schemas/dynamic.ts';
import { figureSchema } from './schemas/figure.ts';
import { contentDir } from './paths.ts';

const mdxIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${folder}` });

// content/thesis.json is read by the content pipeline (src/content/), never through a
// cached loader, so a build cannot publish an old copy of it.
export const collections = {
	chapters: defineCollection({ loader: mdxIn('chapters'), schema: chapterSchema(reference) }),
	dynamics: defineCollection({ loader: mdxIn('dynamics'), schema: dynamicSchema(reference) }),
	challenges: defineCollection({ loader: mdxIn('challenges'), schema: challengeSchema(reference) }),
	figures: defineCollection({ loader: mdxIn('figures'), schema: figureSchema() }),
	concepts: defineCollection({ loader: mdxIn('concepts'), schema: conceptSchema(reference) }),
};
