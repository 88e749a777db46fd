// Drives the real Tasklist in a headless Chromium set to American English in New York, signed in as a
// team manager, and checks what the issue asked of it: each listed task names its child, the list is
// sorted by due date, dates read dd/mm/yyyy in London time, the overdue work says how late it is,
// every task form links to the child's record, and no end-of-life banner. It saves a screenshot of
// the list and of a task's form. See scripts/README.md; `./mvnw verify` never needs a browser.
//
//   BROWSER=/path/to/chromium PUPPETEER_MODULES=/path/to/node_modules node scripts/tasklist-check.mjs
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const settings = {
  url: process.env.CASEFLOW_URL || 'http://localhost:8080',
  user: process.env.CASEFLOW_USER || 'frontdoor.manager',
  password: process.env.CASEFLOW_PASSWORD || 'demo',
  browser: required('BROWSER', 'the Chromium or Chrome executable'),
  modules: required('PUPPETEER_MODULES', 'a node_modules directory holding puppeteer-core'),
  screenshots: process.env.SCREENSHOTS || '',
};
const puppeteer = createRequire(join(settings.modules, 'noop.js'))('puppeteer-core');

// Someone in New York whose browser speaks American English: the dates must still be English and London's.
const AMERICAN_BROWSER = { lang: 'en-US', timeZone: 'America/New_York' };
const SUBJECT = /^[^:]+: (.+ \((C\d+|FC-\d+|[\w.]+)\)|[\w.]+)$/;
const KEPT_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const ENGLISH_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/;

const results = [];
const browser = await puppeteer.launch({
  executablePath: settings.browser,
  args: [`--lang=${AMERICAN_BROWSER.lang}`, ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [])],
  env: { ...process.env, TZ: AMERICAN_BROWSER.timeZone, LANG: 'en_US.UTF-8' },
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await signIn(page);
  await checkTheBrowserIsAmerican(page);
  await checkTheList(page);
  await checkATaskForm(page);
  await checkTheOverdueFilter(page);
} finally {
  await browser.close();
}
report();

async function signIn(page) {
  await page.goto(`${settings.url}/camunda/app/tasklist/`, { waitUntil: 'networkidle2' });
  await page.type('#username', settings.user);
  await page.type('#password', settings.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle2' }), page.click('button[type=submit]')]);
  await page.waitForSelector('.tasks-list li.task', { timeout: 30000 });
}

async function checkTheBrowserIsAmerican(page) {
  const browserSays = await page.evaluate(() => ({
    language: navigator.language,
    winterOffset: new Date('2026-01-15T12:00:00Z').getTimezoneOffset(),
  }));
  check('the browser is set to American English in New York', browserSays.language === 'en-US' && browserSays.winterOffset === 300,
    `${browserSays.language}, ${browserSays.winterOffset / -60} hours from UTC in winter`);
}

async function checkTheList(page) {
  const visibleText = await page.evaluate(() => document.body.innerText);
  check('no end-of-life banner', !visibleText.includes('time to migrate'), 'no "It is time to migrate to Camunda 8" on the page');

  const sorting = new URLSearchParams(new URL(page.url()).hash.replace(/^#\/?\??/, '')).get('sorting');
  const heading = await page.$eval('[cam-sorting-choices] li.sorting-choice', (choice) => choice.innerText.trim());
  check('the list opens sorted by due date, soonest first', sorting === '[{"sortBy":"dueDate","sortOrder":"asc"}]' && heading === 'Due date',
    `address: ${sorting}; sort heading: "${heading}"`);

  const listed = await listedTasks(page);
  const unnamed = listed.filter((task) => !SUBJECT.test(task.name));
  check(`each of the ${listed.length} listed tasks names its subject`, listed.length > 0 && unnamed.length === 0,
    (unnamed.length ? unnamed : listed).map((task) => task.name).join(' | '));

  const due = await dueDatesOf(page, listed);
  const inOrder = due.every((date, i) => i === 0 || soonestFirst(due[i - 1], date) <= 0);
  check('the list runs soonest due first, work without a due date last', inOrder,
    due.map((date) => date || 'none').join(', '));

  const tooltip = await page.$eval('.tasks-list li.task .due-date [uib-tooltip]', (date) => date.getAttribute('uib-tooltip'))
    .catch(() => null);
  const firstDue = due.find(Boolean);
  check('a due date reads in London time', tooltip !== null && tooltip === londonLongFormOf(firstDue),
    `shown "${tooltip}" for ${firstDue} (London: "${londonLongFormOf(firstDue)}")`);
  const footer = await page.$eval('#footer-timezone', (zone) => zone.innerText);
  check('the footer says dates are in London time', footer.includes('Europe/London'), footer.trim());
  await screenshot(page, 'tasklist-list.png');
}

async function checkATaskForm(page) {
  await page.click('.tasks-list li.task h4 a');
  await page.waitForSelector('.fjs-container .fjs-form-field', { timeout: 30000 });
  await new Promise((settle) => setTimeout(settle, 1500));
  const form = await page.evaluate(() => ({
    task: document.querySelector('.task-details h2, .task-details .names')?.innerText.split('\n')[0],
    links: [...document.querySelectorAll('.fjs-container a')].map((link) => ({ text: link.innerText, href: link.getAttribute('href') })),
    datePlaceholders: [...document.querySelectorAll('.fjs-container input')].map((input) => input.placeholder).filter(Boolean),
    texts: [...document.querySelectorAll('.fjs-container .fjs-form-field-text')].map((text) => text.innerText).join('\n'),
  }));
  const record = form.links.find((link) => /^Open .+'s record$/.test(link.text));
  check('the task form links to the child\'s record', Boolean(record && /^\/children\/C\d+$/.test(record.href)),
    record ? `"${record.text}" -> ${record.href} (task "${form.task}")` : `no link among ${JSON.stringify(form.links)}`);
  check('the form\'s date fields read dd/mm/yyyy', form.datePlaceholders.length > 0 && form.datePlaceholders.every((p) => p === 'dd/mm/yyyy'),
    form.datePlaceholders.join(', '));
  check('the form\'s texts show dates dd/mm/yyyy', !KEPT_DATE.test(form.texts) && ENGLISH_DATE.test(form.texts),
    (form.texts.match(/[^\n]*\d{2}\/\d{2}\/\d{4}[^\n]*/) || [form.texts.slice(0, 120)])[0]);
  await screenshot(page, 'tasklist-form.png');
}

async function checkTheOverdueFilter(page) {
  const [overdue] = await page.$$('xpath/.//*[contains(@class,"task-filters")]//a[normalize-space(text())="Overdue"]');
  if (!overdue) {
    check('the "Overdue" filter says how late each task is', false, 'no "Overdue" filter');
    return;
  }
  await overdue.click();
  await new Promise((settle) => setTimeout(settle, 3000));
  const timescales = await page.$$eval('.tasks-list li.task', (tasks) => tasks.map((task) => ({
    name: task.querySelector('h4').innerText.trim(),
    timescale: [...task.querySelectorAll('.task-card-details .variable, .task-card-details')].map((v) => v.innerText).join(' ').replace(/\s+/g, ' '),
  })));
  const unsaid = timescales.filter((task) => !/Timescale: ?(\d+ working days? late|overdue, due \d{2}\/\d{2}\/\d{4})/.test(task.timescale));
  check(`the "Overdue" filter says how late each of its ${timescales.length} tasks is`, unsaid.length === 0,
    (unsaid.length ? unsaid : timescales).map((task) => `${task.name}: ${task.timescale}`).join(' | '));
}

/** The tasks as listed, top to bottom, with their ids from their links. */
async function listedTasks(page) {
  return page.$$eval('.tasks-list li.task h4 a', (links) => links.map((link) => ({
    name: link.innerText.trim(),
    id: new URLSearchParams(link.getAttribute('href').replace(/^#\/?\??/, '')).get('task'),
  })));
}

/** Each task's due date as the engine has it, read with the signed-in person's session. */
async function dueDatesOf(page, tasks) {
  return page.evaluate(async (ids) => Promise.all(ids.map(async (id) => {
    const task = await (await fetch(`/camunda/api/engine/engine/default/task/${id}`, { headers: { Accept: 'application/json' } })).json();
    return task.due;
  })), tasks.map((task) => task.id));
}

function soonestFirst(one, other) {
  if (!one || !other) {
    return one ? -1 : other ? 1 : 0;
  }
  return instant(one) - instant(other);
}

/** The engine's dates read 2026-11-26T23:59:59.000+0000. */
function instant(engineDate) {
  return Date.parse(engineDate.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** As Tasklist shows a date in full, in London: "Thursday 26 November 2026, 23:59". */
function londonLongFormOf(engineDate) {
  if (!engineDate) {
    return null;
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(instant(engineDate))).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute}`;
}

async function screenshot(page, name) {
  if (settings.screenshots) {
    // the focus ring of the last click is no part of the picture
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    mkdirSync(settings.screenshots, { recursive: true });
    await page.screenshot({ path: join(settings.screenshots, name) });
  }
}

function check(what, passed, seen) {
  results.push({ what, passed, seen });
}

function report() {
  for (const result of results) {
    console.log(`${result.passed ? 'PASS' : 'FAIL'}  ${result.what}\n      ${result.seen}`);
  }
  const failed = results.filter((result) => !result.passed).length;
  console.log(failed ? `${failed} of ${results.length} checks failed` : `all ${results.length} checks passed`);
  process.exitCode = failed ? 1 : 0;
}

function required(name, what) {
  if (!process.env[name]) {
    console.error(`Set ${name}: ${what} (see scripts/README.md).`);
    process.exit(2);
  }
  return process.env[name];
}
