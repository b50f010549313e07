// Lints DMN files (bpmnlint only parses BPMN): each file must parse with
// dmn-moddle without warnings, every decision needs camunda:historyTimeToLive
// (Camunda 7 refuses to deploy without it, ENGINE-12018) and a DMNDI shape.
// Usage: node .ci/lint-dmn.mjs processes/*.dmn
import { readFile } from 'node:fs/promises';
import { DmnModdle } from 'dmn-moddle';
import camundaDmn from 'camunda-dmn-moddle/resources/camunda.json' with { type: 'json' };

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('lint-dmn: no DMN files given');
  process.exit(1);
}
const moddle = new DmnModdle({ camunda: camundaDmn });
let errors = 0;
const fail = (file, msg) => { errors++; console.error(`${file}\n  error  ${msg}`); };

for (const file of files) {
  let result;
  try {
    result = await moddle.fromXML(await readFile(file, 'utf8'), 'dmn:Definitions');
  } catch (e) {
    fail(file, `Parse error: ${e.message}`);
    continue;
  }
  const { rootElement: defs, warnings } = result;
  for (const w of warnings) fail(file, `Parse warning: ${w.message}`);
  const decisions = (defs.drgElement || []).filter((e) => e.$instanceOf('dmn:Decision'));
  if (decisions.length === 0) fail(file, 'no <decision> found');
  const shapes = new Set();
  for (const d of defs.dmnDI?.diagrams || []) {
    for (const el of d.diagramElements || []) {
      if (el.$instanceOf('dmndi:DMNShape') && el.dmnElementRef) shapes.add(el.dmnElementRef.id);
    }
  }
  for (const d of decisions) {
    if (!d.name) fail(file, `${d.id}: decision has no name`);
    if (!/^\d+$|^P\d+D$/.test(d.historyTimeToLive ?? '')) {
      fail(file, `${d.id}: camunda:historyTimeToLive missing or not a day count (got ${JSON.stringify(d.historyTimeToLive)})`);
    }
    if (!shapes.has(d.id)) fail(file, `${d.id}: no DMNDI shape (DMNShape) for decision`);
  }
  console.log(`${file}: ${decisions.length} decision(s) checked`);
}
if (errors) {
  console.error(`\n✖ ${errors} DMN problem(s)`);
  process.exit(1);
}
console.log(`DMN lint: ${files.length} file(s), 0 problems`);
