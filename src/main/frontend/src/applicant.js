// The associations' e-service page. It renders the same Camunda Form (forms/application.form) that
// officers see in Tasklist, fetched from the engine's deployment through the applicant API, so a
// process owner changes a field in one place. Every text shown comes from the server's Finnish
// message bundle (GET /api/applicant/texts).
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import './applicant.css';

const API = '/api/applicant';
const TOKEN = 'applicantToken';
const ATTACHMENT_KINDS = ['BUDGET', 'ACTION_PLAN', 'FINANCIAL_STATEMENTS', 'ANNUAL_REPORT'];

const main = document.getElementById('app');
let texts = {};
let signInMode = 'magic-link';

const t = (key, ...args) => (texts[key] || key).replace(/\{(\d+)\}/g, (_, i) => args[Number(i)] ?? '');

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => node.append(child));
  return node;
}

function show(...children) {
  main.replaceChildren(...children);
}

function notice(kind, ...lines) {
  return el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    ...lines.map((line) => el('p', {}, line)));
}

async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const headers = { ...(options.headers || {}) };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(API + path, { ...options, headers });
  const body = (response.headers.get('content-type') || '').includes('json') ? await response.json() : null;
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN);
  }
  if (!response.ok) {
    const problems = body && body.problems ? body.problems : [body && body.detail ? body.detail : t('page.error.unexpected')];
    throw Object.assign(new Error(problems.join(' ')), { problems, status: response.status });
  }
  return body;
}

function callCode() {
  const match = window.location.pathname.match(/^\/hae\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : null;
}

const SIGN_IN_ERRORS = ['noMandate', 'expired', 'cancelled', 'failed'];

// A magic link brings ?token=, the end of a Suomi.fi sign-in ?suomifi= (a one-time hand-off) or ?signInError=.
async function exchangeSignIn() {
  const params = new URLSearchParams(window.location.search);
  const token = params.get('token');
  const handoff = params.get('suomifi');
  const failed = params.get('signInError');
  if (!token && !handoff && !failed) {
    return null;
  }
  window.history.replaceState(null, '', window.location.pathname);
  if (failed) {
    const key = SIGN_IN_ERRORS.includes(failed) ? failed : 'failed';
    return { problems: [t(`page.signIn.error.${key}`)] };
  }
  try {
    const session = await api(handoff ? '/suomifi/sessions' : '/sessions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: handoff || token })
    });
    sessionStorage.setItem(TOKEN, session.token);
    return null;
  } catch (error) {
    return error;
  }
}

// What is published of a call (seeds 000, 002), readable before signing in. Texts are text nodes, never HTML.
function callInfo(call) {
  if (!call) {
    return '';
  }
  const rows = [[t('page.call.grantForm'), call.grantFormText], [t('page.call.grantYear'), String(call.grantYear)],
    [t('page.call.period'), t('page.call.periodText', call.opensAtText || '', call.closesAtText || '')],
    [t('page.call.maxGrant'), call.maxGrantText || t('page.call.noMaxGrant')]];
  const contact = call.contact || {};
  const contactParts = [contact.title, contact.email && el('a', { href: `mailto:${contact.email}` }, contact.email), contact.phone,
    contact.url && el('a', { href: contact.url, rel: 'noopener' }, contact.url)].filter(Boolean);
  return el('section', { id: 'callInfo', 'aria-labelledby': 'callInfoTitle' },
    el('h2', { id: 'callInfoTitle' }, t('page.call.title', call.name, call.code)),
    el('dl', {}, rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    el('h3', {}, t('page.call.criteria')),
    call.criteria.length
      ? el('table', { id: 'callCriteria' },
        el('thead', {}, el('tr', {}, el('th', {}, t('page.call.criterion')), el('th', {}, t('page.call.weight')))),
        el('tbody', {}, call.criteria.map((c) => el('tr', {}, el('td', {}, c.name), el('td', {}, t('page.call.weightText', c.weight))))))
      : el('p', {}, t('page.call.noCriteria')),
    call.instructionsUrl
      ? el('p', {}, t('page.call.instructions'), ' ', el('a', { id: 'callInstructions', href: call.instructionsUrl, rel: 'noopener' }, call.instructionsUrl))
      : '',
    contactParts.length ? el('p', { id: 'callContact' }, t('page.call.contact'), ' ', ...contactParts.flatMap((part, i) => (i ? [', ', part] : [part]))) : '');
}

function privacyLink() {
  return el('p', { class: 'privacy' }, el('a', { id: 'privacyNotice', href: '/tietosuoja' }, t('page.privacy.link')));
}

function suomiFiSignInView(code, error, call) {
  const start = `${API}/suomifi/start${code ? `?callCode=${encodeURIComponent(code)}` : ''}`;
  show(el('h1', {}, t('page.title')), callInfo(call), el('p', {}, t('page.signIn.suomifi.intro')),
    error ? notice('error', ...error.problems) : '',
    el('p', {}, el('a', { id: 'suomifiSignIn', class: 'button', href: start }, t('page.signIn.suomifi.start'))), privacyLink());
}

function signInView(code, error, call) {
  if (signInMode === 'suomifi') {
    suomiFiSignInView(code, error, call);
    return;
  }
  const businessId = el('input', { id: 'signInBusinessId', name: 'businessId', required: 'required' });
  const email = el('input', { id: 'signInEmail', name: 'email', type: 'email', required: 'required' });
  const status = el('div');
  const form = el('form', {
    id: 'signIn',
    onsubmit: async (event) => {
      event.preventDefault();
      try {
        await api('/sign-in', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ businessId: businessId.value, email: email.value, callCode: code })
        });
        status.replaceChildren(notice('ok', t('page.signIn.sent', email.value)));
      } catch (failure) {
        status.replaceChildren(notice('error', ...failure.problems));
      }
    }
  },
  el('label', { for: 'signInBusinessId' }, t('page.signIn.businessId')), businessId,
  el('label', { for: 'signInEmail' }, t('page.signIn.email')), email,
  el('button', { type: 'submit' }, t('page.signIn.submit')));
  show(el('h1', {}, t('page.title')), callInfo(call), el('p', {}, t('page.signIn.intro')),
    error ? notice('error', ...error.problems) : '', form, status, privacyLink());
}

function attachmentInputs() {
  return ATTACHMENT_KINDS.map((kind) => {
    const id = `attachment-${kind}`;
    return el('div', { class: 'attachment' },
      el('label', { for: id }, t(`page.attachment.${kind}`)),
      el('input', { id, type: 'file', 'data-kind': kind, accept: '.pdf,.odt,.docx,.xlsx' }));
  });
}

async function uploadAttachments(number, inputs) {
  const failures = [];
  for (const input of inputs) {
    for (const file of input.files) {
      const body = new FormData();
      body.append('kind', input.dataset.kind);
      body.append('file', file);
      try {
        await api(`/applications/${encodeURIComponent(number)}/attachments`, { method: 'POST', body });
      } catch (error) {
        failures.push(`${file.name}: ${error.message}`);
      }
    }
  }
  return failures;
}

function signedInAs(me) {
  return me.representative ? t('page.signedInAsRepresentative', me.name, me.businessId) : t('page.signedInAs', me.email, me.businessId);
}

async function applicationView(code) {
  const me = await api('/me');
  const call = await api(`/calls/${encodeURIComponent(code)}`);
  const schema = await api(`/calls/${encodeURIComponent(code)}/form`);
  const container = el('div', { id: 'form' });
  const status = el('div', { id: 'status' });
  const inputs = attachmentInputs().map((block) => block);
  const fileInputs = () => Array.from(document.querySelectorAll('input[type=file]'));
  // One key per page load: a double click or a retry of the same submission never makes two applications.
  const idempotencyKey = crypto.randomUUID();
  const send = el('button', { id: 'submitApplication', type: 'button' }, t('page.application.submit'));
  show(el('h1', {}, t('page.application.title', call.name, call.code)),
    el('p', {}, t('page.application.intro', call.closesAtText)),
    el('p', { class: 'signed-in' }, signedInAs(me)), callInfo(call),
    container, el('h2', {}, t('page.attachments.title')), el('p', {}, t('page.attachments.intro')), ...inputs,
    send, status, privacyLink());
  const form = new Form({ container });
  inFinnish(container);
  await form.importSchema(schema, { callCode: call.code, businessId: me.businessId, contactEmail: me.email || '', channel: 'ELECTRONIC' });
  send.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      status.replaceChildren(notice('error', t('page.application.fixErrors')));
      return;
    }
    send.disabled = true;
    try {
      const application = await api('/applications', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(data)
      });
      const failures = await uploadAttachments(application.applicationNumber, fileInputs());
      status.replaceChildren(notice(failures.length ? 'error' : 'ok',
        t('page.application.received', application.applicationNumber), ...failures));
      main.setAttribute('data-application-number', application.applicationNumber);
    } catch (error) {
      send.disabled = false;
      status.replaceChildren(notice('error', ...error.problems));
    }
  });
}

async function casesView() {
  const me = await api('/me');
  const applications = await api('/applications');
  const partnerships = await api('/partnerships');
  const rows = applications.map((a) => el('tr', {},
    el('td', {}, el('a', { href: `#${a.applicationNumber}`, class: 'case-link' }, a.applicationNumber)),
    el('td', {}, a.callCode), el('td', {}, a.activityName), el('td', {}, a.statusText)));
  show(el('h1', {}, t('page.cases.title')),
    el('p', { class: 'signed-in' }, signedInAs(me)),
    rows.length === 0 ? el('p', {}, t('page.cases.none'))
      : el('table', { id: 'cases' }, el('thead', {}, el('tr', {},
        el('th', {}, t('page.cases.number')), el('th', {}, t('page.cases.call')),
        el('th', {}, t('page.cases.activity')), el('th', {}, t('page.cases.status')))), el('tbody', {}, rows)),
    partnerships.length ? partnershipsSection(partnerships) : '', privacyLink());
}

const date = (instant) => (instant ? new Date(instant).toLocaleDateString('fi-FI') : '–');
const euros = (amount) => (amount == null ? '–' : Number(amount).toLocaleString('fi-FI', { style: 'currency', currency: 'EUR' }));

function reportAction(p, report) {
  const id = `report-${p.partnershipNumber}-${report.year ?? 'final'}`;
  const content = el('textarea', { id: `${id}-content`, rows: '5' });
  return action(id, t('page.partnership.sendReport', report.text), [
    el('label', { for: `${id}-content` }, t('page.partnership.reportContent')), content],
  () => api(`/partnerships/${encodeURIComponent(p.partnershipNumber)}/reports`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ year: report.year, content: content.value })
  }));
}

function partnershipsSection(partnerships) {
  return el('section', { id: 'partnerships' }, el('h2', {}, t('page.partnerships.title')),
    partnerships.map((p) => el('div', { class: 'partnership', 'data-partnership-number': p.partnershipNumber },
      el('h3', {}, t('page.partnership.title', p.partnershipNumber, p.projectName)),
      el('p', {}, t('page.partnership.status', p.statusText, p.firstYear, p.lastYear)),
      p.years.length === 0 ? '' : el('table', {}, el('thead', {}, el('tr', {},
        el('th', {}, t('page.partnership.year')), el('th', {}, t('page.partnership.yearStatus')),
        el('th', {}, t('page.partnership.confirmedAmount')), el('th', {}, t('page.partnership.reportReceivedAt')),
        el('th', {}, t('page.partnership.reportCheck')))),
      el('tbody', {}, p.years.map((y) => el('tr', {},
        el('td', {}, String(y.year)), el('td', {}, y.statusText), el('td', {}, euros(y.confirmedAmount)),
        el('td', {}, date(y.reportReceivedAt)),
        el('td', {}, y.reportAccepted == null ? '–' : t(y.reportAccepted ? 'page.partnership.accepted' : 'page.partnership.remarks')))))),
      p.finalReportReceivedAt ? el('p', {}, t('page.partnership.finalReportReceived', date(p.finalReportReceivedAt))) : '',
      p.awaitedReports.map((report) => reportAction(p, report)))));
}

function action(id, title, fields, send) {
  const status = el('div');
  const button = el('button', { type: 'submit' }, title);
  return el('form', {
    id,
    class: 'action',
    onsubmit: async (event) => {
      event.preventDefault();
      button.disabled = true;
      try {
        await send();
        await ownCasesView();
      } catch (error) {
        button.disabled = false;
        status.replaceChildren(notice('error', ...error.problems));
      }
    }
  }, el('h3', {}, title), ...fields, button, status);
}

async function openLetter(number, letter) {
  const response = await fetch(`${API}/applications/${encodeURIComponent(number)}/letters/${letter.id}`,
    { headers: { Authorization: `Bearer ${sessionStorage.getItem(TOKEN)}` } });
  if (response.ok) {
    window.open(URL.createObjectURL(await response.blob()), '_blank');
  }
}

async function caseView(number) {
  const a = await api(`/applications/${encodeURIComponent(number)}`);
  const path = `/applications/${encodeURIComponent(number)}`;
  const post = (suffix, body) => api(path + suffix, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {})
  });
  const actions = [];
  if (a.infoRequests.some((r) => r.status === 'PENDING')) {
    const answer = el('textarea', { id: 'infoAnswer', rows: '5' });
    actions.push(action('infoReply', t('page.case.infoReply'), [answer], () => post('/info-reply', { answer: answer.value })));
  }
  if (a.hearingResponseDue) {
    const response = el('textarea', { id: 'hearingResponse', rows: '5' });
    actions.push(action('hearingResponse', t('page.case.hearingResponse', a.hearingResponseDue),
      [el('p', {}, t('page.case.hearingResponseInfo')), response], () => post('/hearing-response', { response: response.value })));
  }
  if (a.rectificationDeadline) {
    const content = el('textarea', { id: 'rectificationContent', rows: '5' });
    actions.push(action('rectification', t('page.case.rectification', a.rectificationDeadline), [content],
      () => post('/rectification-request', { content: content.value })));
  }
  if (a.decidedAmount > 0 && !a.grantDeclinedAt) {
    actions.push(action('decline', t('page.case.decline'), [el('p', {}, t('page.case.declineInfo'))], () => post('/decline')));
    const used = el('input', { id: 'usedAmount', type: 'number', step: '0.01', min: '0' });
    const content = el('textarea', { id: 'useReportContent', rows: '5' });
    actions.push(action('useReport', t('page.case.useReport', a.reportDeadline), [
      el('label', { for: 'usedAmount' }, t('page.case.usedAmount')), used,
      el('label', { for: 'useReportContent' }, t('page.case.useReportContent')), content],
    () => post('/use-report', { usedAmount: used.value === '' ? null : Number(used.value), content: content.value })));
  }
  const more = el('input', { id: 'attachment-OTHER', type: 'file', 'data-kind': 'OTHER', accept: '.pdf,.odt,.docx,.xlsx' });
  actions.push(action('addAttachment', t('page.case.addAttachment'), [more], async () => {
    const failures = await uploadAttachments(number, [more]);
    if (failures.length) {
      throw Object.assign(new Error(failures.join(' ')), { problems: failures });
    }
  }));
  show(el('p', {}, el('a', { href: '#' }, t('page.case.back'))),
    el('h1', {}, t('page.case.title', a.applicationNumber)),
    el('p', { id: 'caseStatus' }, t('page.case.status', a.statusText, a.callName || a.callCode, a.activityName)),
    el('h2', {}, t('page.case.infoRequests')),
    el('ul', {}, a.infoRequests.length ? a.infoRequests.map((r) => el('li', {}, r.question, r.answer ? ` – ${r.answer}` : ''))
      : el('li', {}, t('page.case.none'))),
    el('h2', {}, t('page.case.letters')),
    el('ul', {}, a.letters.length ? a.letters.map((l) => el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => openLetter(number, l) }, l.fileName))) : el('li', {}, t('page.case.none'))),
    el('h2', {}, t('page.attachments.title')),
    el('ul', { id: 'caseAttachments' }, a.attachments.length ? a.attachments.map((f) => el('li', {}, f.fileName))
      : el('li', {}, t('page.case.none'))),
    el('h2', {}, t('page.case.messages')),
    el('ul', {}, a.messages.length ? a.messages.map((m) => el('li', {}, el('strong', {}, m.subject), el('pre', {}, m.body)))
      : el('li', {}, t('page.case.none'))),
    ...actions);
}

async function ownCasesView() {
  const number = window.location.hash.substring(1);
  await (number ? caseView(decodeURIComponent(number)) : casesView());
}

// form-js 1.8 writes its own texts (select placeholder, search box, validation messages) in English
// and has no way to translate them, so they are replaced as they appear, with texts from the bundle.
const FORMJS_TEXTS = [
  [/^Select$/, () => t('page.formjs.select')],
  [/^Search$/, () => t('page.formjs.search')],
  [/^Field is required\.$/, () => t('page.formjs.required')],
  [/^Field must be a valid email\.$/, () => t('page.formjs.email')],
  [/^Field must have minimum length of (\d+)\.$/, (n) => t('page.formjs.minLength', n)],
  [/^Field must have maximum length of (\d+)\.$/, (n) => t('page.formjs.maxLength', n)],
  [/^Field must have minimum value of (.+)\.$/, (n) => t('page.formjs.min', n)],
  [/^Field must have maximum value of (.+)\.$/, (n) => t('page.formjs.max', n)],
  [/^Field must match pattern .*$/, () => t('page.formjs.pattern')],
];

function finnish(text) {
  for (const [pattern, replacement] of FORMJS_TEXTS) {
    const match = pattern.exec(text);
    if (match) return replacement(...match.slice(1));
  }
  return null;
}

function translate(node) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const replaced = finnish(text.nodeValue.trim());
    if (replaced !== null) text.nodeValue = replaced;
  }
  node.querySelectorAll?.('input[placeholder]').forEach((input) => {
    const replaced = finnish(input.placeholder);
    if (replaced !== null) input.placeholder = replaced;
  });
}

function inFinnish(container) {
  new MutationObserver((mutations) => mutations.forEach((mutation) => {
    mutation.addedNodes.forEach((added) => (added.nodeType === Node.TEXT_NODE ? translate(added.parentNode) : translate(added)));
    if (mutation.type === 'characterData') translate(mutation.target.parentNode);
  })).observe(container, { childList: true, subtree: true, characterData: true });
}

// A call that is not open is not published here; the sign-in is still offered.
async function publicCall(code) {
  try {
    return await api(`/calls/${encodeURIComponent(code)}`);
  } catch (failure) {
    return null;
  }
}

async function start() {
  texts = await (await fetch(`${API}/texts`)).json();
  document.title = t('page.title');
  signInMode = (await (await fetch(`${API}/sign-in`)).json()).mode;
  const error = await exchangeSignIn();
  const code = callCode();
  if (!sessionStorage.getItem(TOKEN)) {
    signInView(code, error, code ? await publicCall(code) : null);
    return;
  }
  try {
    await (code ? applicationView(code) : ownCasesView());
  } catch (failure) {
    if (failure.status === 401) {
      signInView(code, failure, code ? await publicCall(code) : null);
    } else {
      show(el('h1', {}, t('page.title')), notice('error', ...(failure.problems || [failure.message])));
    }
  }
}

window.addEventListener('hashchange', () => ownCasesView().catch((failure) => show(notice('error', ...(failure.problems || [failure.message])))));
start();
