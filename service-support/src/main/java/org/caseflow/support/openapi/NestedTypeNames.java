package org.caseflow.support.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/** Names each schema as {@link SchemaNames} does, then leaves the rest of the description to springdoc. */
class NestedTypeNames implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (SchemaNames.namesItself(raw)) {
                type.name(SchemaNames.of(raw));
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
