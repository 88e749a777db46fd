package org.caseflow.gateway;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration
class StartPage {

    /** Where a person lands after signing in: their work. */
    @Bean
    RouterFunction<ServerResponse> toTasklist() {
        return route(GET("/"), request -> ServerResponse.temporaryRedirect(URI.create("/camunda/app/tasklist/")).build());
    }
}
