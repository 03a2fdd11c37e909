import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A deterministic synthetic corpus for benchmarks: `count` pieces of about 1,200 words, each
 * with five claims marked in the body, sources shared across pieces, topics and years spread
 * out. The same seed always writes the same files.
 */

const TOPICS = ['iran', 'cyberattacks', 'human-rights', 'protests', 'economy', 'prisons', 'courts', 'media', 'elections', 'energy', 'diplomacy', 'health'];
const KINDS = ['analysis', 'opinion', 'report', 'explainer'] as const;
const STATUSES = ['corroborated', 'disputed', 'attributed', 'unverified'] as const;
const SOURCE_COUNT = 400;

/** Words drawn with a Zipf-like skew, as in real prose: a few common, a long tail of rare ones. */
const SYLLABLES = ['ka', 'ro', 'mi', 'sa', 'te', 'lun', 'dar', 'vesh', 'no', 'pal', 'ir', 'ban', 'zo', 'ket', 'ma', 'shi', 'ran', 'tol', 'hed', 'gu'];
const COMMON = 'the of and to in a that is was for on by with as at from it this an were which said be has had have but not are or its their'.split(' ');

function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** What a generated piece's frontmatter says, as the content check reads it: enough to make its preview cards. */
export interface CorpusPiece {
	slug: string;
	title: string;
	kind: (typeof KINDS)[number];
	published: string;
	lang: 'en';
	claims: { id: string; text: string; status: (typeof STATUSES)[number] }[];
}

export async function generateCorpus(dir: string, count: number, seed = 1): Promise<CorpusPiece[]> {
	const next = random(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
	const vocabulary = Array.from({ length: 20_000 }, (_, index) => {
		let word = '';
		for (let n = index + 1; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length]!;
		return word;
	});
	const word = () => (next() < 0.45 ? pick(COMMON) : vocabulary[Math.floor(vocabulary.length * next() ** 3)]!);
	const sentence = (length: number) => {
		const words = Array.from({ length }, word);
		return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
	};

	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'sources'), { recursive: true });
	for (let index = 0; index < SOURCE_COUNT; index += 1) {
		const id = `source-${String(index).padStart(4, '0')}`;
		await writeFile(
			join(dir, 'sources', `${id}.yaml`),
			`publisher: ${pick(['Example Wire', 'Sample Times', 'Test Daily', 'Placeholder News'])}\ntitle: "${sentence(8).slice(0, -1)}"\nurl: https://news.example.org/${id}\npublished: 20${10 + (index % 15)}-0${1 + (index % 9)}-1${index % 10}\nkind: ${pick(['news', 'ngo', 'court', 'government'])}\n`,
		);
	}

	const pieces: CorpusPiece[] = [];
	for (let index = 0; index < count; index += 1) {
		const year = 2012 + (index % 14);
		const published = `${year}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
		const topics = [...new Set([pick(TOPICS), pick(TOPICS)])];
		const claims = Array.from({ length: 5 }, (_, claim) => {
			const status = pick(STATUSES);
			const sources = status === 'unverified' ? [] : [`source-${String(Math.floor(next() * SOURCE_COUNT)).padStart(4, '0')}`];
			return { id: `claim-${claim + 1}`, status, sources, text: sentence(14) };
		});
		const title = `${sentence(7).slice(0, -1)} ${index}`;
		const dek = sentence(24);
		const kind = pick(KINDS);
		const frontmatter = [
			'---',
			`title: "${title}"`,
			`dek: "${dek}"`,
			`kind: ${kind}`,
			`published: ${published}`,
			`topics: [${topics.join(', ')}]`,
			'claims:',
			...claims.flatMap((claim) => [
				`  - id: ${claim.id}`,
				`    text: "${claim.text}"`,
				'    assertedBy: the author',
				`    date: ${published.slice(0, 7)}`,
				`    status: ${claim.status}`,
				`    sources: [${claim.sources.join(', ')}]`,
			]),
			'---',
		];
		const body: string[] = [];
		for (let section = 0; section < 4; section += 1) {
			if (section > 0) body.push(`## ${sentence(4).slice(0, -1)} ${section}`);
			for (let paragraph = 0; paragraph < 4; paragraph += 1) {
				const sentences = Array.from({ length: 4 }, () => sentence(17 + Math.floor(next() * 6)));
				const claim = claims[section * 4 + paragraph];
				if (claim) sentences[1] = `The :claim[${sentence(6).slice(0, -1)}]{#${claim.id}} ${sentence(10).toLowerCase()}`;
				body.push(sentences.join(' '));
			}
		}
		const folder = join(dir, 'articles', String(year));
		await mkdir(folder, { recursive: true });
		const slug = `piece-${String(index).padStart(5, '0')}`;
		await writeFile(join(folder, `${slug}.md`), `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`);
		pieces.push({ slug, title, kind, published, lang: 'en', claims: claims.map(({ id, text, status }) => ({ id, text, status })) });
	}
	return pieces;
}
