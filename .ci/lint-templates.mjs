// Validates the Camunda Modeler element templates in .camunda/element-templates
// against the Camunda 7 element templates JSON schema, and checks that every
// BPMN element carrying camunda:modelerTemplate matches a template and holds
// the values of the template's hidden properties (e.g. the delegate expression).
// Usage: node .ci/lint-templates.mjs
import { readFile, readdir } from 'node:fs/promises';
import Ajv from 'ajv';
import { BpmnModdle } from 'bpmn-moddle';
import schema from '@camunda/element-templates-json-schema/resources/schema.json' with { type: 'json' };
import camundaBpmn from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };

const TEMPLATE_DIR = '.camunda/element-templates';
const PROCESS_DIR = 'processes';
let errors = 0;
const fail = (where, msg) => { errors++; console.log(`${where}\n  error  ${msg}`); };

const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const templates = new Map();

const templateFiles = (await readdir(TEMPLATE_DIR)).filter((f) => f.endsWith('.json')).sort();
if (templateFiles.length === 0) fail(TEMPLATE_DIR, 'no element templates found');
for (const name of templateFiles) {
  const file = `${TEMPLATE_DIR}/${name}`;
  let json;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    fail(file, `invalid JSON: ${e.message}`);
    continue;
  }
  if (!validate(json)) {
    for (const e of validate.errors) fail(file, `schema: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
    continue;
  }
  for (const t of [].concat(json)) {
    const key = `${t.id}@${t.version ?? ''}`;
    if (templates.has(key)) fail(file, `duplicate template id ${t.id}`);
    templates.set(key, t);
    if (!t.properties.some((p) => p.binding.name === 'camunda:delegateExpression')) {
      fail(file, `${t.id}: no camunda:delegateExpression binding`);
    }
  }
  console.log(`${file}: valid`);
}

// Cross-check templated elements in the diagrams.
const moddle = new BpmnModdle({ camunda: camundaBpmn });
const bpmnFiles = (await readdir(PROCESS_DIR)).filter((f) => f.endsWith('.bpmn')).sort();
for (const name of bpmnFiles) {
  const file = `${PROCESS_DIR}/${name}`;
  const { elementsById } = await moddle.fromXML(await readFile(file, 'utf8'));
  for (const el of Object.values(elementsById)) {
    if (!el.modelerTemplate) continue;
    const where = `${file}#${el.id}`;
    const t = templates.get(`${el.modelerTemplate}@${el.modelerTemplateVersion ?? ''}`);
    if (!t) { fail(where, `unknown template ${el.modelerTemplate} (version ${el.modelerTemplateVersion ?? 'none'})`); continue; }
    if (!t.appliesTo.some((type) => el.$instanceOf(type))) fail(where, `template ${t.id} does not apply to ${el.$type}`);
    const before = errors;
    for (const p of t.properties) {
      if (p.type !== 'Hidden' || p.binding.type !== 'property') continue;
      if (el.get(p.binding.name) !== p.value) {
        fail(where, `${p.binding.name} is ${JSON.stringify(el.get(p.binding.name))}, template ${t.id} sets ${JSON.stringify(p.value)}`);
      }
    }
    if (errors === before) console.log(`${where}: matches template ${t.id}`);
  }
}

if (errors) {
  console.log(`\n✖ ${errors} element template problem(s)`);
  process.exit(1);
}
console.log(`Element templates: ${templates.size} template(s), 0 problems`);
