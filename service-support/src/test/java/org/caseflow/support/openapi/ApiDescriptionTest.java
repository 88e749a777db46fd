package org.caseflow.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's API description as the shared building blocks make it, for a small service with a
 * described API, an endpoint left undescribed and a page, and what {@link ApiDescriptionCheck} finds
 * missing from it.
 */
// the shared database settings put the database in the readiness group, and this service has none
@SpringBootTest(classes = ApiDescriptionTest.ServiceWithAnApi.class,
        properties = "management.endpoint.health.validate-group-membership=false")
@AutoConfigureMockMvc
class ApiDescriptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void onlyTheServicesOwnApiIsDescribed() throws Exception {
        assertThat(fieldNames(description().path("paths")))
                .containsExactlyInAnyOrder("/api/store/things", "/api/store/things/{id}", "/api/store/boxes/{id}", "/api/store/undescribed");
    }

    @Test
    void everyOperationCanBeRefusedForNoTokenOrNoDatabaseAndOneThatTakesInputForBadInput() throws Exception {
        JsonNode responses = operation("get", "/api/store/things/{id}").path("responses");
        assertThat(fieldNames(responses)).containsExactlyInAnyOrder("200", "400", "401", "403", "404", "503");
        assertThat(responses.at("/503/headers/Retry-After")).isNotEmpty();
        assertThat(problemExample(responses.path("401")).path("type").asText())
                .isEqualTo("https://caseflow.example/problems/unauthenticated");
        assertThat(problemExample(responses.path("503")).path("type").asText())
                .isEqualTo("https://caseflow.example/problems/database-unavailable");

        assertThat(fieldNames(operation("get", "/api/store/things").path("responses")))
                .as("nothing to get wrong: no 400").containsExactlyInAnyOrder("200", "401", "403", "503");
    }

    @Test
    void eachProblemRefersToTheSharedSchemaWithAnExampleAsTheServiceWritesIt() throws Exception {
        JsonNode notFound = operation("get", "/api/store/things/{id}").at("/responses/404");

        assertThat(notFound.path("description").asText()).isEqualTo("No thing has this id.");
        assertThat(notFound.at("/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ProblemDetail");
        JsonNode example = problemExample(notFound);
        assertThat(example.path("type").asText()).isEqualTo("https://caseflow.example/problems/thing-not-found");
        assertThat(example.path("title").asText()).isEqualTo("Not Found");
        assertThat(example.path("status").asInt()).isEqualTo(404);
        assertThat(example.path("detail").asText()).isEqualTo("No thing has id T1.");
        assertThat(example.path("correlationId").asText()).isNotBlank();
    }

    @Test
    void problemsGatheredInAnAnnotationApplyAndTheMethodsHaveTheLastWord() throws Exception {
        JsonNode change = operation("put", "/api/store/things/{id}").path("responses");
        JsonNode read = operation("get", "/api/store/things/{id}").path("responses");

        assertThat(problemExample(change.path("409")).path("type").asText()).endsWith("/thing-changed");
        assertThat(change.at("/403/description").asText()).as("the method's own, over its annotation's and the controller's")
                .isEqualTo("Only a thing's keepers, or an administrator, change it.");
        assertThat(read.at("/403/description").asText()).as("the controller's").isEqualTo("Your role does not allow you to read things.");
    }

    @Test
    void examplesComeFromTheirFilesBesideTheCode() throws Exception {
        JsonNode change = operation("put", "/api/store/things/{id}");

        assertThat(change.at("/requestBody/content/application~1json/example/name").asText()).isEqualTo("A renamed thing");
        assertThat(change.at("/responses/200/content/application~1json/example/name").asText()).isEqualTo("A renamed thing");
        assertThat(operation("get", "/api/store/things").at("/responses/200/content/application~1json/example/0/id").asText())
                .isEqualTo("T1");
    }

    @Test
    void operationsAreGroupedByWhatTheyAreAbout() throws Exception {
        assertThat(operation("get", "/api/store/things/{id}").path("tags").toString()).isEqualTo("[\"things\"]");
        assertThat(operation("get", "/api/store/boxes/{id}").path("tags").toString()).isEqualTo("[\"boxes\"]");
        assertThat(SharedApiComponents.topicOf("/api/kpi/report.csv")).isEqualTo("report");
    }

    @Test
    void theSharedPartsAreThere() throws Exception {
        JsonNode description = description();

        assertThat(fieldNames(description.at("/components/schemas/ProblemDetail/properties")))
                .contains("type", "title", "status", "detail", "instance", "correlationId", "errors");
        assertThat(description.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(description.at("/security/0").has("bearer")).isTrue();
        assertThat(description.at("/servers/0/url").asText()).as("wherever the description was read").isEqualTo("/");
        assertThat(description.at("/info/description").asText()).startsWith("Things, kept.").contains("RFC 9457");
    }

    @Test
    void theCheckFindsNothingMissingButTheUndescribedEndpoint() throws Exception {
        assertThat(ApiDescriptionCheck.gaps(handlers, description())).containsExactlyInAnyOrder(
                "GET /api/store/undescribed has no summary",
                "GET /api/store/undescribed has no description",
                "GET /api/store/undescribed has no example of its 200 response (application/json)");
    }

    @Test
    void theCheckFindsAnEndpointLeftOutAndOneDescribedThatIsNotThere() throws Exception {
        ObjectNode description = description();
        ObjectNode paths = (ObjectNode) description.path("paths");
        paths.remove("/api/store/things");
        paths.set("/engine-rest/task", JSON.createObjectNode().set("get", JSON.createObjectNode()));
        paths.set("/api/store/gone", JSON.createObjectNode().set("delete", JSON.createObjectNode()));

        assertThat(gapsBeyondTheUndescribed(description)).containsExactlyInAnyOrder(
                "GET /api/store/things is not in the API description",
                "GET /engine-rest/task is described, but only the service's own API (/api/**) should be",
                "DELETE /api/store/gone is described, but no handler answers it");
    }

    @Test
    void theCheckFindsProblemsLeftOutOrNotDescribedAsProblems() throws Exception {
        ObjectNode description = description();
        ObjectNode responses = (ObjectNode) description.at("/paths/~1api~1store~1things~1{id}/get/responses");
        responses.remove("503");
        responses.remove("400");
        ((ObjectNode) responses.path("404")).remove("content");

        assertThat(gapsBeyondTheUndescribed(description)).containsExactlyInAnyOrder(
                "GET /api/store/things/{id} does not describe its 503 problem",
                "GET /api/store/things/{id} does not describe its 400 problem",
                "GET /api/store/things/{id} describes its 404 answer without the ProblemDetail schema as application/problem+json");
    }

    @Test
    void theCheckFindsAnExampleThatNoLongerMatchesItsSchema() throws Exception {
        ObjectNode description = description();
        ObjectNode example = (ObjectNode) description.at("/paths/~1api~1store~1things~1{id}/get/responses/200/content/application~1json/example");
        example.put("colour", "blue");
        example.remove("name");
        ((ObjectNode) example.path("part")).remove("label");

        assertThat(gapsBeyondTheUndescribed(description)).containsExactlyInAnyOrder(
                "GET /api/store/things/{id}, the example of its 200 response (application/json) shows 'colour', which its schema does not have",
                "GET /api/store/things/{id}, the example of its 200 response (application/json) leaves out 'name'",
                "GET /api/store/things/{id}, the example of its 200 response (application/json).part leaves out 'label'");
    }

    @Test
    void partsOfDifferentAnswersThatShareANameAreDescribedApart() throws Exception {
        JsonNode schemas = description().at("/components/schemas");

        assertThat(fieldNames(schemas.path("ApiDescriptionTest.Part").path("properties"))).containsExactly("label");
        assertThat(fieldNames(schemas.path("ApiDescriptionTest.Box.Part").path("properties"))).containsExactly("size");
        assertThat(schemas.at("/ApiDescriptionTest.Box/properties/part/$ref").asText())
                .isEqualTo("#/components/schemas/ApiDescriptionTest.Box.Part");
    }

    @Test
    void theCheckFindsTwoTypesThatWouldBeDescribedAsOne() throws Exception {
        HandlerMethod clash = new HandlerMethod(new ClashingController(), ClashingController.class.getDeclaredMethod("clash"));

        assertThat(ApiDescriptionCheck.sharedSchemaNames(List.of(clash))).containsExactly(
                "[" + Part.class.getName() + ", " + SparePart.class.getName() + "] would all be described as the schema"
                        + " ApiDescriptionTest.Part: name all but one with @Schema(name = ...)");
    }

    private List<String> gapsBeyondTheUndescribed(JsonNode description) {
        return ApiDescriptionCheck.gaps(handlers, description).stream().filter(gap -> !gap.contains("/api/store/undescribed")).toList();
    }

    private JsonNode operation(String method, String path) throws Exception {
        return description().path("paths").path(path).path(method);
    }

    private static JsonNode problemExample(JsonNode response) {
        return response.at("/content/application~1problem+json/example");
    }

    private ObjectNode description() throws Exception {
        return (ObjectNode) JSON.readTree(http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(exclude = DataSourceAutoConfiguration.class)
    @io.swagger.v3.oas.annotations.OpenAPIDefinition(info = @io.swagger.v3.oas.annotations.info.Info(
            title = "Things", version = "1", description = "Things, kept."))
    static class ServiceWithAnApi {

        @Bean
        SecurityFilterChain everyoneMayAsk(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }

        @Bean
        ThingsController things() {
            return new ThingsController();
        }

        @Bean
        UndescribedController undescribed() {
            return new UndescribedController();
        }

        @Bean
        PageController page() {
            return new PageController();
        }
    }

    record Part(String label) {
    }

    record Thing(String id, String name, Part part) {
    }

    record Box(String id, Part part) {

        record Part(int size) {
        }
    }

    @Schema(name = "ApiDescriptionTest.Part")
    record SparePart(String label) {
    }

    record Clash(Part part, SparePart spare) {
    }

    /** The problems every change of a thing may meet. */
    @Retention(RetentionPolicy.RUNTIME)
    @ProblemResponse(status = HttpStatus.CONFLICT, type = "thing-changed", when = "Someone changed the thing first.")
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only a thing's keepers change it.")
    @interface ChangesAThing {
    }

    @RestController
    @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Your role does not allow you to read things.")
    static class ThingsController {

        @Operation(summary = "Every thing", description = "All the things there are.")
        @GetMapping("/api/store/things")
        List<Thing> things() {
            return List.of();
        }

        @Operation(summary = "A thing", description = "One thing, by its id.")
        @ProblemResponse(status = HttpStatus.NOT_FOUND, type = "thing-not-found", when = "No thing has this id.",
                detail = "No thing has id T1.")
        @GetMapping("/api/store/things/{id}")
        Thing thing(@PathVariable String id) {
            return new Thing(id, "A thing", new Part("left"));
        }

        @Operation(summary = "A box", description = "One box, by its id.")
        @GetMapping("/api/store/boxes/{id}")
        Box box(@PathVariable String id) {
            return new Box(id, new Box.Part(3));
        }

        @Operation(summary = "Change a thing", description = "Renames a thing.")
        @ChangesAThing
        @ProblemResponse(status = HttpStatus.FORBIDDEN, when = "Only a thing's keepers, or an administrator, change it.")
        @PutMapping("/api/store/things/{id}")
        Thing change(@PathVariable String id, @RequestBody Thing thing) {
            return thing;
        }
    }

    /** Not part of the service: an API that would describe two types under one name. */
    static class ClashingController {

        Clash clash() {
            return null;
        }
    }

    @RestController
    static class UndescribedController {

        @GetMapping("/api/store/undescribed")
        Thing undescribed() {
            return new Thing("T0", "Nobody wrote this up", null);
        }
    }

    @RestController
    static class PageController {

        @GetMapping("/page")
        String page() {
            return "a page, not the API";
        }
    }
}
