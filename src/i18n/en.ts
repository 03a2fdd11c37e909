import { previewWords } from './scripts/preview.ts';
import { searchWords } from './scripts/search.ts';
import { shareWords } from './scripts/share.ts';
import { themeWords } from './scripts/theme.ts';

/**
 * The site's own words in English: every label, heading, notice and sentence of the interface.
 * Each language's dictionary has the shape of this one (`Dictionary`): a key missing from
 * another language fails the type check. Counts are `{ one, other }` pairs, chosen by the
 * language's plural rules (`Intl.PluralRules`), with `{n}` for the number; `{name}` marks other
 * words put in. The `client` part is what the browser's scripts write: the English is in the
 * scripts themselves, another language's is sent with the elements they work on.
 */
export const en = {
	locale: 'en-GB',
	/** Open Graph's form of the locale. */
	ogLocale: 'en_GB',
	/** This language's name in itself, for the link to it from another language. */
	name: 'English',
	site: {
		name: 'Dossier',
		description: 'News analysis in which every factual claim shows who asserts it, when, how well it stands up and the sources behind it.',
		skipLink: 'Skip to content',
	},
	/** Directional marks, mirrored in a right-to-left language: back to newer, on to older. */
	arrows: { previous: '←', next: '→' },
	/** Quotation marks around a title or a query. */
	quote: { open: '“', close: '”' },
	listSeparator: ', ',
	nav: {
		latest: 'Latest',
		topics: 'Topics',
		archive: 'Archive',
		search: 'Search',
		methodology: 'Methodology',
		about: 'About',
		menu: 'Menu',
		label: 'Site',
		theme: 'Theme:',
		themeSystem: 'System',
		/** The link from the other languages' pages to this language's section. */
		sectionLink: 'English',
		/** After a link from this language's pages to a page the site has in English only. */
		inEnglish: '',
	},
	headerSearch: {
		label: 'Site search',
		field: 'Search every piece',
		placeholder: 'Search',
		button: 'Search',
	},
	footer: {
		about: '{name} publishes news analysis in which every factual claim shows who asserts it, when, how well it stands up and the sources behind it.',
		howWeAssess: 'How we assess claims',
		linksLabel: 'Claims, sources and feeds',
		everyClaim: 'Every claim we have checked',
		everySource: 'Every source we cite',
		claimsData: 'All claims as data (JSON)',
		noOtherServer: 'This site loads nothing from any other server, and reading it needs no JavaScript.',
	},
	feeds: {
		channel: '{name}',
		rss: { title: '{name} (RSS)', label: 'RSS feed' },
		atom: { title: '{name} (Atom)', label: 'Atom feed' },
		json: { title: '{name} (JSON Feed)', label: 'JSON Feed' },
		ledgerLink: 'The claims in this piece, with their sources',
		changesHeading: 'Corrections and re-assessments',
		reassessedNow: 're-assessed: was {was}, now {became}.',
		reassessedBecame: 're-assessed: was {was}, became {became}.',
	},
	kinds: {
		analysis: 'Analysis',
		opinion: 'Opinion',
		report: 'Report',
		explainer: 'Explainer',
	},
	/** Each status's label is the one the scripts use too (src/i18n/scripts/search.ts). */
	statuses: {
		corroborated: { label: searchWords.statusLabels.corroborated, meaning: 'Independent reporting matches the substance of the claim.' },
		disputed: { label: searchWords.statusLabels.disputed, meaning: 'Credible sources give materially different facts or figures.' },
		attributed: {
			label: searchWords.statusLabels.attributed,
			meaning: 'Only the party that asserts it, or outlets aligned with that party, report it; no independent confirmation was found.',
		},
		unverified: { label: searchWords.statusLabels.unverified, meaning: 'No reporting was found either way.' },
	},
	sourceKinds: {
		news: 'News',
		court: 'Court',
		government: 'Government',
		ngo: 'Non-governmental organisation',
		advocacy: 'Advocacy group',
		reference: 'Reference work',
		social: 'Social media',
		other: 'Other',
	},
	counts: {
		claimsChecked: { one: '{n} claim checked', other: '{n} claims checked' },
		pieces: { one: '{n} piece', other: '{n} pieces' },
	},
	piece: {
		by: 'By {names}',
		republishedFrom: 'Republished from',
		textAsIn: 'text as in',
		copyPublishedBy: 'a copy published by {name}',
		published: 'Published',
		dated: 'Dated',
		updated: 'Updated',
		minRead: '{n} min read',
		topics: 'Topics:',
		/** The notice on a piece a year old or more: "Published February 2022, over 4 years ago." */
		age: { one: ', over a year ago.', other: ', over {n} years ago.' },
		aboutText: 'About this text',
		aboutTextAndHeadline: 'About this text and its headline',
		headlineNotConfirmed: 'The original headline could not be confirmed: the headline and summary above are the editors’.',
		contents: 'Contents',
		contentsLabel: 'Contents of this piece',
		more: 'More pieces',
		related: 'Related pieces',
		neighboursLabel: 'Previous and next piece',
		previousPiece: 'Previous piece',
		nextPiece: 'Next piece',
		/** Another language's version of the piece. */
		translationLabel: 'This piece in other languages',
	},
	ledger: {
		heading: 'The claims in this piece',
		none: 'The editors have listed no factual claims for this piece.',
		whatStatusesMean: 'What the statuses mean',
		claim: 'Claim {n}',
		claimPrefix: 'Claim {n}: ',
		/** Before a claim marker's number in the text, for screen readers. */
		marker: 'claim ',
		status: 'Status: ',
		assertedBy: 'Asserted by',
		when: 'When',
		editorsNote: 'Editors’ note:',
		sources: 'Sources',
		source: 'Source ',
		noSource: 'No source was found either way.',
		backToText: 'Back to where the piece makes this claim',
		ownPage: 'This claim on its own page',
		history: 'Status history',
		/** A re-assessment: "Re-assessed on <date> as <status>; was <status>: <note>". */
		reassessedOn: 'Re-assessed on',
		reassessedAs: 'as {status}; was',
	},
	sources: {
		heading: 'Sources',
		citedFor: { one: 'Cited for claim', other: 'Cited for claims' },
		archivedCopy: 'archived copy',
	},
	corrections: {
		heading: 'Corrections',
	},
	share: {
		label: 'Share',
		sharePiece: 'Share this piece',
		shareClaim: 'Share this claim',
		thisPiece: 'this piece',
		thisClaim: 'this claim',
		native: 'Share…',
		copyLink: 'Copy link',
		/** The places a reader can send the link to, as their readers know them. */
		networks: { email: 'Email', telegram: 'Telegram', whatsapp: 'WhatsApp', x: 'X', facebook: 'Facebook' },
	},
	claimPage: {
		where: 'Claim {n} of {total} in',
		whatStatusMeans: 'What “{status}” means',
		inThePiece: 'Where the piece makes this claim',
		editorsNote: 'Editors’ note',
		sources: 'Sources',
		thePiece: 'The piece',
		inTheLedger: 'This claim in the piece’s ledger',
		withOnly: ', with the piece’s only claim.',
		withOthers: { one: ', with the other claim.', other: ', with the other {n} claims.' },
		otherClaims: 'Other claims in this piece',
		previousClaim: 'Previous claim ({n} of {total})',
		nextClaim: 'Next claim ({n} of {total})',
		description: '{status}. Asserted by {assertedBy}. Claim {n} of {total} in {title}.',
	},
	cards: {
		claimPosition: 'Claim {n} of {total}',
		claimIn: '{position} in',
	},
	listings: {
		latestHeading: 'Latest pieces',
		olderPieces: 'Older pieces',
		allByYear: 'All pieces, by year',
		allTopics: 'All topics',
		topicsDescription: 'Every topic the pieces on this site cover, with the number of pieces on each.',
		topicTitle: 'Topic: {name}',
		topicDescription: 'Pieces on {name}, newest first, each with its claims checked.',
		newestFirst: { one: '{n} piece, newest first.', other: '{n} pieces, newest first.' },
		archiveDescription: 'Every piece on this site, newest first, by year.',
		yearTitle: 'Pieces of {year}',
		yearDescription: 'Every piece on this site dated {year}, newest first.',
		years: 'Years',
		republishedFrom: 'Republished from {name}',
		pageNote: ' (page {n} of {total})',
		pages: 'Pages',
		pageOf: 'Page {n} of {total}',
		newerPieces: 'Newer pieces',
		laterEvents: 'Later events',
		earlierEvents: 'Earlier events',
	},
	/** The lists of every claim and of every source (in English only, for now). */
	claimLists: {
		everyTitle: 'Every claim',
		everyDescription: 'Every factual claim in our pieces, with who asserts it, when, and how well it stands up, latest event first.',
		everyIntro: {
			one: '{n} claim from every piece, by the year of the event each is about, the latest first.',
			other: '{n} claims from every piece, by the year of the event each is about, the latest first.',
		},
		none: 'No piece with claims has been published yet.',
		statusTitle: '{status} claims',
		statusDescription: 'Every claim we rated “{status}”: {meaning}',
		statusHeading: 'Claims: {status}',
		statusIntro: {
			one: '{n} claim, by the year of the event each is about, the latest first.',
			other: '{n} claims, by the year of the event each is about, the latest first.',
		},
		howWeAssess: 'How we assess claims',
		byStatus: 'Claims by status',
		all: 'All ({n})',
		continued: ' (continued)',
		assertedBy: 'Asserted by',
		claimOf: 'Claim {n} of {total} in',
	},
	sourceIndex: {
		title: 'Sources',
		description: 'Every source the pieces on this site cite, with the pieces and claims that cite it.',
		intro: {
			one: '{n} source, by publisher. Under each: the pieces that cite it and, by number, the claims it is cited for.',
			other: '{n} sources, by publisher. Under each: the pieces that cite it and, by number, the claims it is cited for.',
		},
		asData: 'Every claim and source is also published as data',
		claims: { one: 'claim', other: 'claims' },
		claimOfPiece: 'claim {n} of {title}',
	},
	notFound: {
		title: 'Page not found',
		description: 'There is no page at this address.',
		text: 'There is no page at this address. It may have been mistyped, or the link that brought you here may be incomplete.',
		latest: 'See the latest pieces',
	},
	search: {
		title: 'Search',
		description: 'Search every piece, by words, topic, year, kind and the status of its claims.',
		field: 'Search every piece',
		button: 'Search',
		order: 'Order',
		relevance: 'Most relevant first',
		newest: 'Newest first',
		filters: 'Filters',
		devOnly: 'Search works on a built site only: the index is written by',
		devStart: '. Run',
		devStartEnd: 'to try it.',
		noScript: 'Search runs in your browser and needs JavaScript. Every piece is listed on the',
		noScriptHome: 'home page',
		noScriptEnd: '.',
		more: 'Show more results',
	},
	/** What the browser's scripts write: each script carries the English itself (src/i18n/scripts/). */
	client: { share: shareWords, theme: themeWords, preview: previewWords, search: searchWords },
};

/** The shape every language's dictionary has. */
export type Dictionary = typeof en;
/** A count's words, by plural category. */
export interface Plural {
	one: string;
	other: string;
}
