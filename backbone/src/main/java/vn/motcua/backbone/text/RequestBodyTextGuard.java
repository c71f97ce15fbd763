package vn.motcua.backbone.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.Optional;

/**
 * Applies {@link InputText} to every string Jackson reads from a REST request body, in every service: a refused
 * value fails the body as unreadable, and the problem response names the field ({@code applicant.name}).
 *
 * <p>Only the REST layer's mapper gets the check (a {@link ContextResolver}, not an {@code ObjectMapperCustomizer}):
 * events, stored JSON and other internal reading keep the application's mapper, so a line break that a multi-line
 * field let in is never refused later by a consumer.
 */
@Provider
public class RequestBodyTextGuard implements ContextResolver<ObjectMapper> {

    private final ObjectMapper guarded;

    RequestBodyTextGuard(ObjectMapper application) {
        this.guarded = application.copy()
                .registerModule(new SimpleModule("motcua-input-text").addDeserializer(String.class, new Strings(false)));
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return guarded;
    }

    /** Jackson's own string reading, then the check; {@link MultiLine} on the property allows line breaks. */
    static final class Strings extends StringDeserializer implements ContextualDeserializer {

        private final boolean multiLine;

        Strings(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean allowed = property != null && property.getAnnotation(MultiLine.class) != null;
            return allowed == multiLine ? this : new Strings(allowed);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            Optional<String> problem = InputText.problemOf(value, multiLine);
            if (problem.isPresent()) {
                throw InvalidFormatException.from(parser, problem.get(), value, String.class);
            }
            return value;
        }
    }
}
