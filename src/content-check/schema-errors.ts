import type { z } from 'astro/zod';
import { type ContentError, formatFieldPath } from './content-error.ts';
import type { ParsedYaml } from './yaml-document.ts';
import { closestName } from './closest-name.ts';

type Issue = z.core.$ZodIssue;

const FIELD_HINT = 'every field, its form and an example are in docs/authoring.md';

/**
 * Zod's issues as content errors: the full field path, the line it is written on, a message an
 * editor can act on. Every issue is kept, not only the first.
 */
export function schemaErrors(file: string, issues: ReadonlyArray<Issue>, yaml: ParsedYaml): ContentError[] {
	const flat = flattenIssues(issues);
	// `asertedBy:` is one mistake, not two: the "is required" of the field it was meant to be goes.
	const meant = new Set(
		flat.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => (closestField(key) ? [formatFieldPath([...issue.path, closestField(key)!])] : [])) : [])),
	);
	return flat.flatMap((issue): ContentError[] => {
		if (issue.code === 'invalid_type' && issue.input === undefined && meant.has(formatFieldPath(issue.path))) return [];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => {
				const path = [...issue.path, key];
				return {
					file,
					line: yaml.lineOf(path),
					field: formatFieldPath(path),
					message: `is not a field of this content type${closestField(key) ? `; did you mean ${closestField(key)}?` : ''}`,
					hint: 'check its spelling against docs/authoring.md; unknown fields are refused so that a typo is never silently ignored',
				};
			});
		}
		return [{ file, line: yaml.lineOf(issue.path), field: formatFieldPath(issue.path), message: describe(issue), hint: FIELD_HINT }];
	});
}

/**
 * A union's failure lists every branch's issues. When the value has the shape of one branch
 * (its issues point inside the value, not at the value itself), that branch's issues are the
 * ones that say what is wrong.
 */
function flattenIssues(issues: ReadonlyArray<Issue>): Issue[] {
	return issues.flatMap((issue): Issue[] => {
		if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
		const branch = issue.errors.find((branchIssues) => branchIssues.length > 0 && branchIssues.every((inner) => inner.path.length > 0));
		if (!branch) return [issue];
		return flattenIssues(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
	});
}

function describe(issue: Issue): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return `is required (expected ${issue.expected})`;
	}
	if (issue.code === 'invalid_value' && 'values' in issue) {
		const written = typeof issue.input === 'string' ? `is "${issue.input}"; ` : '';
		return `${written}expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
	}
	return issue.message;
}

/** Every field name of the content model, to suggest the one a misspelt key was meant to be. */
const FIELD_NAMES = [
	'title', 'dek', 'kind', 'authors', 'published', 'updated', 'topics', 'lang', 'origin', 'draft', 'claims', 'corrections', 'history',
	'id', 'text', 'assertedBy', 'date', 'status', 'sources', 'note', 'from', 'to', 'publisher', 'url', 'copy', 'accessed', 'archive',
];

function closestField(key: string): string | undefined {
	return closestName(key, FIELD_NAMES, 2);
}
