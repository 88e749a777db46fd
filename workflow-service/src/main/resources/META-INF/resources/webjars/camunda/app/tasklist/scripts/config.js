// Caseflow's configuration of Camunda Tasklist: Camunda's defaults, plus
//  - ../../caseflow/sign-out.js: "Log out" signs the person out of Caseflow;
//  - ../../caseflow/english-dates.js: dates read dd/mm/yyyy, times London time, whatever the browser;
//  - ../../caseflow/tasklist-sorting.js: lists open sorted by due date, soonest first, as the filters are.
// Its styles (the end-of-life banner hidden) are in ../styles/user-styles.css.
export default {
  customScripts: ['../caseflow/sign-out', '../caseflow/english-dates', '../caseflow/tasklist-sorting'],
  // dates the English way, 24-hour times (in London time: ../../caseflow/english-dates.js)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'DD/MM/YYYY'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
