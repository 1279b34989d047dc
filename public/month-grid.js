import { t } from './i18n.js';

const ACID_CLASSES = ['aha', 'bha', 'pha'];

/**
 * The steps of a session on a day: the calendar lists the slugs applied, so a step naming
 * ingredients is on when they all are; a generic step (cleanser, toner) is in every session.
 */
export function stepsOn(steps, slugs) {
  return steps.filter(
    (step) => step.ingredients.length === 0 || step.ingredients.every((slug) => slugs.includes(slug)),
  );
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const pad = (n) => String(n).padStart(2, '0');
const utcDate = (iso) => {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

/** What a day holds, as marks: each session with steps, retinoid and acid nights, patch tests. */
function marksOf(day, routine, classes, language) {
  const marks = [];
  for (const session of ['am', 'pm']) {
    const count = stepsOn(routine[session], day[session]).length;
    if (count > 0) {
      const label = `${t(language, `legend.${session}`)}: ${t(language, 'steps', { n: count })}`;
      marks.push({ kind: session, label });
    }
  }
  if (day.pm.some((slug) => classes.get(slug) === 'retinoid'))
    marks.push({ kind: 'retinoid', label: t(language, 'legend.retinoid') });
  if (day.pm.some((slug) => ACID_CLASSES.includes(classes.get(slug))))
    marks.push({ kind: 'acid', label: t(language, 'legend.acid') });
  if (day.patch.length > 0) marks.push({ kind: 'patch', label: t(language, 'legend.patch') });
  return marks;
}

/**
 * The plan as one table per month, weeks from Monday: each day of the plan shows its sessions,
 * retinoid and acid nights and patch tests as short marks, with the same in words for screen
 * readers. `classes` maps a slug to its ingredient class.
 */
export function monthGrids(calendar, routine, classes, language) {
  const byDate = new Map(calendar.map((day) => [day.date, day]));
  const months = [...new Set(calendar.map((day) => day.date.slice(0, 7)))];
  const monthName = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
  const longDate = new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const fragment = document.createDocumentFragment();

  for (const month of months) {
    const first = utcDate(`${month}-01`);
    const section = element('section', 'month');
    const table = element('table', 'grid');
    table.append(element('caption', 'month-name', monthName.format(first)));
    const head = element('tr');
    // 2024-01-01 was a Monday.
    for (let i = 0; i < 7; i++) {
      const th = element('th', '', weekday.format(new Date(Date.UTC(2024, 0, 1 + i))));
      th.scope = 'col';
      head.append(th);
    }
    const thead = element('thead');
    thead.append(head);
    table.append(thead);
    const body = element('tbody');
    const daysInMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
    let row = element('tr');
    const offset = (first.getUTCDay() + 6) % 7;
    for (let i = 0; i < offset; i++) row.append(element('td', 'empty'));
    for (let dayOfMonth = 1; dayOfMonth <= daysInMonth; dayOfMonth++) {
      const date = `${month}-${pad(dayOfMonth)}`;
      const day = byDate.get(date);
      const cell = element('td', day ? 'day in-plan' : 'day');
      cell.append(element('span', 'number', String(dayOfMonth)));
      if (day) {
        cell.dataset.date = date;
        const marks = marksOf(day, routine, classes, language);
        const list = element('span', 'marks');
        list.setAttribute('aria-hidden', 'true');
        for (const mark of marks) {
          const badge = element('span', `mark mark-${mark.kind}`, t(language, `mark.${mark.kind}`));
          badge.title = mark.label;
          list.append(badge);
        }
        cell.append(list);
        const words = marks.map((mark) => mark.label).join('; ');
        cell.append(element('span', 'sr-only', `${longDate.format(utcDate(date))}: ${words}`));
      }
      row.append(cell);
      if (row.children.length === 7) {
        body.append(row);
        row = element('tr');
      }
    }
    if (row.children.length > 0) {
      while (row.children.length < 7) row.append(element('td', 'empty'));
      body.append(row);
    }
    table.append(body);
    section.append(table);
    fragment.append(section);
  }
  return fragment;
}
