// Regenerates the committed grammar artefacts from the live parser: grammars/cst.generated.d.ts (generateCstDts)
// and grammars/diagrams.html (railroad diagrams). Run: npx tsc -p tsconfig.json && node dist/scripts/gen-grammar-artifacts.js
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSyntaxDiagramsCode, generateCstDts } from 'chevrotain';
import { actionDiagramParser } from '../grammars/parser.js';

/** Repository root: this file runs from dist/scripts/, so the root is two folders up from there. */
const root = new URL('../../', import.meta.url);

const header =
  '// generated — do not edit. Produced by scripts/gen-grammar-artifacts.ts from grammars/parser.ts\n' +
  '// (chevrotain generateCstDts). Regenerate with `npm run grammar:diagrams`.\n';
const dts = header + generateCstDts(actionDiagramParser.getGAstProductions(), { visitorInterfaceName: 'ActionDiagramCstVisitor' });
writeFileSync(fileURLToPath(new URL('grammars/cst.generated.d.ts', root)), dts);

const html = createSyntaxDiagramsCode(actionDiagramParser.getSerializedGastProductions());
writeFileSync(fileURLToPath(new URL('grammars/diagrams.html', root)), html);
console.log('wrote grammars/cst.generated.d.ts and grammars/diagrams.html');
