package org.caseflow.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@value #PATH}: the Swagger UI over the services' API descriptions, each read through its route
 * ({@code /api/workflow/v3/api-docs}…), for signed-in people ({@link SecurityConfig}). springdoc serves
 * the UI under {@value #PATH}; this address leads to it.
 */
@Configuration
class ApiDocsPage {

    static final String PATH = "/api/docs";
    /** springdoc's address for the UI ({@code springdoc.swagger-ui.path}), which sends on to its page with its settings. */
    static final String SWAGGER_UI = PATH + "/swagger-ui.html";

    @Bean
    RouterFunction<ServerResponse> apiDocs() {
        return route(GET(PATH), request -> ServerResponse.temporaryRedirect(URI.create(SWAGGER_UI)).build());
    }
}
