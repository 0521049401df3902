/** The axe-core tags of WCAG 2.2 level AA (and the levels it includes): the bar every page meets. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
