import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

/** Every built page through html-validate, with the project's .htmlvalidate.mjs. */
const validator = new HtmlValidate(new FileSystemConfigLoader());

test.each(builtPages().map((page) => [page.path, page.file]))('%s passes html-validate', async (_path, file) => {
	const report = await validator.validateFile(file);
	const problems = report.results.flatMap((result) =>
		result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
	);
	expect(problems).toEqual([]);
});
