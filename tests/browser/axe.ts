import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe finds against WCAG 2.2 A and AA on the page as it is now: `rule: element, element`. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated by the test driver, not added as a <script>: the site's policy refuses inline scripts.
	await page.evaluate(AXE_SCRIPT);
	// Entries with `content-visibility: auto` are laid out only near the viewport, and axe would
	// measure the others as boxes of no size. Lay everything out, as it is when scrolled to.
	await page.evaluate(() => {
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
		}
	});
	return page.evaluate<string[]>(async () => {
		const axe = (
			window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
	});
}
