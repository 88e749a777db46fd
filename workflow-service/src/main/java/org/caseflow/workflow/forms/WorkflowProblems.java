package org.caseflow.workflow.forms;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.caseflow.support.web.ProblemDetailsAdvice;
import org.caseflow.support.web.Problems;
import org.caseflow.workflow.rules.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * The shared problem details, plus: a journey rule that refuses what our API was sent (a
 * {@link TaskInput} check) is the caller's mistake, answered 400 with the rule's message.
 */
@RestControllerAdvice
class WorkflowProblems extends ProblemDetailsAdvice {

    /** A service the step needs (the case record, for a known child) did not answer: nothing was saved; try again shortly. */
    @ExceptionHandler(DependencyUnavailable.class)
    ResponseEntity<Object> dependencyUnavailable(DependencyUnavailable unavailable, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                unavailable.getMessage() + " Nothing was recorded; try again in a minute.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "30");
        return handleExceptionInternal(unavailable, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    /** Someone else (or a timer) changed the same journey at the same moment: nothing was saved; try again. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingException conflict, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "This journey changed while your request was being saved, so nothing was saved. Try again.");
        return handleExceptionInternal(conflict, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    /** A journey rule refused what an API of ours was sent, before any engine step: the same answer as a step's. */
    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> refused(RuleViolation violation, WebRequest request) {
        return refused(InputErrorsPlugin.asFormError(violation), request);
    }

    @ExceptionHandler(FormFieldValidationException.class)
    ResponseEntity<Object> refused(FormFieldValidationException refusal, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", refusal.getMessage() + " Nothing was saved.");
        problem.setProperty("field", String.valueOf((Object) refusal.getDetail()));
        return handleExceptionInternal(refusal, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }
}
