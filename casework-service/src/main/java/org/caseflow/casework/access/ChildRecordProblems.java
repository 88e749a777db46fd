package org.caseflow.casework.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.caseflow.support.openapi.ProblemResponse;
import org.springframework.http.HttpStatus;

/**
 * The problems every endpoint that opens a child's record may answer with, as its API description
 * gives them: a refusal by role alone ({@code 403}), and a child who is not there or whose record is
 * closed to the caller, which are the same answer ({@code 404}, {@link ChildNotFound}). An endpoint
 * narrower by role says so with a {@code 403} of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ProblemResponse(status = HttpStatus.FORBIDDEN,
        when = "Your role does not open children's records: performance officers and service accounts see none.")
@ProblemResponse(status = HttpStatus.NOT_FOUND, type = "child-not-found",
        when = "No child has this LA child id, or their record is closed to you (restricted, or looked after by other teams)."
                + " The two answers are the same, so that a refusal does not tell you the child is known; it is still"
                + " written to the child's audit trail.",
        detail = "No child has LA child id C0999001.")
public @interface ChildRecordProblems {
}
