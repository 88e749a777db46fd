// Caseflow's configuration of Camunda Cockpit: Camunda's defaults, plus the script that makes
// "Log out" sign the person out of Caseflow (see ../../caseflow/sign-out.js).
export default {
  customScripts: ['../caseflow/sign-out'],
};
