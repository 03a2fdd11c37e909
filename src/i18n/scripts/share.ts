/** What the share bar and the copy-link buttons write, in English (src/client/share.ts); a page in another language sends its own (src/i18n/<lang>.ts, `client`). */
export const shareWords = {
	copied: 'Copied',
	copiedLink: 'Link to {what} copied.',
	copyFailed: 'Could not copy. The link to {what} is the address of its page: {url}',
	copyFailedAddressBar: 'Could not copy. The address bar now shows the link to {what}.',
	copyLinkTo: 'Copy link to {what}',
	theSection: 'the section “{name}”',
	paragraph: 'paragraph {n}',
	claimWhat: 'claim {n}',
	copyLink: 'Copy link',
};
