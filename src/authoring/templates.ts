/**
 * What `npm run new` writes: a draft piece with every field of the content model, one example
 * claim marked in the body, and one example source. Every place the editor must fill in says
 * `TO FILL`; the content check refuses a published piece, or a source it cites, that still does.
 */
export const TO_FILL = 'TO FILL';

/** YAML for a string, quoted so that colons, quotes and `#` in it stay text. */
const yamlString = (text: string) => JSON.stringify(text);

export function pieceTemplate(options: { headline: string; today: string; sourceId: string }): string {
	const { headline, today, sourceId } = options;
	return `---
title: ${yamlString(headline)}
dek: "${TO_FILL}: one or two sentences that say what the piece finds."
kind: analysis                  # TO FILL: analysis | opinion | report | explainer, then delete these two words
authors: ["${TO_FILL}: the author's name"]
published: ${today}           # the day the piece is dated; a later day schedules it
# updated: ${today}           # when the text was changed after publication
topics: [iran]                  # TO FILL: lower-case words joined by hyphens, at least one; then delete these two words
lang: en                        # fa for a piece in Persian
draft: true                     # true: checked, never published. Set it to false to publish.
# origin:                       # only for a piece first published elsewhere
#   publisher: "…"
#   url: https://…
claims:
  - id: example-claim           # lower-case words joined by hyphens; the anchor is #claim-example-claim
    text: "${TO_FILL}: the claim, in the editors' words."
    assertedBy: the author      # who makes the claim: the author, a ministry, a witness…
    date: ${today.slice(0, 7)}               # when it happened: YYYY-MM-DD, YYYY-MM, YYYY, or { from: …, to: … }
    status: attributed          # corroborated | disputed | attributed | unverified
    sources: [${sourceId}]
    # note: "Discrepancies, ranges of estimates and who gives each."
# corrections:
#   - date: ${today}
#     text: "What was wrong, and what the piece says now."
---

${TO_FILL}: the first paragraph. A claim of the ledger is marked where the text makes it:
:claim[the words that make the claim]{#example-claim}.

## ${TO_FILL}: a heading

More paragraphs. Delete every line that says ${TO_FILL} once it is written.
`;
}

export function sourceTemplate(options: { url: string; publisher: string; today: string; published?: string | undefined; example?: boolean }): string {
	const { url, publisher, today, published, example } = options;
	return `publisher: ${yamlString(publisher)}   # ${TO_FILL}: the publisher's name as it gives it
title: "${TO_FILL}: the headline as published, or a description in [square brackets]"
url: ${url}
${published ? `published: ${published}` : `# published: YYYY-MM-DD   # when the page was published, if it says`}
accessed: ${today}
# archive: https://web.archive.org/…   # a copy in a web archive
kind: news                      # news | court | government | ngo | advocacy | reference | social | other
${example ? `note: "${TO_FILL}: an example source made with the piece. Replace it with the page the claim rests on (npm run new:source -- <address>)."` : '# note: "Whose report this carries, an aligned outlet, an inferred date."'}
`;
}
