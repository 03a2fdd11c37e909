import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES, remarkClaims } from './remark-claims.ts';

const ledger = [
	{ id: 'hack', status: 'attributed' },
	{ id: 'verdict', status: 'corroborated' },
];

function render(markdown: string, options: { throwOnError?: boolean } = { throwOnError: false }) {
	const file = new VFile({ value: markdown, path: 'piece.md', data: { astro: { frontmatter: { claims: ledger } } } });
	const html = String(unified().use(remarkParse).use(remarkDirective).use(remarkClaims, options).use(remarkRehype).use(rehypeStringify).processSync(file));
	return { html, messages: file.messages };
}

describe('remarkClaims', () => {
	it('turns a marker into a numbered link to the ledger entry', () => {
		const { html, messages } = render('The :claim[servers went offline]{#hack} and :claim[the court ruled]{#verdict}.');
		expect(messages).toEqual([]);
		expect(html).toBe(
			'<p>The <a href="#claim-hack" id="mark-hack" class="claim-mark" data-status="attributed">servers went offline<sup class="claim-mark__n"><span class="visually-hidden">claim </span>1</sup></a>' +
				' and <a href="#claim-verdict" id="mark-verdict" class="claim-mark" data-status="corroborated">the court ruled<sup class="claim-mark__n"><span class="visually-hidden">claim </span>2</sup></a>.</p>',
		);
	});

	it('gives a claim marked twice a second anchor of its own', () => {
		const { html } = render(':claim[one]{#hack} :claim[two]{#hack} :claim[three]{#verdict}');
		expect(html).toContain('id="mark-hack"');
		expect(html).toContain('id="mark-hack--2"');
	});

	it('reports a marker naming a claim not in the ledger, with its line', () => {
		const { messages } = render('First line.\n\nThe :claim[ghost]{#nothing} and :claim[x]{#hack} :claim[y]{#verdict}.');
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatchObject({ ruleId: CLAIM_RULES.unknownClaim, line: 3, column: 5 });
		expect(messages[0]?.reason).toContain('"nothing"');
	});

	it('reports a ledger claim never marked in the body, naming it', () => {
		const { messages } = render('Only :claim[one]{#hack}.');
		expect(messages.map((message) => [message.ruleId, (message as { claimId?: string }).claimId])).toEqual([[CLAIM_RULES.unmarkedClaim, 'verdict']]);
	});

	it('reports a marker without an id', () => {
		const { messages } = render(':claim[one]{#hack} :claim[two]{#verdict} :claim[three]');
		expect(messages.map((message) => message.ruleId)).toEqual([CLAIM_RULES.markerWithoutId]);
	});

	it('keeps text that only looks like a directive exactly as written', () => {
		const { html, messages } = render('Note:this stays, as does 3:00 pm and a:b{c}. :claim[x]{#hack} :claim[y]{#verdict}');
		expect(messages).toEqual([]);
		expect(html).toContain('Note:this stays, as does 3:00 pm and a:b{c}.');
	});

	it('refuses block directives, which the site does not understand', () => {
		const { messages } = render('::video{src="x"}\n\n:claim[x]{#hack} :claim[y]{#verdict}');
		expect(messages.map((message) => message.ruleId)).toEqual([CLAIM_RULES.unknownDirective]);
	});

	it.each([
		['inside a link', '[the :claim[report]{#hack} here](https://example.org) :claim[y]{#verdict}', 'a link'],
		['inside a heading', '## A :claim[heading]{#hack}\n\n:claim[y]{#verdict}', 'a heading'],
		['inside another marker', ':claim[outer :claim[inner]{#verdict} words]{#hack}', 'another claim marker'],
	])('refuses a marker %s', (_, markdown, container) => {
		const { messages } = render(markdown);
		expect(messages.map((message) => message.reason)).toContain(`a claim marker cannot go inside ${container}: mark words of the sentence around it instead`);
	});

	it.each([
		['written in full', 'The :claim[servers [went offline](https://example.org/a) at once]{#hack} :claim[y]{#verdict}', 1],
		['by reference', 'The :claim[servers [went offline][r]]{#hack} :claim[y]{#verdict}\n\n[r]: https://example.org/a', 1],
	])('refuses a link inside a marker, %s, at the link’s line', (_, markdown, line) => {
		const { messages } = render(markdown);
		expect(messages.map((message) => [message.ruleId, message.line])).toEqual([[CLAIM_RULES.linkInMarker, line]]);
		expect(messages[0]?.reason).toMatch(/^a link cannot go inside a claim marker/);
	});

	it('refuses a marker without words', () => {
		const { messages } = render(':claim[]{#hack} :claim[ ]{#verdict}');
		expect(messages.map((message) => message.ruleId)).toEqual([
			CLAIM_RULES.emptyMarker,
			CLAIM_RULES.emptyMarker,
			CLAIM_RULES.unmarkedClaim,
			CLAIM_RULES.unmarkedClaim,
		]);
	});

	it('throws with every problem when asked to (as in the Astro pipeline)', () => {
		expect(() => render(':claim[ghost]{#nothing}', { throwOnError: true })).toThrow(/piece\.md: 1:1: claim marker names "nothing".*"hack" is in the ledger/);
	});
});
