// The whole sample estate (seeds/, or the default sample written to a temp folder while seeds/ is not committed)
// generates a TypeScript project that compiles under strict (compiler API), that the progress scan reads back as
// all stubbed, and in which no money-typed attribute is a bare number.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTypeScript, isMoneyName, lookupDomain, parseDomain, resolveTypeMap, scanMigratedCode, typeCheckFiles } from '../../src/generate/index.js';
import { loadWorkspace, resolveConfigFile } from '../../src/model/index.js';
import { generateSampleEstate } from '../../src/sample/index.js';

const SEEDS_CONFIG = 'seeds/coolgen.config.json';
let temp: string | null = null;

/** seeds/ when it holds the committed estate, else the default sample (300 blocks) in a temp folder. */
function estateFolder(): string {
  if (existsSync(SEEDS_CONFIG)) return 'seeds';
  temp = mkdtempSync(join(tmpdir(), 'coolgen-seeds-'));
  for (const f of generateSampleEstate({ blocks: 300, seed: 20240501 }).files) {
    mkdirSync(dirname(join(temp, f.path)), { recursive: true });
    writeFileSync(join(temp, f.path), f.content);
  }
  return temp;
}

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the sample estate', async () => {
  const folder = estateFolder();
  const config = resolveConfigFile({ configPath: join(folder, 'coolgen.config.json'), cwd: process.cwd() });
  const ws = await loadWorkspace({ paths: [folder], config: config.value, retainAst: true, workers: false });
  const out = generateTypeScript(ws);
  const files = out.value.files;

  it('generates one module per block', () => {
    expect(config.diagnostics).toEqual([]);
    expect(ws.inventory.actionBlocks.length).toBeGreaterThan(250);
    expect(out.value.stats.blocks + out.value.stats.eabs).toBe(new Set(ws.inventory.actionBlocks.map((b) => b.name)).size);
    expect(files.filter((f) => f.kind === 'block' || f.kind === 'eab')).toHaveLength(out.value.stats.blocks + out.value.stats.eabs);
    expect(out.value.stats.types.mapped).toBeGreaterThan(out.value.stats.types.unknown);
  });

  it('compiles under strict with the generated tsconfig', () => {
    const problems = typeCheckFiles(files);
    expect(problems.slice(0, 5).map((p) => `${p.path}:${p.line} TS${p.code} ${p.message}`)).toEqual([]);
  });

  it('is read back by the progress scan: every block stubbed, no name tagged twice', () => {
    const scan = scanMigratedCode(files.filter((f) => f.path.endsWith('.ts')), { testGlobs: [] });
    expect(scan.diagnostics).toEqual([]);
    expect(scan.value.tags.filter((t) => t.tag === 'coolgen')).toHaveLength(out.value.stats.blocks + out.value.stats.eabs);
    expect(scan.value.tags.every((t) => t.state === 'stubbed')).toBe(true);
  });

  it('points every unknown-type warning at a view declaration that lists the attribute', () => {
    const warnings = out.diagnostics.filter((d) => d.code === 'generate/unknown-type');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      const key = String(w.data?.key);
      const [type = '', attribute = ''] = key.split('.');
      expect(w.span, key).toBeDefined();
      const lines = readFileSync(w.span?.file ?? '', 'utf8').split(/\r?\n/);
      const start = (w.span?.startLine ?? 0) - 1;
      expect(lines[start]?.toLowerCase(), key).toMatch(new RegExp(`view .*${type}`));
      // The attribute lines follow the declaration (which may wrap over a line or two).
      expect(lines.slice(start + 1, start + 40).some((l) => l.trim().toLowerCase().endsWith(attribute)), key).toBe(true);
    }
  });

  it('never types money as a bare number', () => {
    const map = resolveTypeMap(undefined, ws.config.domains);
    const money = out.value.attributeTypes.filter((t) => {
      const [type = '', attribute = ''] = t.key.split('.');
      const domain = lookupDomain(map, type, attribute);
      const parsed = domain ? parseDomain(domain) : null;
      return parsed ? parsed.cls === 'Decimal' : isMoneyName(map, attribute);
    });
    expect(money.length).toBeGreaterThan(10);
    expect(money.filter((t) => t.tsType !== 'Decimal')).toEqual([]);
  });
});
