import { describe, expect, it } from 'vitest';
import { createBodyReader } from './index.ts';
import { HEADING_RULES } from './rehype-heading-policy.ts';

const read = await createBodyReader();
const headingRules = new Set<string>(Object.values(HEADING_RULES));

/** Heading problems found by the content check's reading of a body, as `line: reason`. */
async function headingProblems(markdown: string) {
	const { messages } = await read(markdown, { path: '/nowhere/piece.md', claims: [] });
	return messages.filter((message) => headingRules.has(message.ruleId ?? '')).map((message) => `${message.line}: ${message.reason}`);
}

describe('rehypeHeadingPolicy', () => {
	it('passes section headings whose ids the page does not use', async () => {
		expect(await headingProblems('## Regime’s fragile state\n\n### The record')).toEqual([]);
	});

	it('refuses a level-one heading, which only the headline may be', async () => {
		expect(await headingProblems('Text.\n\n# A second headline')).toEqual([
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
	])('refuses %j, whose id would be "%s", taken by the page', async (markdown, id) => {
		expect(await headingProblems(markdown)).toEqual([expect.stringContaining(`would get the id "${id}", which the page already uses`)]);
	});
});
