// Caseflow: Tasklist opens its lists sorted by due date, soonest first, and says so.
//
// Each Caseflow filter orders its tasks by due date, soonest first, and the engine applies a
// filter's own order before any order Tasklist asks for. When the address names no order, Tasklist
// asks for "Created, newest first", and its sort heading reads "Created" over a list that is in
// fact in due-date order. So, as Tasklist starts, an address without an order is given the
// filters' own. A person may still choose another order; it then orders the tasks due at the same
// moment (and those with no due date, which come last).
const SOONEST_DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

window.angular.module('cam.tasklist.custom').run(['$location', ($location) => {
  if (!$location.search().sorting) {
    $location.search('sorting', SOONEST_DUE_FIRST).replace();
  }
}]);
