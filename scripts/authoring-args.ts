/** `["The headline", "--slug=x"]` → positional words and `--name=value` options. */
export function options(args: string[]): { positional: string[]; named: Record<string, string | undefined> } {
	const named: Record<string, string | undefined> = {};
	const positional: string[] = [];
	for (const arg of args) {
		const option = /^--([a-z-]+)=(.*)$/.exec(arg);
		if (option) named[option[1]!] = option[2];
		else positional.push(arg);
	}
	return { positional, named };
}

/** Today on the editor's own calendar, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
