package org.caseflow.casework.characteristics;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;

/**
 * Reads a DfE code by its code alone. Jackson would also take a code's position in its list ("1" as
 * the second sex code, F), which is no DfE code, and would take the census's retired gender code 1
 * for a girl; a code that is not one of the list is bad input.
 */
class ExactCode extends JsonDeserializer<Enum<?>> implements ContextualDeserializer {

    private final Class<?> codes;

    ExactCode() {
        this(null);
    }

    private ExactCode(Class<?> codes) {
        this.codes = codes;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        JavaType type = context.getContextualType() != null ? context.getContextualType() : property.getType();
        return new ExactCode((type.isContainerType() ? type.getContentType() : type).getRawClass());
    }

    @Override
    public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (Enum<?>) context.handleUnexpectedToken(codes, parser);
        }
        String code = parser.getText();
        for (Object constant : codes.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(code)) {
                return (Enum<?>) constant;
            }
        }
        return (Enum<?>) context.handleWeirdStringValue(codes, code, "not one of the DfE's codes");
    }
}
