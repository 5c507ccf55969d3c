// The committed railroad diagrams (grammars/diagrams.html) must open offline — Gen shops often sit behind a
// firewall — and must show the current grammar: every rule of the live parser appears in the serialized grammar.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { actionDiagramParser } from '../../grammars/parser.js';

const html = readFileSync(new URL('../../grammars/diagrams.html', import.meta.url), 'utf8');

describe('grammars/diagrams.html', () => {
  it('loads no script or stylesheet from the network', () => {
    expect(html).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)=['"]https?:/i);
    expect(html).toContain('railroad');
  });

  it('holds every rule of the current grammar', () => {
    const rules = actionDiagramParser.getSerializedGastProductions().map((r) => (r as { name: string }).name);
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) expect(html).toContain(`"name": "${rule}"`);
  });
});
