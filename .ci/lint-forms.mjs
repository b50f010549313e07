// Every user task and start event with a form refers to a Camunda Form in forms/ by its id, and every
// user task has a candidate group, so no task lands in Tasklist without a form or an owner.
import { readFileSync, readdirSync } from 'node:fs';

const formIds = new Set(readdirSync('forms').filter(f => f.endsWith('.form'))
  .map(f => JSON.parse(readFileSync(`forms/${f}`, 'utf8')).id));
const problems = [];
let tasks = 0;
for (const file of readdirSync('processes').filter(f => f.endsWith('.bpmn'))) {
  const xml = readFileSync(`processes/${file}`, 'utf8');
  for (const match of xml.matchAll(/<bpmn:(userTask|startEvent)\b([^>]*)>/g)) {
    const [, kind, attributes] = match;
    const id = /\bid="([^"]+)"/.exec(attributes)[1];
    const formRef = /camunda:formRef="([^"]+)"/.exec(attributes)?.[1];
    if (kind === 'userTask') {
      tasks++;
      if (!formRef) problems.push(`${file}#${id}: user task without camunda:formRef`);
      if (!/camunda:candidateGroups="[^"]+"/.test(attributes)) problems.push(`${file}#${id}: user task without candidate group`);
    }
    if (formRef && !formIds.has(formRef)) problems.push(`${file}#${id}: no form with id "${formRef}" in forms/`);
  }
}
problems.forEach(p => console.error(p));
console.log(`Forms: ${tasks} user task(s), ${formIds.size} form(s), ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
