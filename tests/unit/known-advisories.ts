/**
 * Published security advisories for packages that can appear in package-lock.json, each with the
 * versions it affects. `npm audit` cannot reach an advisory service from the build machines, so
 * tests/unit/advisories.test.ts checks the lockfile against this list instead.
 *
 * An entry is added only when its fixed version was found in a published source; the advisory
 * itself is at https://github.com/advisories/<id>. Where an advisory was fixed on several release
 * lines, each line is a range of its own, so a patched release on an older line is not flagged.
 */

/** The versions from `introduced` (any earlier version when absent) up to, not including, `fixed`. */
export interface AffectedRange {
	introduced?: string;
	fixed: string;
}

export interface KnownAdvisory {
	id: string;
	package: string;
	summary: string;
	affected: readonly AffectedRange[];
}

/** An advisory that matches an installed version although no fixed release can be installed yet. */
export interface AcceptedAdvisory {
	id: string;
	package: string;
	/** Why the site is not exposed until the fixed release can be installed. */
	reason: string;
}

export const KNOWN_ADVISORIES: readonly KnownAdvisory[] = [
	// astro
	{
		id: 'GHSA-26w7-cxv4-gfx2',
		package: 'astro',
		summary: 'Remote code execution through libheif when sharp optimises an AVIF image (CVSS 9.8)',
		affected: [{ fixed: '7.2.8' }],
	},
	{
		id: 'GHSA-376h-93r7-7g6f',
		package: 'astro',
		summary: 'Authorization bypass: no path-segment boundary check when stripping the configured base',
		affected: [{ fixed: '7.2.4' }],
	},
	{
		id: 'GHSA-j687-52p2-xcff',
		package: 'astro',
		summary: 'XSS in define:vars through an incomplete </script> sanitisation',
		affected: [{ fixed: '6.1.6' }],
	},
	{
		id: 'GHSA-xr5h-phrj-8vxv',
		package: 'astro',
		summary: 'Server island encrypted parameters can be replayed across components',
		affected: [{ fixed: '6.1.10' }],
	},
	{
		id: 'GHSA-8hv8-536x-4wqp',
		package: 'astro',
		summary: 'Reflected XSS through an unescaped slot name on hydrated components',
		affected: [{ fixed: '6.3.3' }],
	},
	{
		id: 'GHSA-jrpj-wcv7-9fh9',
		package: 'astro',
		summary: 'XSS through unescaped attribute names in spread props',
		affected: [{ fixed: '6.4.6' }],
	},
	{
		id: 'GHSA-2pvr-wf23-7pc7',
		package: 'astro',
		summary: 'Host header SSRF when fetching a prerendered error page',
		affected: [{ fixed: '6.4.6' }],
	},
	{
		id: 'GHSA-f48w-9m4c-m7f5',
		package: 'astro',
		summary: 'XSS through spread attribute names in renderHTMLElement (incomplete fix of GHSA-jrpj-wcv7-9fh9)',
		affected: [{ fixed: '7.0.6' }],
	},
	{
		id: 'GHSA-7pw4-f3q4-r2p2',
		package: 'astro',
		summary: 'XSS through unescaped transition:* directive values on hydrated islands',
		affected: [{ introduced: '3.10.0', fixed: '7.0.4' }],
	},
	{
		id: 'GHSA-4g3v-8h47-v7g6',
		package: 'astro',
		summary: 'Reflected XSS through unescaped View Transition animation properties',
		affected: [{ introduced: '2.9.0', fixed: '7.1.0' }],
	},
	{
		id: 'GHSA-98hj-9722-w3j8',
		package: 'astro',
		summary: 'XSS through unescaped dynamic <script>/<style> children in JSX and MDX rendering',
		affected: [{ fixed: '7.3.2' }],
	},
	{
		id: 'GHSA-mh32-jxcr-mh9f',
		package: 'astro',
		summary: 'XSS through attribute injection in dynamic tag names',
		affected: [{ fixed: '7.4.5' }],
	},

	// sharp, which Astro uses to optimise images
	{
		id: 'GHSA-rgj7-g3m4-5g8c',
		package: 'sharp',
		summary: 'Bundled libheif vulnerabilities, possible remote code execution on untrusted AVIF/HEIF input',
		affected: [{ fixed: '0.35.4' }],
	},
	{
		id: 'GHSA-f88m-g3jw-g9cj',
		package: 'sharp',
		summary: 'Bundled libvips vulnerabilities in the GIF, TIFF and VIPS decoders',
		affected: [{ fixed: '0.35.0' }],
	},

	// vite and esbuild: the development server and the build
	{
		id: 'GHSA-p9ff-h696-f583',
		package: 'vite',
		summary: 'Arbitrary file read through the development server WebSocket',
		affected: [
			{ introduced: '7.0.0', fixed: '7.3.2' },
			{ introduced: '8.0.0', fixed: '8.0.5' },
		],
	},
	{
		id: 'GHSA-v2wj-q39q-566r',
		package: 'vite',
		summary: 'server.fs.deny bypassed with query parameters',
		affected: [
			{ introduced: '7.1.0', fixed: '7.3.2' },
			{ introduced: '8.0.0', fixed: '8.0.5' },
		],
	},
	{
		id: 'GHSA-4w7w-66w2-5vf9',
		package: 'vite',
		summary: 'Path traversal in the .map handling of optimised dependencies',
		affected: [
			{ introduced: '7.0.0', fixed: '7.3.2' },
			{ introduced: '8.0.0', fixed: '8.0.5' },
		],
	},
	{
		id: 'GHSA-fx2h-pf6j-xcff',
		package: 'vite',
		summary: 'server.fs.deny bypass through Windows alternate path forms',
		affected: [
			{ introduced: '7.0.0', fixed: '7.3.5' },
			{ introduced: '8.0.0', fixed: '8.0.16' },
		],
	},
	{
		id: 'GHSA-v6wh-96g9-6wx3',
		package: 'vite',
		summary: 'NTLMv2 hash disclosure through a UNC path in launch-editor on Windows',
		affected: [
			{ introduced: '7.0.0', fixed: '7.3.5' },
			{ introduced: '8.0.0', fixed: '8.0.16' },
		],
	},
	{
		id: 'GHSA-g7r4-m6w7-qqqr',
		package: 'esbuild',
		summary: 'File read through path traversal in the development server on Windows',
		affected: [{ introduced: '0.27.3', fixed: '0.28.1' }],
	},
	{
		id: 'GHSA-5xrq-8626-4rwp',
		package: 'vitest',
		summary: 'Arbitrary file read and execution while the Vitest UI or API server is listening',
		affected: [{ introduced: '4.0.0', fixed: '4.1.0' }],
	},

	// postcss
	{
		id: 'GHSA-qx2v-qp2m-jg93',
		package: 'postcss',
		summary: 'XSS through an unescaped </style> in stringified CSS',
		affected: [{ fixed: '8.5.10' }],
	},
	{
		id: 'GHSA-6g55-p6wh-862q',
		package: 'postcss',
		summary: 'File disclosure through source map loading',
		affected: [{ fixed: '8.5.18' }],
	},
	{
		id: 'GHSA-r28c-9q8g-f849',
		package: 'postcss',
		summary: 'Path traversal in sourceMappingURL auto-loading discloses arbitrary .map files',
		affected: [{ fixed: '8.5.18' }],
	},
	{
		id: 'GHSA-fxqj-rqcc-2cmp',
		package: 'postcss',
		summary: 'PreviousMap.loadFile() still reads an arbitrary source map when `from` is unset (incomplete fix of GHSA-6g55-p6wh-862q)',
		affected: [{ fixed: '8.5.23' }],
	},

	// devalue, which Astro uses to serialise data
	{
		id: 'GHSA-77vg-94rm-hx3p',
		package: 'devalue',
		summary: 'Denial of service through sparse array deserialisation',
		affected: [{ introduced: '5.6.3', fixed: '5.8.1' }],
	},
	{
		id: 'GHSA-9rgm-9g3h-6x36',
		package: 'devalue',
		summary: 'Denial of service through malformed input with out-of-bounds indices',
		affected: [{ fixed: '5.9.2' }],
	},

	// YAML and TOML parsers
	{
		id: 'GHSA-52cp-r559-cp3m',
		package: 'js-yaml',
		summary: 'Merge-key chains force quadratic CPU use',
		affected: [{ introduced: '4.0.0', fixed: '4.3.0' }],
	},
	{
		id: 'GHSA-5p4m-2wfm-xmqj',
		package: 'js-yaml',
		summary: 'Quadratic CPU use processing !!omap',
		affected: [{ fixed: '3.15.1' }, { introduced: '4.0.0', fixed: '4.3.1' }],
	},
	{
		id: 'GHSA-2883-xcg3-v3hh',
		package: 'js-yaml',
		summary: 'maxTotalMergeKeys does not limit CPU use for empty merge sources',
		affected: [{ introduced: '4.0.0', fixed: '4.3.2' }],
	},
	{
		id: 'GHSA-v3rj-xjv7-4jmq',
		package: 'smol-toml',
		summary: 'Denial of service through thousands of consecutive commented lines',
		affected: [{ fixed: '1.6.1' }],
	},
	{
		id: 'GHSA-7w5x-hrqm-74c2',
		package: 'smol-toml',
		summary: 'Infinite loop on a comment without a trailing newline inside an array or inline table',
		affected: [{ fixed: '1.7.1' }],
	},

	// svgo, nanoid
	{
		id: 'GHSA-w27v-7q3p-w38r',
		package: 'svgo',
		summary: 'removeScripts lets executable links through',
		affected: [{ introduced: '4.0.0', fixed: '4.1.0' }],
	},
	{
		id: 'GHSA-4vpr-x523-8j87',
		package: 'svgo',
		summary: 'removeScripts leaves executable HTML inside foreignObject',
		affected: [{ introduced: '4.0.0', fixed: '4.1.0' }],
	},
	{
		id: 'GHSA-2v37-7h3g-55p8',
		package: 'nanoid',
		summary: 'Infinite loop in a custom generator asked for size zero',
		affected: [{ fixed: '3.3.18' }],
	},

	// glob matching
	{
		id: 'GHSA-3v7f-55p6-f55p',
		package: 'picomatch',
		summary: 'Method injection in POSIX character classes causes wrong glob matches',
		affected: [{ fixed: '2.3.2' }, { introduced: '4.0.0', fixed: '4.0.4' }],
	},
	{
		id: 'GHSA-c2c7-rcm5-vvqj',
		package: 'picomatch',
		summary: 'ReDoS through extglob quantifiers',
		affected: [{ fixed: '2.3.2' }, { introduced: '4.0.0', fixed: '4.0.4' }],
	},
	{
		id: 'GHSA-mh99-v99m-4gvg',
		package: 'brace-expansion',
		summary: 'Out-of-memory crash through an unbounded expansion length',
		affected: [{ fixed: '1.1.17' }, { introduced: '2.0.0', fixed: '2.1.3' }, { introduced: '4.0.0', fixed: '5.0.8' }],
	},
	{
		id: 'GHSA-rgw5-rvv9-x895',
		package: 'brace-expansion',
		summary: 'Denial of service through unbounded intermediate arrays (bypass of the GHSA-mh99-v99m-4gvg fix)',
		affected: [{ fixed: '1.1.18' }, { introduced: '2.0.0', fixed: '2.1.4' }, { introduced: '4.0.0', fixed: '5.0.9' }],
	},

	// fast-uri, through ajv
	{
		id: 'GHSA-v2hh-gcrm-f6hx',
		package: 'fast-uri',
		summary: 'Host confusion through a literal backslash authority delimiter',
		affected: [
			{ introduced: '3.0.0', fixed: '3.1.4' },
			{ introduced: '4.0.0', fixed: '4.1.1' },
		],
	},
	{
		id: 'GHSA-7p8r-x3mc-p8w7',
		package: 'fast-uri',
		summary: 'Host confusion through a backslash authority introducer',
		affected: [{ introduced: '3.0.0', fixed: '3.1.5' }],
	},
	{
		id: 'GHSA-hrr3-gc8f-f4qj',
		package: 'fast-uri',
		summary: 'Inconsistent host case normalisation through percent-encoded octets',
		affected: [
			{ introduced: '3.0.0', fixed: '3.1.8' },
			{ introduced: '4.0.0', fixed: '4.1.5' },
		],
	},
];

export const ACCEPTED_UNTIL_FIXED: readonly AcceptedAdvisory[] = [
	{
		id: 'GHSA-mh32-jxcr-mh9f',
		package: 'astro',
		reason:
			'The fix (astro 7.4.5) is not yet published to the registry the project installs from, whose newest astro is 7.3.5. ' +
			'It needs an element name taken from untrusted input: no component here chooses an element name from data, and pieces ' +
			'are Markdown rendered by remark/rehype, not MDX or JSX. Remove this entry when astro >= 7.4.5 is installed.',
	},
];
