// Caseflow: the webapps show dates the English way (dd/mm/yyyy) and times in London time, whatever
// the language and time zone the browser is set to. Statutory deadlines end at midnight in London:
// shown in another zone, a deadline can appear to fall on the day before.
//
// Loaded by each webapp's scripts/config.js (customScripts), before the webapp starts; the
// formats themselves are in each config.js (dateFormat). Nothing here changes what is stored.
const LONDON = 'Europe/London';
const ENGLISH = 'en-GB';

// 1. Camunda Forms take a date field's format from the browser's default locale, so an en-US
//    browser shows mm/dd/yyyy. The default locale becomes English; a locale asked for by name is kept.
const BrowserDateTimeFormat = Intl.DateTimeFormat;

function EnglishByDefault(locales, options) {
  return new BrowserDateTimeFormat(locales === undefined || locales === 'default' ? ENGLISH : locales, options);
}
EnglishByDefault.prototype = BrowserDateTimeFormat.prototype;
EnglishByDefault.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = EnglishByDefault;

// 2. The webapps' own dates and times (the task list, a task's due date, history) are moment.js
//    values, shown in the browser's time zone. Moment asks its updateOffset hook for the offset of
//    every value it makes or moves (the hook moment-timezone uses): here, London's offset at that
//    instant, Greenwich Mean Time or British Summer Time. A time read without an offset (Tasklist
//    turns a task's dates into such text to edit them, then reads them back) is London's too.
//    Values made in UTC on purpose stay UTC.
const LONDON_OFFSET = new BrowserDateTimeFormat('en-GB', { timeZone: LONDON, timeZoneName: 'longOffset' });
const MINUTE = 60 * 1000;

function londonOffsetMinutes(instant) {
  // "GMT" in winter, "GMT+01:00" in summer
  const zone = LONDON_OFFSET.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName').value;
  const offset = /GMT([+-])(\d\d):(\d\d)/.exec(zone);
  return offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
}

/** The instant a London clock shows these parts (year, month from 0, day, hour, minute, second, ms). */
function londonInstantOf(parts) {
  const asIfUtc = Date.UTC(...parts);
  const guess = asIfUtc - londonOffsetMinutes(asIfUtc) * MINUTE;
  return asIfUtc - londonOffsetMinutes(guess) * MINUTE;
}

function readWithoutAnOffset(value) {
  return typeof value._i === 'string' && Array.isArray(value._a) && value._tzm === undefined && !value._isUTC;
}

function showInLondon(moment) {
  // kept by every copy moment makes of a value: the mark that it is London's, and the parts it was read from
  moment.momentProperties.push('caseflowLondon', '_a');
  moment.updateOffset = function (value, keepTime) {
    if (!value.isValid() || (value._isUTC && !value.caseflowLondon)) {
      return;
    }
    if (!value.caseflowLondon) {
      value.caseflowLondon = true;
      if (readWithoutAnOffset(value)) {
        value._d = new Date(londonInstantOf(value._a));
      }
    }
    const offset = londonOffsetMinutes(value.valueOf());
    if (value.utcOffset() !== offset || !value._isUTC) {
      value.utcOffset(offset, keepTime);
    }
  };
}

// 3. Camunda Forms' texts show a journey's dates as they are kept, 2026-03-05 (and a time of day as
//    entered, in London time, 2026-03-05T09:30): they are shown 05/03/2026 (05/03/2026 09:30).
//    Form texts are redrawn as the form is filled in, so every text drawn is read again.
const KEPT_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?\b/g;
const FORM_TEXT = '.fjs-form-field-text';

function englishDatesIn(node) {
  const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    const english = text.nodeValue.replace(KEPT_DATE, (kept, year, month, day, time) => `${day}/${month}/${year}${time ? ` ${time}` : ''}`);
    if (english !== text.nodeValue) {
      text.nodeValue = english;
    }
  }
}

new MutationObserver((changes) => {
  for (const change of changes) {
    const element = change.target.nodeType === Node.ELEMENT_NODE ? change.target : change.target.parentElement;
    const formText = element && element.closest(FORM_TEXT);
    if (formText) {
      englishDatesIn(formText);
    } else if (element) {
      element.querySelectorAll(FORM_TEXT).forEach(englishDatesIn);
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

// Camunda's hook for custom scripts: each webapp bootstraps its module cam.<webapp>.custom.
const webappName = document.querySelector('base').getAttribute('app-name');
const webapp = window.angular.module(`cam.${webappName}.custom`);

// a run block runs as the webapp starts, before it shows any date
webapp.run(['$injector', ($injector) => {
  if ($injector.has('moment')) {
    showInLondon($injector.get('moment'));
  }
}]);

// the footer says which time zone the dates are in: it would name the browser's
webapp.decorator('camWidgetFooterDirective', ['$delegate', ($delegate) => {
  const footer = $delegate[0];
  const link = footer.link;
  footer.compile = () => function (scope, ...rest) {
    link.call(this, scope, ...rest);
    scope.timezoneName = LONDON;
  };
  return $delegate;
}]);
