// Finding and reading the configuration: `--config <file>`, else `coolgen.config.json` in the current folder,
// else the built-in defaults. Bytes come from source-reader (the one fs-read module) and are decoded as UTF-8.
import { join } from 'node:path';
import { createDiagnostic, type Result } from '../diagnostics/diagnostic.js';
import { DiagnosticCodes } from '../diagnostics/codes.js';
import type { ResolvedConfig } from './config-types.js';
import { CONFIG_FILE_NAME, defaultConfig } from './config-defaults.js';
import { parseConfigText } from './config.js';
import { readSourceBytes } from './source-reader.js';

/** Options of resolveConfigFile. */
export interface ResolveConfigOptions {
  /** The `--config` value, when given (relative to `cwd`). */
  configPath?: string;
  /** The folder looked in for coolgen.config.json. */
  cwd: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decide which configuration applies and load it. A named `--config` that cannot be read is a
 * `config/not-found` error; an absent ./coolgen.config.json simply means the defaults. Text that is not UTF-8
 * or not JSON is `config/invalid-json`; bad keys are `config/invalid-value` / `config/unknown-key`.
 * `source` in the result is the path as given (`--config`) or `coolgen.config.json` (relative to cwd).
 */
export function resolveConfigFile(options: ResolveConfigOptions): Result<ResolvedConfig> {
  const explicit = options.configPath !== undefined && options.configPath !== '';
  const shown = explicit ? (options.configPath as string) : CONFIG_FILE_NAME;
  const path = explicit ? (/^([a-zA-Z]:)?[\\/]/.test(shown) ? shown : join(options.cwd, shown)) : join(options.cwd, CONFIG_FILE_NAME);
  const read = readSourceBytes(path);
  if (read.value === null) {
    const errno = read.diagnostics[0]?.data?.errno;
    if (!explicit && (errno === 'ENOENT' || errno === 'ENOTDIR')) return { value: defaultConfig(null), diagnostics: [] };
    const reason = read.diagnostics[0]?.message ?? 'cannot be read';
    const d = createDiagnostic(DiagnosticCodes.configNotFound, 'error', 'config', `Config file '${shown}' cannot be read: ${reason}`, undefined, { file: shown });
    return { value: defaultConfig(null), diagnostics: [d] };
  }
  let text: string;
  try {
    text = utf8.decode(read.value);
  } catch {
    const d = createDiagnostic(DiagnosticCodes.configInvalidJson, 'error', 'config', 'not valid UTF-8 text', undefined, { file: shown });
    return { value: defaultConfig(shown), diagnostics: [d] };
  }
  return parseConfigText(text, shown);
}
