package org.caseflow.workflow.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.caseflow.support.web.ProblemDetailsAdvice;
import org.caseflow.support.web.Problems;
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

    @ExceptionHandler(FormFieldValidationException.class)
    ResponseEntity<Object> refused(FormFieldValidationException refusal, WebRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", refusal.getMessage() + " Nothing was saved.");
        problem.setProperty("field", String.valueOf((Object) refusal.getDetail()));
        return handleExceptionInternal(refusal, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }
}
