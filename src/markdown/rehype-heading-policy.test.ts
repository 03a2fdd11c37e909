import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { articleMarkdownChecker } from './index.ts';

/** Heading problems found by the content check's reading of a body, as `line: reason`. */
function headingProblems(markdown: string) {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter: { claims: [] } } } });
	const processor = articleMarkdownChecker();
	processor.runSync(processor.parse(file), file);
	return file.messages.filter((message) => message.source === 'rehype-heading-policy').map((message) => `${message.line}: ${message.reason}`);
}

describe('rehypeHeadingPolicy', () => {
	it('passes section headings whose ids the page does not use', () => {
		expect(headingProblems('## Regime’s fragile state\n\n### The record')).toEqual([]);
	});

	it('refuses a level-one heading, which only the headline may be', () => {
		expect(headingProblems('Text.\n\n# A second headline')).toEqual([
			'3: the heading "A second headline" is a level-one heading, which only the headline may be: start it with ## instead of #',
		]);
	});

	it.each([
		['## Sources', 'sources'],
		['## Ledger<!-- a comment -->', 'ledger'],
		['## <span></span>Corrections', 'corrections'],
		['<h2>Sources</h2>', 'sources'],
		['## <!-- -->Claim rumour', 'claim-rumour'],
		['## Source: the court', 'source-the-court'],
		['## Mark Twain', 'mark-twain'],
	])('refuses %j, whose id would be "%s", taken by the page', (markdown, id) => {
		expect(headingProblems(markdown)).toEqual([expect.stringContaining(`would get the id "${id}", which the page already uses`)]);
	});
});
