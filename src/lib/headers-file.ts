/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern on a line of its own, then
 * its headers indented below it, `#` for comments. Read here so that the test server sends
 * exactly what a host sends, and so that the page's own policy can be checked against it.
 */
export interface HeaderRule {
	/** A path from the site's root; `*` matches any run of characters. */
	pattern: string;
	headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim() || line.trimStart().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			return;
		}
		const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!header || !rule) throw new Error(`_headers line ${index + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
		rule.headers.push([header[1]!, header[2]!.trim()]);
	});
	return rules;
}

/** The headers for `path` (from the site's root), every matching rule applied in order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.pattern.split('*').map(escapeRegExp).join('.*')}$`);
		if (!pattern.test(path)) continue;
		for (const [name, value] of rule.headers) headers.set(name, value);
	}
	return headers;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
