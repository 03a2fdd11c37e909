import type { z } from 'astro/zod';
import { type ContentError, formatFieldPath } from './content-error.ts';
import type { ParsedYaml } from './yaml-document.ts';
import { closestName } from '../lib/closest-name.ts';

type Issue = z.core.$ZodIssue;

const FIELD_HINT = 'every field, its form and an example are in docs/authoring.md';

/**
 * Zod's issues as content errors: the full field path, the line it is written on, a message an
 * editor can act on. Every issue is kept, not only the first.
 */
export function schemaErrors(file: string, issues: readonly Issue[], yaml: ParsedYaml): ContentError[] {
	const flat = flattenIssues(issues);
	// `asertedBy:` is one mistake, not two: the "is required" of the field it was meant to be goes.
	const meant = new Set(
		flat.flatMap((issue) =>
			issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => (closestField(key) ? [formatFieldPath([...issue.path, closestField(key)!])] : [])) : [],
		),
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
function flattenIssues(issues: readonly Issue[]): Issue[] {
	return issues.flatMap((issue): Issue[] => {
		if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
		const branch = issue.errors.find((branchIssues) => branchIssues.length > 0 && branchIssues.every((inner) => inner.path.length > 0));
		if (!branch) return [issue];
		return flattenIssues(branch.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
	});
}

/** What each type the schemas expect is, in an editor's words. */
const EXPECTED: Record<string, string> = {
	boolean: 'true or false',
	array: 'a list (written [a, b], or one "- " line for each item)',
	string: 'text',
	number: 'a number',
	object: 'a group of fields (written on the lines below it, indented)',
	record: 'a group of fields (written on the lines below it, indented)',
};

/** What was written, as an editor would say it: `the text "false"`, `the number 3`, `a list`. */
export function describeWritten(value: unknown): string {
	if (value === null) return 'nothing (the field is empty)';
	if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value)}`;
	if (typeof value === 'number') return `the number ${value}`;
	if (typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a group of fields';
	if (value === undefined) return 'nothing';
	if (typeof value === 'bigint') return `the number ${value.toString()}`;
	return 'something that is not text, a number, a list or a group of fields';
}

function describe(issue: Issue): string {
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return `is required: write ${EXPECTED[issue.expected] ?? issue.expected}`;
	}
	if (issue.code === 'invalid_type') {
		const hint = issue.expected === 'boolean' && typeof issue.input === 'string' ? ' (write it without quotes)' : '';
		return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeWritten(issue.input)}${hint}`;
	}
	// A name before the colon that the field does not take (a translation's language): zod says only
	// "Invalid key in record", the key's own schema says what is wrong with it.
	if (issue.code === 'invalid_key') return issue.issues.map((inner) => inner.message).join('; ') || issue.message;
	if (issue.code === 'invalid_value' && 'values' in issue) {
		const written = typeof issue.input === 'string' ? `is "${issue.input}"; ` : '';
		return `${written}expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
	}
	return issue.message;
}

/** Every field name of the content model, to suggest the one a misspelt key was meant to be. */
const FIELD_NAMES = [
	'title',
	'dek',
	'kind',
	'authors',
	'published',
	'updated',
	'topics',
	'lang',
	'origin',
	'draft',
	'claims',
	'corrections',
	'translations',
	'history',
	'id',
	'text',
	'assertedBy',
	'date',
	'status',
	'sources',
	'note',
	'from',
	'to',
	'publisher',
	'url',
	'copy',
	'accessed',
	'archive',
];

function closestField(key: string): string | undefined {
	return closestName(key, FIELD_NAMES, 2);
}
