// `coolgen generate` as a child process (dist/ is built by `npm test`'s pretest): files written, --check, --dry-run,
// re-runs that keep a hand-written body, conflicts (exit 1), usage errors (exit 2), and runs killed in the middle
// of writing (fs patched in the child to SIGKILL itself at the N-th write or rename) leave no half-written file.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = resolve('dist/src/cli/main.js');
const CHAIN = resolve('fixtures/generate/income-tax-chain/input.txt');
const tmp = mkdtempSync(join(tmpdir(), 'coolgen-generate-cli-'));
let n = 0;
const fresh = (): string => join(tmp, `case-${++n}`);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, 'generate', ...args], { encoding: 'utf8' });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder (relative path → text). */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('coolgen generate', () => {
  it('writes the project, prints a summary, type-checks it with --check and exits 0', () => {
    const out = fresh();
    const r = cli([CHAIN, '--out', out, '--check', '--workers', 'off']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`coolgen generate: 6 files in ${out}: 6 created, 0 updated, 0 kept, 0 conflict(s), 0 hand-written file(s) untouched`);
    expect(r.stdout).toMatch(/2 action blocks, 1 external action blocks; attribute types: \d+ mapped, \d+ inferred \(\d+ by the money naming rule\), \d+ unknown/);
    expect(r.stdout).toContain('type check (strict): no errors');
    expect(Object.keys(tree(out)).sort()).toEqual([
      'income-tax/calc-tax-due.ts', 'income-tax/round-amount.ts', 'index.ts', 'payroll/eab-fetch-rate.ts', 'runtime/coolgen-runtime.ts', 'tsconfig.json',
    ]);
    expect(tree(out)['income-tax/calc-tax-due.ts']).toBe(readFileSync('fixtures/generate/income-tax-chain/expected/income-tax/calc-tax-due.ts', 'utf8').replaceAll('fixtures/generate/income-tax-chain/input.txt', relative(process.cwd(), CHAIN)));
  });

  it('lists what would change with --dry-run and writes nothing', () => {
    const out = fresh();
    const r = cli([CHAIN, '--out', out, '--dry-run', '--workers', 'off']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('create income-tax/calc-tax-due.ts');
    expect(r.stdout).toContain('6 would be created');
    expect(existsSync(out)).toBe(false);
  });

  it('keeps a hand-written body and hand-added files on a re-run after the legacy views changed', () => {
    const out = fresh();
    const input = join(tmp, `input-${n}.txt`);
    cpSync(CHAIN, input);
    expect(cli([input, '--out', out, '--workers', 'off']).code).toBe(0);
    const path = join(out, 'income-tax/round-amount.ts');
    const stub = "{\n  throw new NotMigratedError('IH_ROUND_AMOUNT');\n}";
    const body = '{\n  // by hand\n  return { exports: { export: { iefSupplied: { totalCurrency: imports.import.iefSupplied.totalCurrency } } }, exitState: null };\n}';
    writeFileSync(path, readFileSync(path, 'utf8').replace(stub, body));
    mkdirSync(join(out, 'adapters'));
    writeFileSync(join(out, 'adapters/db.ts'), 'export const mine = 1;\n');
    writeFileSync(input, readFileSync(input, 'utf8').replace('|           total_currency\n|       EXPORTS:', '|           total_currency\n|           count\n|       EXPORTS:'));
    const dry = cli([input, '--out', out, '--dry-run', '--workers', 'off']);
    expect(dry.stdout).toContain('update income-tax/round-amount.ts (your code kept)');
    const r = cli([input, '--out', out, '--check', '--workers', 'off']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 hand-written file(s) untouched');
    expect(r.stdout).toContain('type check (strict): no errors');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(body);
    expect(text).toContain("iefSupplied: Pick<IefSupplied, 'totalCurrency' | 'count'>;");
    expect(readFileSync(join(out, 'adapters/db.ts'), 'utf8')).toBe('export const mine = 1;\n');
  });

  it('exits 1 on a conflict, keeps that file, offers .coolgen-new and still writes the rest', () => {
    const out = fresh();
    const input = join(tmp, `input-${n}.txt`);
    cpSync(CHAIN, input);
    expect(cli([input, '--out', out, '--workers', 'off']).code).toBe(0);
    const path = join(out, 'income-tax/round-amount.ts');
    const mine = readFileSync(path, 'utf8').replace(
      "{\n  throw new NotMigratedError('IH_ROUND_AMOUNT');\n}",
      '{\n  return { exports: { export: { iefSupplied: { totalCurrency: imports.import.iefSupplied.totalCurrency } } }, exitState: null };\n}',
    );
    writeFileSync(path, mine);
    // The legacy block loses its import view: the body no longer fits. A new block appears at the same time.
    const changed = readFileSync(input, 'utf8')
      .replace('|       IMPORTS:\n|         Work View import ief_supplied (Transient, Mandatory, Import only)\n|           total_currency\n|       EXPORTS:\n|         Work View export ief_supplied', '|       EXPORTS:\n|         Work View export ief_supplied');
    expect(changed).not.toBe(readFileSync(input, 'utf8'));
    writeFileSync(input, `${changed}\n+->   IH_NEW_BLOCK                      01/01/2022  10:00\n|\n|     PROCEDURE STATEMENTS\n|\n| EXIT STATE IS ih_ok\n+---\n`);
    const r = cli([input, '--out', out, '--workers', 'off']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/income-tax\/round-amount\.ts: error generate\/conflict: .*TS2339/);
    expect(readFileSync(path, 'utf8')).toBe(mine);
    expect(readFileSync(`${path}.coolgen-new`, 'utf8')).toContain('imports.import.iefSupplied.totalCurrency');
    expect(existsSync(join(out, 'income-tax/new-block.ts'))).toBe(true);
  });

  it('exits 2 on usage and input errors and writes nothing', () => {
    const out = fresh();
    expect(cli([CHAIN]).code).toBe(2);
    expect(cli([join(tmp, 'no-such-folder'), '--out', out]).code).toBe(2);
    const file = join(tmp, 'a-file.txt');
    writeFileSync(file, 'x');
    const asFile = cli([CHAIN, '--out', file, '--workers', 'off']);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toContain('is a file, not a folder');
    const config = join(tmp, 'bad.config.json');
    writeFileSync(join(tmp, 'bad-map.json'), JSON.stringify({ types: { Text: 'string; process.exit(1)' } }));
    writeFileSync(config, JSON.stringify({ typeMap: 'bad-map.json' }));
    const badMap = cli([CHAIN, '--out', out, '--config', config, '--workers', 'off']);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toContain('types.Text must be one TypeScript type expression');
    expect(existsSync(out)).toBe(false);
  });

  it('uses the type map named by the config', () => {
    const out = fresh();
    const config = join(tmp, 'map.config.json');
    writeFileSync(join(tmp, 'good-map.json'), JSON.stringify({ domains: { 'tax_bracket.lower_limit': 'Number(15,2)', bsn: 'Text(9)' } }));
    writeFileSync(config, JSON.stringify({ typeMap: 'good-map.json' }));
    expect(cli([CHAIN, '--out', out, '--config', config, '--workers', 'off']).code).toBe(0);
    const text = readFileSync(join(out, 'income-tax/calc-tax-due.ts'), 'utf8');
    expect(text).toContain('/** Gen attribute `lower_limit`: Number(15,2). */\n  lowerLimit: Decimal;');
    expect(text).toContain('/** Gen attribute `bsn`: Text(9). */\n  bsn: string;');
  });
});

describe('a run killed in the middle', () => {
  /** Run the CLI in a child whose fs SIGKILLs the process at the N-th rename (or halfway through the N-th temp write). */
  function killedRun(args: string[], at: number, where: 'rename' | 'write') {
    const script = join(tmp, 'killer.mjs');
    writeFileSync(
      script,
      [
        "import fs from 'node:fs';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'let count = 0;',
        `const at = ${at};`,
        'const rename = fs.renameSync;',
        'const write = fs.writeFileSync;',
        `if (${JSON.stringify(where)} === 'rename') fs.renameSync = (a, b) => { if (++count === at) process.kill(process.pid, 'SIGKILL'); return rename(a, b); };`,
        "else fs.writeFileSync = (p, c, o) => { if (String(p).endsWith('.tmp') && ++count === at) { write(p, String(c).slice(0, String(c).length >> 1)); process.kill(process.pid, 'SIGKILL'); } return write(p, c, o); };",
        'syncBuiltinESMExports();',
        `const { runCli } = await import(${JSON.stringify(pathToFileURL(MAIN).href)});`,
        'process.exitCode = await runCli(process.argv.slice(2));',
      ].join('\n'),
    );
    return spawnSync(process.execPath, [script, 'generate', ...args], { encoding: 'utf8' });
  }

  it('never leaves a half-written target file, on a first run or a re-run', () => {
    const complete = fresh();
    expect(cli([CHAIN, '--out', complete, '--workers', 'off']).code).toBe(0);
    const expected = tree(complete);
    for (const where of ['rename', 'write'] as const) {
      const out = fresh();
      const r = killedRun([CHAIN, '--out', out, '--workers', 'off'], 3, where);
      expect(r.signal).toBe('SIGKILL');
      const got = tree(out);
      const targets = Object.keys(got).filter((p) => !p.endsWith('.tmp'));
      expect(targets.length).toBe(2); // the first two files were renamed into place before the kill
      for (const p of targets) expect(got[p], p).toBe(expected[p]);
      expect(Object.keys(got).some((p) => p.endsWith('.tmp'))).toBe(true); // the interrupted write stayed a temp file
    }
    // A re-run over an older version, killed midway: every file is either the old or the new version, whole.
    const out = fresh();
    cpSync(complete, out, { recursive: true });
    const old = tree(out);
    const input = join(tmp, `input-${n}.txt`);
    writeFileSync(input, readFileSync(CHAIN, 'utf8').replaceAll('tax_year', 'fiscal_year'));
    const r = killedRun([input, '--out', out, '--workers', 'off'], 2, 'write');
    expect(r.signal).toBe('SIGKILL');
    const after = tree(out);
    const newerDir = fresh();
    expect(cli([input, '--out', newerDir, '--workers', 'off']).code).toBe(0);
    const newer = tree(newerDir);
    for (const [p, text] of Object.entries(after)) {
      if (p.endsWith('.tmp')) continue;
      expect([old[p], newer[p]], p).toContain(text);
    }
    expect(Object.entries(after).filter(([p, t]) => !p.endsWith('.tmp') && t === newer[p] && t !== old[p]).length).toBe(1);
  });
});
