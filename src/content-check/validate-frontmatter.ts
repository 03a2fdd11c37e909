import { isPublished } from '../lib/publication.ts';
import { type LedgerClaim, readLedger } from '../markdown/ledger-claim.ts';
import { type ArticleFrontmatter, ArticleSchema } from '../schemas/article.ts';
import { SourceSchema } from '../schemas/source.ts';
import type { ArticleFile, ContentFile } from './read-files.ts';
import { schemaErrors } from './schema-errors.ts';
import { parseYaml, type ParsedYaml } from './yaml-document.ts';

/** A source whose YAML could be read, valid or not: pieces may cite it. */
export interface ValidatedSource {
	id: string;
	file: string;
	text: string;
}

/** A piece whose frontmatter could be read, valid or not: its body and its ledger are checked even so, so that one run says it all. */
export interface ValidatedArticle {
	file: string;
	/** The file's absolute path. */
	path: string;
	slug: string;
	ledger: LedgerClaim[];
	yaml: ParsedYaml;
	/** The frontmatter, when it is valid. */
	data: ArticleFrontmatter | undefined;
	/** Whether the build publishes it (valid, not a draft, not scheduled). */
	published: boolean;
	text: string;
}

/** A source file against the source schema; `undefined` when its YAML cannot be read at all. */
export function validateSource(source: ContentFile): ValidatedSource | undefined {
	if (source.stopped || source.text === undefined) return undefined;
	const yaml = parseYaml(source.text);
	if (stopAtSyntaxErrors(source, yaml)) return undefined;
	const parsed = SourceSchema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (!parsed.success) source.problems.push(...schemaErrors(source.file, parsed.error.issues, yaml));
	return { id: source.id, file: source.file, text: source.text };
}

/** A piece's frontmatter against the article schema; `undefined` when its YAML cannot be read at all. */
export function validateArticle(article: ArticleFile): ValidatedArticle | undefined {
	if (article.stopped || article.text === undefined || !article.split) return undefined;
	const yaml = parseYaml(article.split.yaml, 2);
	if (stopAtSyntaxErrors(article, yaml)) return undefined;
	const parsed = ArticleSchema.safeParse(yaml.data ?? {}, { reportInput: true });
	if (!parsed.success) article.problems.push(...schemaErrors(article.file, parsed.error.issues, yaml));
	const data = parsed.success ? parsed.data : undefined;
	return {
		file: article.file,
		path: article.absolutePath,
		slug: article.id,
		ledger: readLedger(data ?? yaml.data),
		yaml,
		data,
		published: data !== undefined && isPublished(data),
		text: article.text,
	};
}

function stopAtSyntaxErrors(content: ContentFile, yaml: ParsedYaml): boolean {
	for (const syntaxError of yaml.syntaxErrors) {
		content.problems.push({
			file: content.file,
			line: syntaxError.line,
			message: `YAML syntax: ${syntaxError.message}`,
			hint: 'quote a value that contains ": " or starts with a special character',
		});
	}
	if (yaml.syntaxErrors.length > 0) content.stopped = true;
	return content.stopped;
}
