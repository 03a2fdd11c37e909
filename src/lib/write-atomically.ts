import { randomUUID } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';

/** Written aside and renamed, so that two builds at once never read half a file. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
	const partial = `${file}.${randomUUID()}.partial`;
	writeFileSync(partial, data);
	renameSync(partial, file);
}
