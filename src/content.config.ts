import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { challengeSchema } from './schemas/challenge';
import { chapterSchema } from './schemas/chapter';
import { conceptSchema } from './schemas/concept';
import { dynamicSchema } from './schemas/dynamic';
import { figureSchema } from './schemas/figure';
import { thesisSchema } from './schemas/thesis';
import { contentDir } from './paths';

const mdxIn = (folder: string) => glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${folder}` });

export const collections = {
	thesis: defineCollection({
		// The metadata file is a single object: store it as the one entry "thesis".
		loader: file(`${contentDir}/thesis.json`, { parser: (text) => ({ thesis: JSON.parse(text) }) }),
		schema: thesisSchema(),
	}),
	chapters: defineCollection({ loader: mdxIn('chapters'), schema: chapterSchema(reference) }),
	dynamics: defineCollection({ loader: mdxIn('dynamics'), schema: dynamicSchema(reference) }),
	challenges: defineCollection({ loader: mdxIn('challenges'), schema: challengeSchema(reference) }),
	figures: defineCollection({ loader: mdxIn('figures'), schema: figureSchema() }),
	concepts: defineCollection({ loader: mdxIn('concepts'), schema: conceptSchema(reference) }),
};
