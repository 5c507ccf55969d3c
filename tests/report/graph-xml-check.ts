// Test helper: a strict XML 1.0 well-formedness check (no dependency): one root, balanced tags, quoted unique
// attributes, only the five predefined or numeric entity references, no raw `<` or `&`, no forbidden characters.

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*$/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function checkText(text: string, where: string, errors: string[]): void {
  if (FORBIDDEN.test(text)) errors.push(`forbidden character in ${where}`);
  if (text.includes('<')) errors.push(`raw '<' in ${where}`);
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i))) errors.push(`bad entity reference in ${where}: ${text.slice(i, i + 12)}`);
  }
}

function checkAttributes(source: string, tag: string, errors: string[]): void {
  const seen = new Set<string>();
  let rest = source.trim();
  while (rest.length > 0) {
    const m = /^([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')\s*/.exec(rest);
    if (m === null) {
      errors.push(`bad attribute syntax in <${tag}>: ${rest.slice(0, 30)}`);
      return;
    }
    const name = m[1]!;
    if (!NAME.test(name)) errors.push(`bad attribute name ${name}`);
    if (seen.has(name)) errors.push(`duplicate attribute ${name} in <${tag}>`);
    seen.add(name);
    checkText(m[3] ?? m[4] ?? '', `attribute ${name} of <${tag}>`, errors);
    rest = rest.slice(m[0].length);
  }
}

/** The well-formedness errors of an XML document (empty when it is well-formed). */
export function xmlWellFormednessErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end === -1) return ['unterminated XML declaration'];
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') errors.push(`text outside the root element: ${text.trim().slice(0, 20)}`);
    checkText(text, 'text', errors);
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return [...errors, 'unterminated comment'];
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return [...errors, 'unterminated tag'];
    let body = xml.slice(lt + 1, gt);
    // A '>' inside a quoted attribute value is legal: extend the tag until quotes balance.
    let end = gt;
    while ((body.match(/"/g) ?? []).length % 2 === 1 || (body.match(/'/g) ?? []).length % 2 === 1) {
      const next = xml.indexOf('>', end + 1);
      if (next === -1) return [...errors, 'unterminated attribute value'];
      end = next;
      body = xml.slice(lt + 1, end);
    }
    i = end + 1;
    if (body.startsWith('/')) {
      const name = body.slice(1).trim();
      const open = stack.pop();
      if (open !== name) errors.push(`closing </${name}> does not match <${open ?? '(none)'}>`);
      continue;
    }
    const selfClosing = body.endsWith('/');
    const inner = selfClosing ? body.slice(0, -1) : body;
    const name = /^\S+/.exec(inner)?.[0] ?? '';
    if (!NAME.test(name)) errors.push(`bad element name '${name}'`);
    checkAttributes(inner.slice(name.length), name, errors);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) errors.push(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) errors.push(`expected one root element, found ${roots}`);
  return errors;
}
