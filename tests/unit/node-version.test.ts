import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The scripts run on the project's own Node (the `node` devDependency), whatever Node the
 * machine has: Astro 7 needs 22.12 or later and would fail in odd ways on an older one.
 */
describe('the Node that runs the tests and the build', () => {
	it('meets package.json engines', () => {
		const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };
		const minimum = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(engines.node)?.slice(1).map(Number);
		expect(minimum, `engines.node is "${engines.node}"`).toHaveLength(3);
		const running = process.versions.node.split('.').map(Number);
		const atLeast =
			running[0]! !== minimum![0]! ? running[0]! > minimum![0]! : running[1]! !== minimum![1]! ? running[1]! > minimum![1]! : running[2]! >= minimum![2]!;
		expect(atLeast, `Node ${process.versions.node} runs the tests; package.json wants ${engines.node}`).toBe(true);
	});
});
