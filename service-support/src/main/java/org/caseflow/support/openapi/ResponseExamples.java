package org.caseflow.support.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives each operation the examples kept for it as files beside the service's code, so that a
 * controller reads as code rather than as pages of JSON:
 * <ul>
 *   <li>{@code openapi/examples/{Controller}.{method}.json}: its success response;</li>
 *   <li>{@code openapi/examples/{Controller}.{method}.request.json}: its request body;</li>
 *   <li>{@code openapi/examples/{Controller}.{method}.csv} (or {@code .txt}): a text response, such as a download.</li>
 * </ul>
 * {@code Controller} is the handler's class's simple name. An example that is missing, or that
 * shows a field its schema lacks, is found by each service's API description test
 * ({@link ApiDescriptionCheck}).
 */
class ResponseExamples implements OperationCustomizer {

    static final String FOLDER = "openapi/examples/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
        ClassLoader classLoader = handler.getBeanType().getClassLoader();
        if (operation.getRequestBody() != null) {
            giveExamples(operation.getRequestBody().getContent(), name + ".request", classLoader);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().entrySet().stream()
                    .filter(response -> response.getKey().startsWith("2"))
                    .map(Map.Entry::getValue)
                    .map(ApiResponse::getContent)
                    .forEach(content -> giveExamples(content, name, classLoader));
        }
        return operation;
    }

    private static void giveExamples(Content content, String name, ClassLoader classLoader) {
        if (content == null) {
            return;
        }
        content.forEach((mediaType, description) -> {
            if (description.getExample() == null && description.getExamples() == null) {
                example(name, mediaType, classLoader).ifPresent(description::setExample);
            }
        });
    }

    private static Optional<Object> example(String name, String mediaType, ClassLoader classLoader) {
        boolean json = mediaType.contains("json") || mediaType.equals("*/*");
        for (String extension : json ? new String[] {"json"} : new String[] {"csv", "txt"}) {
            ClassPathResource file = new ClassPathResource(FOLDER + name + "." + extension, classLoader);
            if (file.exists()) {
                try (InputStream in = file.getInputStream()) {
                    return Optional.of(json ? JSON.readTree(in) : new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("The API example " + file.getPath() + " could not be read", e);
                }
            }
        }
        return Optional.empty();
    }
}
