/** What a claim marker's preview writes, in English (src/client/claim-preview.ts); a page in another language sends its own (src/i18n/<lang>.ts, `client`). */
export const previewWords = {
	assertedBy: 'Asserted by {name}.',
};
