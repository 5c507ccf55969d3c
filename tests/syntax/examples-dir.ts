// Test helper: finds ../shared/reference/examples beside the repository, both in development (/work/main) and in
// CI (a clone with shared/ beside it). Tests skip with a clear message only when the folder truly is absent.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function candidates(): string[] {
  return [
    fileURLToPath(new URL('../../../shared/reference/examples/', import.meta.url)),
    resolve(process.cwd(), '../shared/reference/examples'),
    resolve(process.cwd(), 'shared/reference/examples'),
  ];
}

/** The examples folder, or null when it is not there. */
export function findExamplesDir(): string | null {
  for (const dir of candidates()) if (existsSync(resolve(dir, 'README.md'))) return dir;
  return null;
}

/** Why the examples tests are skipped, for the test title. */
export const examplesMissingMessage = `shared examples not found (looked in ${candidates().join(', ')}); skipping`;
