package org.caseflow.support.openapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The name a type's schema has in a Caseflow API description. A record declared inside another is
 * named after both ({@code ChildInNeedStatus.CurrentPlan}): services nest the parts of an answer in
 * it, and parts of different answers often share a simple name ({@code CurrentPlan},
 * {@code Placement}), which would otherwise make them one schema with the wrong fields for all but one.
 */
final class SchemaNames {

    static final String CASEFLOW_PACKAGES = "org.caseflow.";

    private SchemaNames() {
    }

    /** Whether {@link #of} names this type differently from springdoc's own choice, its simple name. */
    static boolean namesItself(Class<?> type) {
        return type.getEnclosingClass() != null && !type.isEnum() && type.getName().startsWith(CASEFLOW_PACKAGES)
                && declaredName(type).isEmpty();
    }

    static String of(Class<?> type) {
        if (!declaredName(type).isEmpty()) {
            return declaredName(type);
        }
        return namesItself(type) ? of(type.getEnclosingClass()) + "." + type.getSimpleName() : type.getSimpleName();
    }

    /** The name a {@code @Schema} annotation gives the type, which always wins; empty without one. */
    private static String declaredName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema == null ? "" : schema.name();
    }
}
