// Regenerates the committed grammar artefacts from the live parser: grammars/cst.generated.d.ts (generateCstDts)
// and grammars/diagrams.html (railroad diagrams). Run: npx tsc -p tsconfig.json && node dist/scripts/gen-grammar-artifacts.js
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSyntaxDiagramsCode, generateCstDts } from '../grammars/chevrotain.js';
import { actionDiagramParser } from '../grammars/parser.js';

/** Repository root: this file runs from dist/scripts/, so the root is two folders up from there. */
const root = new URL('../../', import.meta.url);

const header =
  '// generated — do not edit. Produced by scripts/gen-grammar-artifacts.ts from grammars/parser.ts\n' +
  '// (chevrotain generateCstDts). Regenerate with `npm run grammar:diagrams`.\n';
const dts = header + generateCstDts(actionDiagramParser.getGAstProductions(), { visitorInterfaceName: 'ActionDiagramCstVisitor' });
writeFileSync(fileURLToPath(new URL('grammars/cst.generated.d.ts', root)), dts);

/**
 * Chevrotain's page loads its CSS and scripts from unpkg; teams behind a firewall (tax administrations are) cannot
 * open that. Inline the same files from the installed chevrotain package so the page works offline.
 */
function inlineDiagramResources(page: string): string {
  // The package root is above its resolved entry (lib/…); the diagrams folder ships in the package.
  const entry = createRequire(import.meta.url).resolve('chevrotain');
  const diagramsDir = join(entry.slice(0, entry.lastIndexOf('/node_modules/chevrotain/') + '/node_modules/chevrotain/'.length), 'diagrams');
  const read = (relative: string): string => readFileSync(join(diagramsDir, relative), 'utf8');
  return page
    .replace(/<link rel='stylesheet' href='[^']*\/diagrams\/diagrams\.css'>/, () => `<style>\n${read('diagrams.css')}\n</style>`)
    .replace(/<script src='[^']*\/diagrams\/([^']+\.js)'><\/script>/g, (_m, file: string) => `<script>\n${read(file).replace(/<\/script/gi, '<\\/script')}\n</script>`);
}

const html = inlineDiagramResources(createSyntaxDiagramsCode(actionDiagramParser.getSerializedGastProductions()));
if (/<(?:script|link)\b[^>]*\b(?:src|href)=['"]https?:/i.test(html)) throw new Error('diagrams.html still loads a remote resource');
writeFileSync(fileURLToPath(new URL('grammars/diagrams.html', root)), html);
console.log('wrote grammars/cst.generated.d.ts and grammars/diagrams.html');
