package uk.joinedup.caseservice.infrastructure.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies are read strictly: a field the endpoint does not take, a key given twice, a number where
 * text belongs (or text where a number, a boolean or an enum belongs), a fraction for a whole number and
 * trailing content are all refused (400, naming the field), so is a number left out or sent as null (it would
 * otherwise be read as 0), and every
 * date is within {@link SaneDates}. Only what clients send is read so: the service's own mapper (events,
 * the staff directory's answers) stays lenient, so that a new field there breaks nothing.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        // a new converter in place of Boot's: that one is a bean the service's own HTTP clients share
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json) {
                converters.set(i, new MappingJackson2HttpMessageConverter(strict(json.getObjectMapper())));
            }
        }
    }

    static ObjectMapper strict(ObjectMapper lenient) {
        ObjectMapper strict = lenient.copy();
        strict.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        strict.enable(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            strict.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        strict.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("sane-dates").addDeserializer(LocalDate.class, new SaneDates()));
        return strict;
    }
}
