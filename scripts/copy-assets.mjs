// Build step: copy non-TypeScript assets (JSON schemas) next to the compiled files in dist/.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import fg from 'fast-glob';

for (const file of fg.sync(['src/**/*.json'])) {
  const target = `dist/${file}`;
  mkdirSync(target.slice(0, target.lastIndexOf('/')), { recursive: true });
  cpSync(file, target);
}
if (!existsSync('dist/src/cli/main.js')) {
  console.error('build: dist/src/cli/main.js is missing');
  process.exit(1);
}
