package org.caseflow.support.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * A problem detail an endpoint may answer with, beyond those every endpoint may give (see
 * {@link ProblemResponsesCustomizer}): described in the service's API description with the shared
 * {@code ProblemDetail} schema and an example of the answer.
 *
 * <p>On a handler method, on its controller (for every handler in it), or on an annotation of the
 * service's own that gathers the problems several endpoints share, such as every read of a child's
 * record. One on the method replaces one for the same status from further out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Repeatable(ProblemResponses.class)
public @interface ProblemResponse {

    HttpStatus status();

    /**
     * The problem type as the service names it ({@code child-not-found}); by default the type for
     * the status alone ({@code Problems.typeFor}).
     */
    String type() default "";

    /** When the answer is given, in words a caller can act on. */
    String when();

    /** The problem's {@code detail} in the example, as the service writes it; by default {@link #when()}. */
    String detail() default "";
}
