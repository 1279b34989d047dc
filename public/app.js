import { initialLanguage, LANGUAGES, t } from './i18n.js';
import { monthGrids } from './month-grid.js';

const API = '/v1/recommendations';
const $ = (id) => document.getElementById(id);

const state = {
  language: initialLanguage(),
  /** The last request sent, so a language switch asks again in the new language. */
  body: null,
  answer: null,
  /** slug → ingredient class, asked once per slug from the catalogue. */
  classes: new Map(),
  downloadUrl: null,
};

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyLanguage() {
  document.documentElement.lang = state.language;
  for (const node of document.querySelectorAll('[data-i18n]'))
    node.textContent = t(state.language, node.dataset.i18n);
  document.title = `Regimen · ${t(state.language, 'title')}`;
  $('language').value = state.language;
}

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function requestBody(form) {
  const data = new FormData(form);
  const body = {
    skinType: data.get('skinType'),
    sensitive: data.get('sensitive') === 'on',
    concerns: data.getAll('concerns'),
    pregnancy: data.get('pregnancy'),
    retinoidWeeks: Number(data.get('retinoidWeeks') || 0),
    weeks: Number(data.get('weeks') || 12),
    reminders: {},
  };
  const startDate = data.get('startDate');
  if (startDate) body.startDate = startDate;
  if (data.get('reminderAm')) body.reminders.am = data.get('reminderAm');
  if (data.get('reminderPm')) body.reminders.pm = data.get('reminderPm');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZone) body.reminders.timeZone = timeZone;
  return body;
}

async function call(body, accept) {
  return fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, 'accept-language': state.language },
    body: JSON.stringify(body),
  });
}

function showStatus(text) {
  $('status').textContent = text;
}

function showProblem(problem) {
  const box = $('errors');
  box.replaceChildren(
    element('p', '', `${t(state.language, 'failed')} ${problem.detail ?? problem.title ?? ''}`),
  );
  if (Array.isArray(problem.errors) && problem.errors.length > 0) {
    const list = element('ul');
    for (const error of problem.errors) list.append(element('li', '', `${error.path}: ${error.message}`));
    box.append(list);
  }
}

/** The classes of the evening's treatments, which tell retinoid nights from acid nights. */
async function learnClasses(answer) {
  const slugs = answer.routine.pm
    .filter((step) => step.kind === 'treatment')
    .flatMap((step) => step.ingredients)
    .filter((slug) => !state.classes.has(slug));
  await Promise.all(
    slugs.map(async (slug) => {
      const response = await fetch(`/v1/ingredients/${encodeURIComponent(slug)}`, {
        headers: { accept: 'application/json' },
      });
      if (response.ok) state.classes.set(slug, (await response.json()).class);
    }),
  );
}

function renderSteps(list, steps, names) {
  const { language } = state;
  list.replaceChildren();
  for (const step of steps) {
    const item = element('li', 'step');
    const title = element('p', 'step-title');
    title.append(element('strong', '', t(language, `kind.${step.kind}`)));
    if (step.ingredients.length > 0) {
      title.append(` · ${step.ingredients.map((slug) => names.get(slug) ?? slug).join(', ')}`);
    }
    item.append(title);
    const facts = element('dl', 'step-facts');
    const fact = (label, value) => {
      facts.append(element('dt', '', t(language, label)), element('dd', '', value));
    };
    fact('when', step.frequency);
    fact('areas', step.areas.map((area) => t(language, `area.${area}`)).join(', '));
    if (step.strength) fact('strength', step.strength);
    item.append(facts);
    if (step.notes.length > 0) {
      // The reasons are the longest part: one click (or Enter) away, so the steps read at a glance.
      const why = element('details', 'why');
      why.append(element('summary', '', t(language, 'why')), element('p', '', step.notes.join(' ')));
      item.append(why);
    }
    list.append(item);
  }
}

function render() {
  const { answer, language } = state;
  if (!answer) return;
  const names = new Map(answer.ingredients.map((entry) => [entry.slug, entry.name]));
  renderSteps($('am'), answer.routine.am, names);
  renderSteps($('pm'), answer.routine.pm, names);
  const warnings = $('warnings');
  warnings.replaceChildren(...answer.warnings.map((warning) => element('li', '', warning.message)));
  $('warnings-section').hidden = answer.warnings.length === 0;
  $('months').replaceChildren(monthGrids(answer.calendar, answer.routine, state.classes, language));
  $('disclaimer').textContent = answer.disclaimer;
  $('result').hidden = false;
}

/** The calendar file of the same request, ready behind a download link. */
async function prepareDownload(body) {
  const slot = $('download-slot');
  slot.replaceChildren();
  const response = await call(body, 'text/calendar');
  if (!response.ok) return;
  const file = await response.blob();
  if (state.downloadUrl) URL.revokeObjectURL(state.downloadUrl);
  state.downloadUrl = URL.createObjectURL(new Blob([file], { type: 'text/calendar' }));
  const link = element('a', 'download', t(state.language, 'download'));
  link.id = 'download';
  link.href = state.downloadUrl;
  link.download = 'regimen.ics';
  slot.replaceChildren(link);
}

async function recommend(body, { focus }) {
  $('errors').replaceChildren();
  showStatus(t(state.language, 'loading'));
  const response = await call(body, 'application/json');
  const answer = await response.json();
  if (!response.ok) {
    showStatus('');
    showProblem(answer);
    return;
  }
  state.body = body;
  state.answer = answer;
  await learnClasses(answer);
  render();
  showStatus(t(state.language, 'ready'));
  if (focus) $('result-heading').focus();
  await prepareDownload(body);
}

function start() {
  applyLanguage();
  $('startDate').value = today();
  $('language').addEventListener('change', (event) => {
    const chosen = event.target.value;
    state.language = LANGUAGES.includes(chosen) ? chosen : 'en';
    applyLanguage();
    // The routine's own texts come from the API: ask again in the new language.
    if (state.body)
      recommend(state.body, { focus: false }).catch((error) => showProblem({ detail: String(error) }));
  });
  $('profile').addEventListener('submit', (event) => {
    event.preventDefault();
    const body = requestBody(event.target);
    if (body.concerns.length < 1 || body.concerns.length > 5) {
      $('errors').replaceChildren(element('p', '', t(state.language, 'pickConcerns')));
      return;
    }
    recommend(body, { focus: true }).catch((error) => showProblem({ detail: String(error) }));
  });
}

start();
