package org.caseflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The front door's manager deciding on each contact a {@link ContactLoad} client has just recorded,
 * as Tasklist would: through the gateway's {@code /engine-rest}, finding the journey's
 * {@code DecideOnContact} task and completing it with "no further action". A refusal the client may
 * retry (a {@code 502} or {@code 503} problem, a {@code 409} concurrent change when the decision's
 * overdue timer fired at the same moment, or no answer at all) is tried again, the task looked up
 * afresh each time: a decision refused yet saved finds its task gone, already done, and is not sent
 * a second time. Every request's answer is kept, to be counted.
 */
final class ContactDecisions implements Consumer<ContactLoad.Outcome> {

    /** Each contact's decision, and every request tried for it. */
    record Decision(String contactId, String processInstanceId, List<Attempt> attempts, Result result) {

        List<Attempt> refusals() {
            return attempts.stream().filter(Attempt::refused).toList();
        }

        /** A completion was sent and refused before this decision ended: the retry was of a change, not of a read. */
        boolean completionRetried() {
            return attempts.stream().anyMatch(attempt -> attempt.step() == Step.COMPLETE && attempt.refused());
        }
    }

    /** One request and its answer: the status, 0 when no answer came; the problem's type, when the answer was a problem. */
    record Attempt(Step step, int status, String problemType) {

        boolean refused() {
            return !(step == Step.FIND && status == 200) && !(step == Step.COMPLETE && status == 204);
        }

        /** Refused in a way the client may simply try again: nothing was done, or it may have been and the retry checks. */
        boolean retryable() {
            return status == 0 || status == 502 || status == 503 || (status == 409 && "concurrent-change".equals(problemType));
        }
    }

    enum Step { FIND, COMPLETE }

    enum Result {
        /** The completion was answered 204. */
        DECIDED,
        /** A completion was refused, and on trying again the task was gone: the refused one had been saved. */
        FOUND_ALREADY_DONE,
        /** Refused in a way that may not be retried, or still refused after every attempt, or the task never there. */
        NOT_DECIDED
    }

    static final String MANAGER = "frontdoor.manager";
    private static final int ATTEMPTS = 20;
    private static final String DECISION = """
            {"variables": {"contactOutcome": {"value": "NO_FURTHER_ACTION"}, "decisionDate": {"value": "2025-11-03"},
             "decisionRationale": {"value": "Fault test: no role for children's services."},
             "referrerFollowUp": {"value": "TOLD"}, "referrerToldHow": {"value": "By phone"},
             "referrerToldOn": {"value": "2025-11-03"}}}""";

    private final Gateway gateway;
    private final ConcurrentLinkedQueue<Decision> decisions = new ConcurrentLinkedQueue<>();

    ContactDecisions(Gateway gateway) {
        this.gateway = gateway;
    }

    List<Decision> decisions() {
        return new ArrayList<>(decisions);
    }

    @Override
    public void accept(ContactLoad.Outcome contact) {
        JsonNode recorded = contact.response().json();
        String processInstanceId = recorded.get("processInstanceId").asText();
        List<Attempt> attempts = new ArrayList<>();
        Result result = decide(processInstanceId, attempts);
        decisions.add(new Decision(recorded.get("contactId").asText(), processInstanceId, List.copyOf(attempts), result));
    }

    private Result decide(String processInstanceId, List<Attempt> attempts) {
        boolean completionRefused = false;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Answer found = send(Step.FIND, () -> gateway.get("/engine-rest/task?taskDefinitionKey=DecideOnContact&processInstanceId="
                    + processInstanceId, MANAGER), attempts);
            if (found.attempt().refused()) {
                if (!found.attempt().retryable()) {
                    return Result.NOT_DECIDED;
                }
                pauseAfter(found.response());
                continue;
            }
            JsonNode tasks = found.response().json();
            if (tasks.isEmpty()) {
                // the task is made with the contact, in its transaction: gone, it was completed by a request refused
                return completionRefused ? Result.FOUND_ALREADY_DONE : Result.NOT_DECIDED;
            }
            Answer completed = send(Step.COMPLETE, () -> gateway.post("/engine-rest/task/" + tasks.get(0).get("id").asText()
                    + "/complete", MANAGER, DECISION), attempts);
            if (!completed.attempt().refused()) {
                return Result.DECIDED;
            }
            if (!completed.attempt().retryable()) {
                return Result.NOT_DECIDED;
            }
            completionRefused = true;
            pauseAfter(completed.response());
        }
        return Result.NOT_DECIDED;
    }

    private record Answer(Attempt attempt, Gateway.Response response) {
    }

    private static Answer send(Step step, Supplier<Gateway.Response> request, List<Attempt> attempts) {
        Gateway.Response response;
        try {
            response = request.get();
        } catch (RuntimeException noAnswer) {
            response = null;
        }
        Attempt attempt = response == null ? new Attempt(step, 0, null) : new Attempt(step, response.status(), problemType(response));
        attempts.add(attempt);
        return new Answer(attempt, response);
    }

    private static String problemType(Gateway.Response response) {
        if (!String.valueOf(response.header("Content-Type")).contains("json") || response.body().isBlank()) {
            return null;
        }
        JsonNode type = response.json().path("type");
        return type.isTextual() ? type.asText().substring(type.asText().lastIndexOf('/') + 1) : null;
    }

    /** As long as the refusal's {@code Retry-After} asks, else a second. */
    private static void pauseAfter(Gateway.Response refusal) {
        String retryAfter = refusal == null ? null : refusal.header("Retry-After");
        Duration pause = retryAfter != null && retryAfter.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(retryAfter)) : Duration.ofSeconds(1);
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
