// Caseflow's configuration of Camunda Admin: Camunda's defaults, plus
//  - ../../caseflow/sign-out.js: "Log out" signs the person out of Caseflow;
//  - ../../caseflow/english-dates.js: dates read dd/mm/yyyy, times London time, whatever the browser.
// Its styles (the end-of-life banner hidden) are in ../styles/user-styles.css.
export default {
  customScripts: ['../caseflow/sign-out', '../caseflow/english-dates'],
  // dates the English way, 24-hour times (in London time: ../../caseflow/english-dates.js)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'DD/MM/YYYY'
  },
};
