/**
 * A mirror served over plain http (an onion service, a copy on a LAN or a USB stick served
 * locally) must not carry what holds a site to https: `upgrade-insecure-requests` would send
 * every request for its styles, scripts and index to an https address nothing answers, and
 * Strict-Transport-Security would pin a host that has no certificate. Cross-Origin-Opener-Policy
 * applies to trustworthy origins only; elsewhere browsers ignore it, with an error in the console.
 */
const HTTPS_ONLY_DIRECTIVE = 'upgrade-insecure-requests';
const HTTPS_ONLY_HEADERS = ['Strict-Transport-Security', 'Cross-Origin-Opener-Policy'];

/** Whether the site is published at an http:// address (`SITE_URL`). */
export function isPlainHttp(origin: string): boolean {
	return new URL(origin).protocol === 'http:';
}

/** A Content-Security-Policy without the directive that upgrades every request to https. */
export function withoutHttpsUpgrade(policy: string): string {
	return policy
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive && directive.toLowerCase() !== HTTPS_ONLY_DIRECTIVE)
		.join('; ');
}

/** A `_headers` file for a plain-http mirror: no HSTS or COOP, and its policies without the upgrade. */
export function headersFileForPlainHttp(text: string): string {
	const httpsOnly = new RegExp(`^\\s+(${HTTPS_ONLY_HEADERS.join('|')}):`, 'i');
	return text
		.split('\n')
		.filter((line) => !httpsOnly.test(line))
		.map((line) => {
			const policy = /^(\s+Content-Security-Policy:\s*)(.*?)(\r?)$/i.exec(line);
			return policy ? `${policy[1]}${withoutHttpsUpgrade(policy[2]!)}${policy[3]}` : line;
		})
		.join('\n');
}
