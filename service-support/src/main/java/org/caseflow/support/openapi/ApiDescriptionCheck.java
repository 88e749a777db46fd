package org.caseflow.support.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.caseflow.support.web.Problems;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a service's API description leaves out, for the test each service keeps so that no endpoint
 * goes undocumented. Every handler the service maps under {@code /api/**} must be in the
 * description, by path and method, with:
 * <ul>
 *   <li>a summary and a description;</li>
 *   <li>a success response, with an example unless it is a file, and an example of its request body;</li>
 *   <li>its problem responses: {@code 401} and {@code 503} always, {@code 400} when it takes input, each
 *       {@code application/problem+json} with the shared {@code ProblemDetail} schema and an example.</li>
 * </ul>
 * Every example shows each field of its schema and no other, so that it keeps up with the code; no
 * two types are described under one schema name ({@link SchemaNames}); and the description describes
 * nothing else: no path outside the service's own API, no operation that no handler answers.
 */
public final class ApiDescriptionCheck {

    private static final String API_PATHS = "/api/";
    /** How a handler mapped to no particular method is listed. */
    private static final String ANY_METHOD = "ANY";

    private ApiDescriptionCheck() {
    }

    /** @param description the service's API description as it serves it ({@code /v3/api-docs}) */
    public static List<String> gaps(RequestMappingHandlerMapping handlers, JsonNode description) {
        Map<String, HandlerMethod> endpoints = apiEndpoints(handlers);
        List<String> gaps = new ArrayList<>();
        if (description.path("components").path("schemas").path(SharedApiComponents.PROBLEM_SCHEMA).isMissingNode()) {
            gaps.add("the description has no " + SharedApiComponents.PROBLEM_SCHEMA + " schema");
        }
        endpoints.forEach((endpoint, handler) -> {
            String[] methodAndPath = endpoint.split(" ", 2);
            JsonNode operation = description.path("paths").path(methodAndPath[1]).path(methodAndPath[0].toLowerCase());
            if (methodAndPath[0].equals(ANY_METHOD)) {
                gaps.add(methodAndPath[1] + " answers every HTTP method: map it to the one it is for, so that it can be described");
            } else if (operation.isMissingNode()) {
                gaps.add(endpoint + " is not in the API description");
            } else {
                new OperationCheck(endpoint, operation, description, gaps).check(HandlerInputs.takesInput(handler));
            }
        });
        gaps.addAll(sharedSchemaNames(endpoints.values()));
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            String endpoint = method.toUpperCase() + " " + path.getKey();
            if (!path.getKey().startsWith(API_PATHS)) {
                gaps.add(endpoint + " is described, but only the service's own API (" + API_PATHS + "**) should be");
            } else if (!endpoints.containsKey(endpoint) && isOperation(method)) {
                gaps.add(endpoint + " is described, but no handler answers it");
            }
        }));
        return gaps;
    }

    /** Each handler under /api/**, as "METHOD /path" with the path as the description writes it. */
    static Map<String, HandlerMethod> apiEndpoints(RequestMappingHandlerMapping handlers) {
        Map<String, HandlerMethod> endpoints = new TreeMap<>(); // in order, so that gaps read path by path
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            for (String path : pathsOf(mapping)) {
                if (!path.startsWith(API_PATHS)) {
                    continue;
                }
                Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.put(ANY_METHOD + " " + path, handler);
                }
                methods.forEach(method -> endpoints.put(method.name() + " " + path, handler));
            }
        });
        return endpoints;
    }

    /**
     * Types the API answers with, or takes, that would be described as one schema, each then with
     * the fields of only one of them.
     */
    static List<String> sharedSchemaNames(Collection<HandlerMethod> handlers) {
        Map<String, Set<Class<?>>> typesByName = new TreeMap<>();
        Set<Type> seen = new HashSet<>();
        for (HandlerMethod handler : handlers) {
            collectTypes(handler.getMethod().getGenericReturnType(), typesByName, seen);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    collectTypes(parameter.getGenericParameterType(), typesByName, seen);
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                gaps.add(types.stream().map(Class::getName).sorted().toList() + " would all be described as the schema " + name
                        + ": name all but one with @Schema(name = ...)");
            }
        });
        return gaps;
    }

    /** The Caseflow types a type is made of, itself included, by the name of their schema. */
    private static void collectTypes(Type type, Map<String, Set<Class<?>>> typesByName, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            collectTypes(parameterized.getRawType(), typesByName, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectTypes(argument, typesByName, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            collectTypes(array.getGenericComponentType(), typesByName, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collectTypes(bound, typesByName, seen);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                collectTypes(raw.getComponentType(), typesByName, seen);
            } else if (raw.getName().startsWith(SchemaNames.CASEFLOW_PACKAGES) && !raw.isEnum()) {
                typesByName.computeIfAbsent(SchemaNames.of(raw), name -> new LinkedHashSet<>()).add(raw);
                if (raw.isRecord()) {
                    for (RecordComponent component : raw.getRecordComponents()) {
                        collectTypes(component.getGenericType(), typesByName, seen);
                    }
                } else {
                    for (Field field : raw.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            collectTypes(field.getGenericType(), typesByName, seen);
                        }
                    }
                }
            }
        }
    }

    /** The mapping's paths, a variable's pattern left out as the description leaves it: {@code {id:[0-9]+}} is {@code {id}}. */
    private static Set<String> pathsOf(RequestMappingInfo mapping) {
        Set<String> paths = new LinkedHashSet<>();
        mapping.getPatternValues().forEach(pattern -> paths.add(pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}")));
        return paths;
    }

    private static boolean isOperation(String field) {
        return Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(field);
    }

    /** The checks of one operation, each gap named with the endpoint it is in. */
    private record OperationCheck(String endpoint, JsonNode operation, JsonNode description, List<String> gaps) {

        void check(boolean takesInput) {
            if (operation.path("summary").asText("").isBlank()) {
                gaps.add(endpoint + " has no summary");
            }
            if (operation.path("description").asText("").isBlank()) {
                gaps.add(endpoint + " has no description");
            }
            checkSuccess();
            JsonNode body = operation.path("requestBody").path("content");
            body.fields().forEachRemaining(type -> checkExample("its request body (" + type.getKey() + ")", type.getValue()));
            checkProblems(takesInput);
        }

        private void checkSuccess() {
            List<String> codes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(codes::add);
            List<String> successes = codes.stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                gaps.add(endpoint + " has no success response");
            }
            for (String code : successes) {
                operation.path("responses").path(code).path("content").fields().forEachRemaining(type -> {
                    if (!isFile(type.getValue().path("schema"))) {
                        checkExample("its " + code + " response (" + type.getKey() + ")", type.getValue());
                    }
                });
            }
        }

        private void checkProblems(boolean takesInput) {
            JsonNode responses = operation.path("responses");
            List<String> expected = new ArrayList<>(List.of("401", "503"));
            if (takesInput) {
                expected.add("400");
            }
            expected.stream().filter(code -> responses.path(code).isMissingNode())
                    .forEach(code -> gaps.add(endpoint + " does not describe its " + code + " problem"));
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode problem = response.getValue().path("content").path(Problems.MEDIA_TYPE.toString());
                    if (!problem.path("schema").path("$ref").asText().equals(SharedApiComponents.PROBLEM_SCHEMA_REF)) {
                        gaps.add(endpoint + " describes its " + response.getKey() + " answer without the "
                                + SharedApiComponents.PROBLEM_SCHEMA + " schema as " + Problems.MEDIA_TYPE);
                    } else if (problem.path("example").isMissingNode()) {
                        gaps.add(endpoint + " has no example of its " + response.getKey() + " problem");
                    }
                }
            });
        }

        private void checkExample(String what, JsonNode mediaType) {
            JsonNode example = mediaType.path("example");
            if (example.isMissingNode() && mediaType.path("examples").isMissingNode()) {
                gaps.add(endpoint + " has no example of " + what);
            } else if (!example.isMissingNode()) {
                compare(example, mediaType.path("schema"), endpoint + ", the example of " + what);
            }
        }

        /** Fields the example shows that its schema lacks, and fields of the schema it leaves out, at every level. */
        private void compare(JsonNode example, JsonNode schema, String where) {
            Map<String, JsonNode> properties = propertiesOf(schema);
            JsonNode resolved = resolve(schema);
            if (example.isArray()) {
                example.forEach(element -> compare(element, resolved.path("items"), where + "[]"));
            } else if (example.isObject() && !properties.isEmpty()) {
                example.fieldNames().forEachRemaining(field -> {
                    if (!properties.containsKey(field)) {
                        gaps.add(where + " shows '" + field + "', which its schema does not have");
                    }
                });
                properties.forEach((field, fieldSchema) -> {
                    if (!example.has(field)) {
                        gaps.add(where + " leaves out '" + field + "'");
                    } else {
                        compare(example.get(field), fieldSchema, where + "." + field);
                    }
                });
            }
        }

        /** The properties of an object schema, its references and {@code allOf} parts followed; none for a map. */
        private Map<String, JsonNode> propertiesOf(JsonNode schema) {
            JsonNode resolved = resolve(schema);
            Map<String, JsonNode> properties = new LinkedHashMap<>();
            resolved.path("properties").fields().forEachRemaining(property -> properties.put(property.getKey(), property.getValue()));
            for (JsonNode part : resolved.path("allOf")) {
                properties.putAll(propertiesOf(part));
            }
            return properties;
        }

        private JsonNode resolve(JsonNode schema) {
            String reference = schema.path("$ref").asText("");
            return reference.startsWith("#/components/schemas/")
                    ? resolve(description.path("components").path("schemas").path(reference.substring("#/components/schemas/".length())))
                    : schema;
        }

        private static boolean isFile(JsonNode schema) {
            return "binary".equals(schema.path("format").asText());
        }
    }
}
