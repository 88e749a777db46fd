package org.caseflow.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.caseflow.support.tracing.CurrentTrace;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What every Caseflow service's API description shares: the {@code ProblemDetail} schema that
 * every problem response refers to, the bearer token every endpoint needs, a server address
 * relative to wherever the description was read (through the gateway the paths are the same), and
 * a paragraph on how every Caseflow API answers, after the service's own description. Operations
 * are grouped by what they are about, the path's first part after the service
 * ({@code /api/casework/children/…}: {@code children}), rather than by the classes that answer them.
 */
class SharedApiComponents implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String PROBLEM_SCHEMA_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    static final String BEARER_SCHEME = "bearer";

    static final String HOW_CASEFLOW_ANSWERS = """
            **Signing in.** Every endpoint needs an access token from the council's identity provider \
            (`Authorization: Bearer …`). In a browser, the gateway sends the signed-in person's own; scripts \
            and other systems send theirs. What a caller may do then depends on their groups.

            **Problems.** Every error is an RFC 9457 problem detail (`application/problem+json`, the \
            `ProblemDetail` schema) whose `type` names the problem, whose `detail` says what to do, and \
            whose `correlationId` is the request's `X-Correlation-Id`: quote it to support. Bad input \
            changes nothing.

            **Through the gateway** any request may also be answered `413` (`too-large`: the body is over \
            the size limit), `429` (`rate-limited`: too many requests, with `Retry-After`), `403` (`csrf`: a \
            change made with a browser session came without the page's CSRF token) or `503` \
            (`service-unavailable`: the service is not answering).
            """;

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() != null ? api.getComponents() : new Components();
        api.setComponents(components);
        components.addSchemas(PROBLEM_SCHEMA, problemDetailSchema());
        components.addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token from the identity provider, with `caseflow-api` in its audience."));
        api.setSecurity(List.of(new SecurityRequirement().addList(BEARER_SCHEME)));
        api.setServers(List.of(new Server().url("/")
                .description("Where this description was read from: the gateway, or the service itself")));
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations()
                    .forEach(operation -> operation.setTags(List.of(topicOf(path)))));
        }
        api.setTags(null);
        Info info = api.getInfo() != null ? api.getInfo() : new Info();
        String own = info.getDescription() == null ? "" : info.getDescription().strip();
        // once, however often the description is built
        if (!own.endsWith(HOW_CASEFLOW_ANSWERS.strip())) {
            api.setInfo(info.description(own.isEmpty() ? HOW_CASEFLOW_ANSWERS : own + "\n\n" + HOW_CASEFLOW_ANSWERS));
        }
    }

    /** {@code /api/kpi/report.csv}: {@code report}; a path outside a service's API is its own topic. */
    static String topicOf(String path) {
        String[] parts = path.split("/");
        String topic = parts.length > 3 && parts[1].equals("api") ? parts[3] : path;
        return topic.contains(".") ? topic.substring(0, topic.indexOf('.')) : topic;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> problemDetailSchema() {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, or parameter, that failed"))
                .addProperty("message", new StringSchema().description("Why it failed"));
        return new ObjectSchema()
                .description("An RFC 9457 problem detail. A problem may carry more members than these.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Names the problem: `https://caseflow.example/problems/{name}`, or `about:blank` "
                                + "where the status says all there is to say"))
                .addProperty("title", new StringSchema().description("The status's reason phrase"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What happened, and what to do about it"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The path that was asked for"))
                .addProperty(CurrentTrace.NAME, new StringSchema()
                        .description("The request's correlation id, the trace id of its W3C trace (header `" + CurrentTrace.HEADER + "`): quote it to support"))
                .addProperty("errors", new ArraySchema().items(new ComposedSchema().oneOf(List.of(fieldError,
                                new StringSchema().description("Why, in a sentence"))))
                        .description("For input that is not valid: each field that failed and why, or each reason"))
                .required(List.of("type", "title", "status"));
    }
}
