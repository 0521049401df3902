import { describe, expect, it } from 'vitest';
import { describeBuildError } from '../lib/build-error.ts';

describe('describeBuildError', () => {
	it('shows the message, the hint, the file and line, and the frames, not the message twice', () => {
		const error = Object.assign(new Error('The MDX cannot be read:\n    an unclosed tag'), {
			name: 'MDXError',
			hint: 'Close the tag.',
			loc: { file: 'content/dynamics/x.mdx', line: 12, column: 3 },
		});
		const text = describeBuildError(error);
		expect(text).toMatch(
			/^\[MDXError\] The MDX cannot be read:\n {4}an unclosed tag\n {2}Hint:\n {4}Close the tag\.\n/,
		);
		expect(text).toContain('  Location:\n    content/dynamics/x.mdx:12:3');
		expect(text.split('an unclosed tag')).toHaveLength(2);
		expect(text).toMatch(/Stack trace:\n {4}at /);
	});
	it('shows a thrown value that is not an Error as it is', () => {
		expect(describeBuildError('stopped')).toBe('stopped');
	});
});
