// The support files generated beside the block modules: the runtime module, tsconfig.json and index.ts. Each
// carries a content stamp in its first line, so a re-run can tell an untouched copy from one edited by hand.
import { createHash } from 'node:crypto';
import { RUNTIME_PATH, type BlockNames } from './plan-block.js';
import { moduleSpecifier } from './naming.js';
import { RUNTIME_SOURCE } from './runtime-source.js';
import type { FilePlan } from './types.js';

const STAMP = /^\/\/ coolgen-toolkit generated file \(content sha256:([0-9a-f]{16})\)/;

function hash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

/** Prefix a support file's text with the stamp line that records the hash of the rest. */
export function stampText(body: string): string {
  return `// coolgen-toolkit generated file (content sha256:${hash(body)}). Edit it and \`coolgen generate\` keeps your copy.\n${body}`;
}

/** True when the text carries a stamp and the rest still has the stamped hash (nobody edited it). */
export function isUntouchedStamp(text: string): boolean {
  const newline = text.indexOf('\n');
  const m = STAMP.exec(newline < 0 ? text : text.slice(0, newline));
  return m !== null && newline >= 0 && hash(text.slice(newline + 1)) === m[1];
}

/** The runtime module plan. */
export function runtimePlan(): FilePlan {
  return { path: RUNTIME_PATH, kind: 'runtime', header: [], imports: [], declarations: [], text: stampText(`${RUNTIME_SOURCE}`) };
}

/** tsconfig.json at the root of the output: strict, self-contained (no @types, no packages), ES modules. */
export function tsconfigPlan(): FilePlan {
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ES2022',
      moduleResolution: 'bundler',
      lib: ['ES2022'],
      types: [],
      strict: true,
      noUncheckedIndexedAccess: true,
      isolatedModules: true,
      skipLibCheck: true,
      outDir: 'dist',
    },
    include: ['**/*.ts'],
    exclude: ['dist', 'node_modules'],
  };
  return { path: 'tsconfig.json', kind: 'tsconfig', header: [], imports: [], declarations: [], text: stampText(`${JSON.stringify(config, null, 2)}\n`) };
}

/** index.ts: re-exports the runtime and, per block, its function (or adapter) and contracts. */
export function indexPlan(blocks: readonly BlockNames[]): FilePlan {
  const lines = [
    '// The entry point of the generated code: the runtime, and each block\'s function or adapter with its contracts.',
    `export * from '${moduleSpecifier('index.ts', RUNTIME_PATH)}';`,
  ];
  for (const b of [...blocks].sort((x, y) => x.path.localeCompare(y.path))) {
    const spec = moduleSpecifier('index.ts', b.path);
    if (b.kind === 'eab') {
      lines.push(`export type { ${b.adapter}, ${b.imports}, ${b.exports} } from '${spec}';`);
    } else {
      lines.push(`export { ${b.fn}, ${b.exitStates} } from '${spec}';`);
      lines.push(`export type { ${b.imports}, ${b.exports}, ${b.context}, ${b.exitState} } from '${spec}';`);
    }
  }
  return { path: 'index.ts', kind: 'index', header: [], imports: [], declarations: [], text: stampText(`${lines.join('\n')}\n`) };
}
