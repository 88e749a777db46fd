package org.caseflow.support.openapi;

import java.util.Arrays;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/** What a handler takes from the request, which decides whether bad input (400) is among its answers. */
final class HandlerInputs {

    private HandlerInputs() {
    }

    /** A parameter, path variable, header or body: each can come malformed or fail its checks. */
    static boolean takesInput(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(RequestHeader.class)
                || parameter.hasParameterAnnotation(RequestBody.class));
    }
}
