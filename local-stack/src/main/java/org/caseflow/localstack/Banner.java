package org.caseflow.localstack;

/** What the run command prints once everything is up: where to go and who to sign in as. */
final class Banner {

    private Banner() {
    }

    static String text(String host, int gatewayPort, BindAddress bindAddress) {
        String gateway = "http://" + host + ":" + gatewayPort;
        return """
                  Sign in                     %1$s/   (the local identity provider on :9000 holds the demo people)
                  Tasklist (social workers)   %1$s/camunda/app/tasklist/
                  Cockpit (managers)          %1$s/camunda/app/cockpit/
                  Admin                       %1$s/camunda/app/admin/
                  Find a child                %1$s/children?q=Reid   (then the child's record)
                  The monthly report          %1$s/report
                  Overdue work (managers)     %1$s/overdue
                  Data quality (performance)  %1$s/data-quality   (the DfE rules the records break; the returns to download)
                  Record a contact (POST)     %1$s/api/workflow/contacts
                  A child's chronology        %1$s/api/casework/children/{laChildId}/chronology
                  KPIs for a month            %1$s/api/kpi/measures?month=YYYY-MM
                  The API described           %1$s/api/docs
                  Who am I                    %1$s/api/workflow/identity/me
                  Engine REST                 %1$s/engine-rest/
                  Health                      %1$s/actuator/health
                  Services directly           workflow :8081, casework :8082, kpi :8083 (bearer tokens only)

                Demo people (password: demo)
                  frontdoor.worker   front door call handler      frontdoor.manager  front door team manager
                  north.worker       social worker, Team North    north.manager      team manager, Team North
                  south.worker       social worker, Team South    south.manager      team manager, Team South
                  cic.worker         social worker, Children in Care   cic.manager  its team manager
                  fostering.worker   supervising social worker    fostering.manager  fostering team manager
                  eh.worker          Early Help practitioner      eh.manager         Early Help manager
                  edt.worker         out-of-hours (emergency duty) social worker
                  performance        performance officer          admin              administrator
                  (more in the README: cic.asye, cic.agency, kinship.worker, disability.*, newfutures.*)

                %2$s

                Press Ctrl-C to stop.""".formatted(gateway, listening(bindAddress));
    }

    /** Where the run can be reached from; a warning when that is more than this machine. */
    static String listening(BindAddress bindAddress) {
        if (bindAddress.isLoopback()) {
            return "Listening on " + bindAddress.address() + " only: nothing is reachable from other machines.";
        }
        String where = bindAddress.isEveryInterface()
                ? "every network interface of this machine (" + bindAddress.address() + ")"
                : bindAddress.address();
        return """
                WARNING: listening on %s, set by %s:
                other machines on the network can reach every port of this run. The demo people's password (demo)
                and the demo client secrets are published: anyone who can reach this machine can sign in as admin
                and read every child's record. Unset %s to listen on 127.0.0.1 only."""
                .formatted(where, BindAddress.VARIABLE, BindAddress.VARIABLE);
    }
}
