import { BlockList, isIP } from 'node:net';
import { domainToUnicode } from 'node:url';

/**
 * Networks no reader can reach a source on: loopback, private, link-local, shared (carrier NAT)
 * and "this network" ranges, in IPv4 and IPv6. An address there points at the editor's own
 * machine or office, never at a page readers can check. Node's BlockList also matches IPv4
 * written inside IPv6 (`[::ffff:127.0.0.1]`).
 */
const UNREACHABLE = new BlockList();
for (const [network, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.168.0.0', 16],
] as const) {
	UNREACHABLE.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
	['::', 128],
	['::1', 128],
	['fc00::', 7],
	['fe80::', 10],
] as const) {
	UNREACHABLE.addSubnet(network, prefix, 'ipv6');
}

/** `localhost`, its subdomains, with or without the final dot that DNS allows. */
const LOCAL_NAME = /(?:^|\.)localhost\.?$/i;

/**
 * Scripts whose letters pass for Latin ones (Cyrillic а, Greek ο…), and the others a host name
 * is written in. A label mixing two of them is how a look-alike of a known name is made
 * ("раypal.com", with Cyrillic р and а); Japanese, Chinese and Korean names mix their own
 * scripts with Latin legitimately.
 */
const SCRIPTS = [
	'Latin',
	'Cyrillic',
	'Greek',
	'Armenian',
	'Georgian',
	'Hebrew',
	'Arabic',
	'Thai',
	'Devanagari',
	'Bengali',
	'Tamil',
	'Han',
	'Hiragana',
	'Katakana',
	'Hangul',
	'Bopomofo',
] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
	new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
	new Set(['Latin', 'Han', 'Bopomofo']),
	new Set(['Latin', 'Han', 'Hangul']),
];

/** The scripts of the letters of one label of a host name. */
function scriptsOf(label: string): Set<string> {
	const found = new Set<string>();
	for (const character of label) {
		const script = SCRIPT_PATTERNS.find(({ pattern }) => pattern.test(character));
		if (script) found.add(script.name);
	}
	return found;
}

/** The first label of `host` (in Unicode) whose letters mix scripts, and the scripts it mixes. */
function mixedScriptLabel(host: string): { label: string; scripts: string[] } | undefined {
	for (const label of host.split('.')) {
		const scripts = scriptsOf(label);
		if (scripts.size > 1 && !ALLOWED_MIXES.some((allowed) => [...scripts].every((script) => allowed.has(script)))) return { label, scripts: [...scripts] };
	}
	return undefined;
}

/**
 * What is wrong with a web address an editor wrote, said for the editor; `undefined` when it is a
 * public http(s) address. The address is read once, by the WHATWG URL parser browsers use, so
 * what the check accepts is what every later step (feeds, pages) can read: a port past 65535 or
 * a broken host is refused here, with the file and line, not in the middle of the build.
 */
export function webAddressProblem(value: string): string | undefined {
	// eslint-disable-next-line no-control-regex -- control characters are what it finds
	if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'contains a space or an invisible control character: copy the address again from the browser';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return 'must be a whole address, starting with https:// or http://';
		return 'is not an address a browser can open (check the host name, and the port after ":" if there is one): copy it again from the browser';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must start with https:// or http://';
	return hostProblem(url);
}

/** What is wrong with the host (and the part before it) of an http(s) address that parses. */
export function hostProblem(url: URL): string | undefined {
	if (url.username || url.password) {
		return `has a user name or password before "@" ("${url.username}${url.password ? ':…' : ''}@"), so it leads to ${url.hostname}, not where it seems to: write the address without it`;
	}
	const host = url.hostname;
	const bare = host.replace(/^\[|\]$/g, '');
	if (LOCAL_NAME.test(host)) return `leads to "${host}", the computer it is opened on, not a page readers can reach: give the page's public address`;
	const family = isIP(bare);
	if (family !== 0) {
		if (UNREACHABLE.check(bare, family === 4 ? 'ipv4' : 'ipv6')) {
			return `leads to ${bare}, a private or local network address that readers cannot reach: give the page's public address`;
		}
		return undefined;
	}
	if (!host.includes('.')) return `has the host name "${host}", which is not a public web address (it has no dot): give the page's full address`;
	const unicode = domainToUnicode(host) || host;
	const mixed = mixedScriptLabel(unicode);
	if (mixed) {
		return `has the host name "${unicode}", whose "${mixed.label}" mixes ${mixed.scripts.join(' and ')} letters, as look-alikes of other sites' names do: retype the address by hand`;
	}
	return undefined;
}
