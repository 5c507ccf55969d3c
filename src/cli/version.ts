// The package version, for `--version`-like output and SARIF's tool.driver: read from package.json, which sits
// three folders up from dist/src/cli/ and two up from src/cli/ (vitest runs the sources).
import { createRequire } from 'node:module';

let cached: string | undefined;

/** The coolgen-toolkit version, or `0.0.0` when package.json cannot be found. */
export function toolVersion(): string {
  if (cached !== undefined) return cached;
  const require = createRequire(import.meta.url);
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(candidate) as { name?: string; version?: string };
      if (pkg.name === 'coolgen-toolkit' && typeof pkg.version === 'string') return (cached = pkg.version);
    } catch {
      // try the next layout
    }
  }
  return (cached = '0.0.0');
}
