// The dependency graph as GraphML (`coolgen graph --format graphml`) for yEd, Gephi and Cytoscape. Pure; every
// text and attribute value is XML-escaped and characters XML 1.0 forbids are replaced by U+FFFD.
import type { DependencyGraph } from '../analysis/graph-types.js';

// Characters not allowed in XML 1.0 documents, and unpaired surrogates.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_ESCAPE = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escape text for XML element content and attribute values (double-quoted). */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The GraphML keys: id, target (node/edge), attribute name, type. */
const KEYS: [string, 'node' | 'edge', string, 'string' | 'boolean' | 'int'][] = [
  ['d0', 'node', 'name', 'string'],
  ['d1', 'node', 'kind', 'string'],
  ['d2', 'node', 'domain', 'string'],
  ['d3', 'node', 'resolved', 'boolean'],
  ['d4', 'node', 'file', 'string'],
  ['d5', 'node', 'line', 'int'],
  ['d6', 'edge', 'type', 'string'],
  ['d7', 'edge', 'attributes', 'string'],
];

function data(key: string, value: string | number | boolean | null | undefined): string {
  return value === null || value === undefined ? '' : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/**
 * Render a dependency graph as GraphML: keys for name, kind, domain, resolved, file, line (nodes) and type,
 * attributes (edges; the touched attributes comma-separated). Directed; edge ids e0, e1, … in graph order.
 */
export function renderGraphGraphml(graph: DependencyGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, target, name, type]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="coolgen" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const fields = [data('d0', node.name), data('d1', node.kind), data('d2', node.domain), data('d3', node.resolved), data('d4', node.file), data('d5', node.line)];
    lines.push(`    <node id="${xmlEscape(node.id)}">${fields.join('')}</node>`);
  }
  graph.edges.forEach((edge, i) => {
    const fields = [data('d6', edge.type), edge.attributes === undefined ? '' : data('d7', edge.attributes.join(','))];
    lines.push(`    <edge id="e${i}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">${fields.join('')}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
