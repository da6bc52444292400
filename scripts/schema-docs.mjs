/**
 * The TSDoc of the zod schemas (src/schema/*.ts) is the one place a field is described. This tool
 * carries it to the two places a reader meets the schema:
 *
 * - `describeSource(code)`: each documented field (and each documented exported schema) gets
 *   `.describe("…")` with its TSDoc text, so `z.toJSONSchema` (schema.json, `tos-clauses schema`)
 *   carries the descriptions. tsup (tsup.config.ts) and vitest (vitest.config.ts) apply it as they
 *   load those files; the source itself stays as written.
 * - `node scripts/schema-docs.mjs dts <file.d.ts>...`: the declaration bundle prints each schema's
 *   shape without its comments; this puts each field's TSDoc back above it, so an editor shows it on
 *   `clause.notice.period` as it does on any documented property.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The text of the `/** … *\/` comment just before `node`, as one line; undefined when none. */
function docOf(node, code) {
  const ranges = ts.getLeadingCommentRanges(code, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => code.startsWith('/**', r.pos)).pop();
  if (!last) return undefined;
  const text = code.slice(last.pos + 3, last.end - 2).split('\n').map((l) => l.replace(/^\s*\*\s?/, '')).join(' ')
    .replace(/\{@link\s+([^}]+)\}/g, '$1').replace(/@\w+[^@]*/g, '').replace(/\s+/g, ' ').trim();
  return text || undefined;
}

const isZodCall = (node, name) => ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)
  && node.expression.expression.getText() === 'z' && node.expression.name.text === name;

/** The object literal of the first `z.object({ … })` within `node` (through `.optional()`, `z.array(…)`), if any. */
function objectLiteralIn(node) {
  let found;
  const visit = (n) => {
    if (found) return;
    if (isZodCall(n, 'object') && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) { found = n.arguments[0]; return; }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** The first `…Schema` constant a field's value names (`NoticeSchema`, `z.array(ConditionSchema)`), if any. */
function schemaRefIn(node) {
  let found;
  const visit = (n) => {
    if (found) return;
    if (ts.isIdentifier(n) && /Schema$/.test(n.text)) { found = n.text; return; }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** True for a value that is a zod schema: `z.…` or a `…Schema` constant, with any method chain. */
function isSchemaExpression(node) {
  let n = node;
  while (ts.isCallExpression(n) || ts.isPropertyAccessExpression(n)) n = n.expression;
  return ts.isIdentifier(n) && (n.text === 'z' || /Schema$/.test(n.text));
}

/** Add `.describe(TSDoc)` to every documented schema field and exported schema of a source file. */
export function describeSource(code, fileName = 'schema.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && isSchemaExpression(node.initializer) && ts.isObjectLiteralExpression(node.parent)) {
      const doc = docOf(node, code);
      if (doc) edits.push([node.initializer.getEnd(), doc]);
    }
    if (ts.isVariableStatement(node) && node.parent === source) {
      const doc = docOf(node, code);
      for (const d of node.declarationList.declarations) {
        if (doc && d.initializer && isSchemaExpression(d.initializer)) edits.push([d.initializer.getEnd(), doc]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [at, doc] of edits.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, at)}.describe(${JSON.stringify(doc)})${out.slice(at)}`;
  return out;
}

/** The documented fields of each schema in the source files: name → field → { doc, fields }. */
export function fieldDocs(codes) {
  const literals = new Map();
  // the TSDoc of top-level constants, for shorthand fields (`{ version, path }`)
  const constDocs = new Map();
  const sources = codes.map(([name, code]) => [ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true), code]);
  for (const [source, code] of sources) {
    for (const st of source.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!d.initializer || !ts.isIdentifier(d.name)) continue;
        const doc = docOf(st, code);
        if (doc) constDocs.set(d.name.text, doc);
        const literal = ts.isObjectLiteralExpression(d.initializer) ? d.initializer : objectLiteralIn(d.initializer);
        if (literal) literals.set(d.name.text, literal);
      }
    }
  }
  const codeOf = (node) => sources.find(([s]) => s === node.getSourceFile())[1];
  const treeOf = (literal, seen = new Set()) => {
    const tree = new Map();
    for (const p of literal.properties) {
      if (ts.isSpreadAssignment(p)) {
        // `...clauseCommon` or `...AnswerSchema.shape`
        const name = p.expression.getText().replace(/\.shape$/, '');
        const target = literals.get(name);
        if (target && !seen.has(target)) for (const [k, v] of treeOf(target, new Set([...seen, target]))) tree.set(k, v);
        continue;
      }
      if (ts.isShorthandPropertyAssignment(p)) {
        tree.set(p.name.text, { doc: constDocs.get(p.name.text) });
        continue;
      }
      if (!ts.isPropertyAssignment(p) || !p.name) continue;
      // a nested `z.object({ … })`, or a schema named by reference (`notice: NoticeSchema`, `z.array(ConditionSchema)`)
      const ref = schemaRefIn(p.initializer);
      const nested = objectLiteralIn(p.initializer) ?? (ref && literals.get(ref));
      const fields = nested && !seen.has(nested) ? treeOf(nested, new Set([...seen, nested])) : undefined;
      tree.set(p.name.getText().replace(/^['"]|['"]$/g, ''), { doc: docOf(p, codeOf(p)) ?? (ref && constDocs.get(ref)), fields });
    }
    return tree;
  };
  const out = new Map();
  for (const [name, literal] of literals) if (/Schema$/.test(name)) out.set(name, treeOf(literal));
  return out;
}

/** The members of the `z.ZodObject<{ … }>` type literal within a type node, if any. */
function objectMembers(type) {
  let found;
  const visit = (n) => {
    if (found) return;
    if (ts.isTypeReferenceNode(n) && /ZodObject$/.test(n.typeName.getText()) && n.typeArguments?.[0] && ts.isTypeLiteralNode(n.typeArguments[0])) { found = n.typeArguments[0].members; return; }
    ts.forEachChild(n, visit);
  };
  visit(type);
  return found;
}

/** Put each schema field's TSDoc back above it in a declaration file's text. */
export function documentDts(dts, docs) {
  const source = ts.createSourceFile('index.d.ts', dts, ts.ScriptTarget.Latest, true);
  const edits = [];
  const annotate = (members, tree) => {
    for (const m of members ?? []) {
      if (!ts.isPropertySignature(m) || !m.name || !m.type) continue;
      const entry = tree.get(m.name.getText().replace(/^['"]|['"]$/g, ''));
      if (!entry) continue;
      if (entry.doc && !(ts.getLeadingCommentRanges(dts, m.getFullStart()) ?? []).some((r) => dts.startsWith('/**', r.pos))) {
        const indent = /[ \t]*$/.exec(dts.slice(0, m.getStart()))[0];
        edits.push([m.getStart(), `/** ${entry.doc.replace(/\*\//g, '*\\/')} */\n${indent}`]);
      }
      if (entry.fields) annotate(objectMembers(m.type), entry.fields);
    }
  };
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.type) {
      // the bundler may rename a schema (`AgreementSchema$1`)
      const tree = docs.get(node.name.text.replace(/\$\d+$/, ''));
      if (tree) annotate(objectMembers(node.type), tree);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = dts;
  for (const [at, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** The schema sources: every .ts file of src/schema. */
export function schemaSources(root = join(dirname(fileURLToPath(import.meta.url)), '..')) {
  const dir = join(root, 'src', 'schema');
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).sort().map((f) => [join(dir, f), readFileSync(join(dir, f), 'utf8')]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv[2] === 'dts') {
  const docs = fieldDocs(schemaSources());
  for (const file of process.argv.slice(3)) writeFileSync(file, documentDts(readFileSync(file, 'utf8'), docs));
}
