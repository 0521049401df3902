import Figure from './figures/Figure.astro';
import FigureRef from './figures/FigureRef.astro';

/** Components an MDX page may use without importing them. */
export const mdxComponents = { Figure, FigureRef };
