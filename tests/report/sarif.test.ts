// SARIF 2.1.0 output: structure, rules for every code used, levels, relative URIs and regions.
import { describe, expect, it } from 'vitest';
import { renderSarif, SARIF_SCHEMA_URI, toUri } from '../../src/report/sarif.js';
import { createDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';

const span = { file: 'estate/ih/ih_calc.cbl', startOffset: 10, endOffset: 14, startLine: 12, startColumn: 14, endLine: 12, endColumn: 16 };
const diagnostics: Diagnostic[] = [
  createDiagnostic('parse/missing-use-target', 'error', 'parse', 'USE without an action-block name.', span),
  createDiagnostic('read/empty-file', 'warning', 'read', 'The file is empty.', undefined, { file: 'estate\\empty.txt' }),
  createDiagnostic('read/decoded-windows-1252', 'info', 'read', 'Decoded as Windows-1252.', undefined, { file: 'estate/cp 1252.txt' }),
  createDiagnostic('parse/missing-use-target', 'error', 'parse', 'again', { ...span, startLine: 20, endLine: 21, endColumn: 3 }, {
    related: [{ message: 'opened here', span }],
  }),
];

function render(ds: Diagnostic[] = diagnostics): any {
  return JSON.parse(renderSarif(ds, { name: 'coolgen', version: '0.1.0', rules: [{ id: 'parse/missing-use-target', description: 'USE needs a target.' }] }));
}

describe('renderSarif', () => {
  it('writes a SARIF 2.1.0 log with $schema, version and one run', () => {
    const log = render();
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'coolgen', version: '0.1.0' });
  });

  it('lists a rule for every code used, sorted, with the given or a derived description', () => {
    const rules = render().runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['parse/missing-use-target', 'read/decoded-windows-1252', 'read/empty-file']);
    expect(rules[0].shortDescription.text).toBe('USE needs a target.');
    expect(rules[2].shortDescription.text).toBe('read: empty file');
    expect(rules[2].name).toBe('ReadEmptyFile');
  });

  it('writes one result per diagnostic with ruleId, ruleIndex, level and message', () => {
    const results = render().runs[0].results;
    expect(results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['parse/missing-use-target', 'error'],
      ['read/empty-file', 'warning'],
      ['read/decoded-windows-1252', 'note'],
      ['parse/missing-use-target', 'error'],
    ]);
    expect(results[1].ruleIndex).toBe(2);
    expect(results[0].message.text).toBe('USE without an action-block name.');
  });

  it('writes relative / URIs and 1-based regions with an exclusive end column', () => {
    const results = render().runs[0].results;
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'estate/ih/ih_calc.cbl' },
      region: { startLine: 12, startColumn: 14, endLine: 12, endColumn: 17 },
    });
    expect(results[1].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'estate/empty.txt' } });
    expect(results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('estate/cp%201252.txt');
    expect(results[3].relatedLocations[0]).toMatchObject({ id: 0, message: { text: 'opened here' } });
  });

  it('leaves out locations for a diagnostic without a file, and renders an empty run', () => {
    const log = render([createDiagnostic('read/no-input', 'error', 'read', 'Nothing to read.')]);
    expect(log.runs[0].results[0].locations).toBeUndefined();
    const empty = render([]);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['parse/missing-use-target']);
  });
});

describe('toUri', () => {
  it('makes paths relative to baseDir, keeps other absolute paths as file URIs', () => {
    expect(toUri('/home/u/estate/a.cbl', '/home/u')).toBe('estate/a.cbl');
    expect(toUri('/other/a.cbl', '/home/u')).toBe('file:///other/a.cbl');
    expect(toUri('C:\\estate\\a b.cbl')).toBe('file:///C:/estate/a%20b.cbl');
    expect(toUri('./estate/a.cbl')).toBe('estate/a.cbl');
  });
});

describe('SARIF 2.1.0 constraints (subset of the official schema, checked with ajv)', () => {
  it('validates the rendered log', async () => {
    const { default: Ajv } = await import('ajv');
    const message = { type: 'object', required: ['text'], properties: { text: { type: 'string' } }, additionalProperties: false };
    const region = {
      type: 'object',
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
      },
      additionalProperties: false,
    };
    const location = {
      type: 'object',
      properties: {
        id: { type: 'integer', minimum: -1 },
        message,
        physicalLocation: {
          type: 'object',
          required: ['artifactLocation'],
          properties: { artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string', format: 'uri-reference' } }, additionalProperties: false }, region },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    };
    const schema = {
      type: 'object',
      required: ['version', 'runs'],
      properties: {
        $schema: { type: 'string', format: 'uri' },
        version: { const: '2.1.0' },
        runs: {
          type: 'array',
          items: {
            type: 'object',
            required: ['tool'],
            properties: {
              tool: {
                type: 'object',
                required: ['driver'],
                properties: {
                  driver: {
                    type: 'object',
                    required: ['name'],
                    properties: {
                      name: { type: 'string' },
                      version: { type: 'string' },
                      semanticVersion: { type: 'string' },
                      informationUri: { type: 'string' },
                      rules: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['id'],
                          properties: { id: { type: 'string' }, name: { type: 'string' }, shortDescription: message, helpUri: { type: 'string' } },
                          additionalProperties: false,
                        },
                      },
                    },
                    additionalProperties: false,
                  },
                },
              },
              columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] },
              results: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['message'],
                  properties: {
                    ruleId: { type: 'string' },
                    ruleIndex: { type: 'integer', minimum: -1 },
                    level: { enum: ['none', 'note', 'warning', 'error'] },
                    message,
                    locations: { type: 'array', items: location },
                    relatedLocations: { type: 'array', items: location },
                    properties: { type: 'object' },
                  },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    };
    const ajv = new Ajv({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const withData = [...diagnostics, createDiagnostic('link/unresolved-use', 'error', 'link', 'x', span, { data: { target: 'CAB_X' } })];
    const ok = validate(JSON.parse(renderSarif(withData, { name: 'coolgen', version: '0.1.0' })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
