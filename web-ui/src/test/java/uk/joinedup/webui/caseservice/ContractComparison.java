package uk.joinedup.webui.caseservice;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares web-ui's Java types, and the JSON web-ui actually sends, with schemas of the contract,
 * and collects what does not fit, each problem saying where ({@code FamilyView.members[].relationship}).
 *
 * <ul>
 *   <li>What web-ui reads: every record component must be a property of the schema, of a compatible
 *       JSON type, nested records compared in turn; enum constants must be those case-service sends
 *       (one web-ui does not know fails deserialisation unless web-ui's Jackson reads unknown enum
 *       values as null).
 *   <li>What web-ui sends: every property of the JSON must be one of the schema's, with a fitting
 *       value, and every property the schema requires must be sent; every constant of an enum web-ui
 *       sends must be one case-service takes.
 * </ul>
 */
final class ContractComparison {

    private final OpenApiContract contract;
    private final boolean unknownEnumValuesTolerated;
    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> compared = new LinkedHashSet<>();

    /**
     * @param unknownEnumValuesTolerated whether web-ui's Jackson reads an enum value it does not know
     *     (as null or a default) instead of failing
     */
    ContractComparison(OpenApiContract contract, boolean unknownEnumValuesTolerated) {
        this.contract = contract;
        this.unknownEnumValuesTolerated = unknownEnumValuesTolerated;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The records and enums of web-ui that were compared with a schema. */
    Set<Class<?>> compared() {
        return Set.copyOf(compared);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    // ---- what web-ui reads ------------------------------------------------------------------------

    /** Compares a type web-ui reads a body into with the schema case-service answers with. */
    void read(Type type, JsonNode schema, String where) {
        Class<?> raw = raw(type);
        JsonNode resolved = contract.resolve(schema);
        String name = OpenApiContract.nameOf(schema);
        if (raw == Optional.class) {
            read(argument(type, 0), schema, where);
        } else if (raw == Object.class) {
            return;
        } else if (raw.isEnum()) {
            compared.add(raw);
            if (expectType(resolved, "string", where, raw, name)) {
                enumRead(raw, resolved, where);
            }
        } else if (scalar(raw)) {
            expectScalar(raw, resolved, where, name);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (expectType(resolved, "array", where, raw, name)) {
                read(element(type), resolved.path("items"), where + "[]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expectObjectLike(resolved, where, raw, name)
                    && resolved.path("additionalProperties").isObject()) {
                read(argument(type, 1), resolved.get("additionalProperties"), where + "{}");
            }
        } else if (raw.isRecord()) {
            compared.add(raw);
            if (!resolved.has("properties")) {
                problem(where + ": web-ui reads a " + raw.getSimpleName() + " record, case-service sends " + name);
                return;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                String property = jsonName(component);
                JsonNode propertySchema = resolved.get("properties").get(property);
                if (propertySchema == null) {
                    problem(where + "." + component.getName() + ": web-ui reads '" + property + "', which " + name
                            + " does not have (it has " + propertyNames(resolved) + ")");
                } else {
                    read(component.getGenericType(), propertySchema, where + "." + component.getName());
                }
            }
        } else {
            problem(where + ": the contract test cannot compare " + type.getTypeName() + "; teach it how");
        }
    }

    private void enumRead(Class<?> type, JsonNode resolved, String where) {
        Set<String> known = constants(type);
        Set<String> sent = enumValues(resolved);
        if (sent.isEmpty()) {
            problem(where + ": web-ui reads " + type.getSimpleName() + ", case-service sends any string");
            return;
        }
        Set<String> stale = minus(known, sent);
        if (!stale.isEmpty()) {
            problem(where + ": web-ui knows " + type.getSimpleName() + " " + stale + ", which case-service"
                    + " does not send (it sends " + sent + ")");
        }
        Set<String> unknown = minus(sent, known);
        if (!unknown.isEmpty() && !unknownEnumValuesTolerated) {
            problem(where + ": case-service may send " + unknown + ", which web-ui's " + type.getSimpleName()
                    + " does not have: reading it would fail");
        }
    }

    // ---- what web-ui sends ------------------------------------------------------------------------

    /**
     * Compares the type web-ui serialises a request body from with the schema case-service takes, as
     * far as the JSON cannot show: enum constants web-ui could send other than the one sent.
     */
    void sent(Type type, JsonNode schema, String where) {
        Class<?> raw = raw(type);
        JsonNode resolved = contract.resolve(schema);
        if (raw.isEnum()) {
            compared.add(raw);
            Set<String> taken = enumValues(resolved);
            Set<String> refused = minus(constants(raw), taken);
            if (!taken.isEmpty() && !refused.isEmpty()) {
                problem(where + ": web-ui may send " + raw.getSimpleName() + " " + refused
                        + ", which case-service does not take (it takes " + taken + ")");
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            sent(element(type), resolved.path("items"), where + "[]");
        } else if (raw.isRecord()) {
            compared.add(raw);
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode property = resolved.path("properties").get(jsonName(component));
                if (property != null) { // a property case-service does not have: json() says so
                    sent(component.getGenericType(), property, where + "." + component.getName());
                }
            }
        }
    }

    /** Compares JSON web-ui sends with the schema case-service takes. */
    void json(JsonNode value, JsonNode schema, String where) {
        if (value == null || value.isNull()) {
            return; // whether it may be left out is the enclosing object's business
        }
        JsonNode resolved = contract.resolve(schema);
        String name = OpenApiContract.nameOf(schema);
        if (resolved.has("oneOf") || resolved.has("anyOf")) {
            JsonNode shapes = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
            List<String> names = new ArrayList<>();
            for (JsonNode shape : shapes) {
                ContractComparison attempt = new ContractComparison(contract, unknownEnumValuesTolerated);
                attempt.json(value, shape, where);
                if (attempt.problems.isEmpty()) {
                    return;
                }
                names.add(OpenApiContract.nameOf(shape));
            }
            problem(where + ": web-ui sends " + value + ", which fits none of " + names);
            return;
        }
        String type = OpenApiContract.typeOf(resolved);
        switch (type) {
            case "object" -> jsonObject(value, resolved, where, name);
            case "array" -> {
                if (!value.isArray()) {
                    problem(where + ": web-ui sends " + value + ", case-service takes an array");
                    return;
                }
                for (JsonNode item : value) {
                    json(item, resolved.path("items"), where + "[]");
                }
            }
            case "string" -> jsonString(value, resolved, where);
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problem(where + ": web-ui sends " + value + ", case-service takes an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problem(where + ": web-ui sends " + value + ", case-service takes a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problem(where + ": web-ui sends " + value + ", case-service takes true or false");
                }
            }
            default -> {} // an untyped schema takes anything
        }
    }

    private void jsonObject(JsonNode value, JsonNode resolved, String where, String name) {
        if (!value.isObject()) {
            problem(where + ": web-ui sends " + value + ", case-service takes an object (" + name + ")");
            return;
        }
        JsonNode properties = resolved.path("properties");
        JsonNode additional = resolved.path("additionalProperties");
        value.fields().forEachRemaining(field -> {
            JsonNode property = properties.get(field.getKey());
            if (property != null) {
                json(field.getValue(), property, where + "." + field.getKey());
            } else if (additional.isObject()) {
                json(field.getValue(), additional, where + "{}");
            } else if (!additional.asBoolean(false)) {
                problem(where + ": web-ui sends '" + field.getKey() + "', which " + name + " does not have (it has "
                        + propertyNames(resolved) + ")");
            }
        });
        resolved.path("required").forEach(required -> {
            JsonNode sent = value.get(required.asText());
            if (sent == null || sent.isNull()) {
                problem(where + ": web-ui does not send '" + required.asText() + "', which " + name + " requires");
            }
        });
    }

    private void jsonString(JsonNode value, JsonNode resolved, String where) {
        if (!value.isTextual()) {
            problem(where + ": web-ui sends " + value + ", case-service takes a string");
            return;
        }
        Set<String> allowed = enumValues(resolved);
        if (!allowed.isEmpty() && !allowed.contains(value.asText())) {
            problem(where + ": web-ui sends '" + value.asText() + "', case-service takes one of " + allowed);
        }
        String format = resolved.path("format").asText();
        try {
            if (format.equals("date")) {
                LocalDate.parse(value.asText());
            } else if (format.equals("date-time")) {
                OffsetDateTime.parse(value.asText());
            }
        } catch (DateTimeParseException e) {
            problem(where + ": web-ui sends '" + value.asText() + "', case-service takes a " + format);
        }
    }

    // ---- scalars ----------------------------------------------------------------------------------

    private static boolean scalar(Class<?> raw) {
        return raw == String.class
                || raw.isPrimitive()
                || Number.class.isAssignableFrom(raw)
                || raw == Boolean.class
                || raw == LocalDate.class
                || raw == Instant.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class;
    }

    private void expectScalar(Class<?> raw, JsonNode resolved, String where, String name) {
        if (raw == String.class) {
            expectType(resolved, "string", where, raw, name);
        } else if (raw == LocalDate.class) {
            expectFormat(resolved, "date", where, raw, name);
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            expectFormat(resolved, "date-time", where, raw, name);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expectType(resolved, "boolean", where, raw, name);
        } else if (raw == long.class || raw == Long.class) {
            expectType(resolved, "integer", where, raw, name);
        } else if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            if (expectType(resolved, "integer", where, raw, name)
                    && resolved.path("format").asText().equals("int64")) {
                problem(where + ": web-ui reads " + article(raw) + ", case-service sends a 64-bit integer");
            }
        } else if (raw == double.class
                || raw == Double.class
                || raw == float.class
                || raw == Float.class
                || raw == BigDecimal.class) {
            String type = OpenApiContract.typeOf(resolved);
            if (!type.equals("number") && !type.equals("integer")) {
                problem(where + ": web-ui reads a number, case-service sends " + describe(resolved, name));
            }
        } else {
            problem(where + ": the contract test cannot compare " + raw.getName() + "; teach it how");
        }
    }

    private boolean expectType(JsonNode resolved, String type, String where, Class<?> raw, String name) {
        if (type.equals(OpenApiContract.typeOf(resolved))) {
            return true;
        }
        problem(where + ": web-ui reads " + article(raw) + ", case-service sends " + describe(resolved, name));
        return false;
    }

    private void expectFormat(JsonNode resolved, String format, String where, Class<?> raw, String name) {
        if (expectType(resolved, "string", where, raw, name)
                && !format.equals(resolved.path("format").asText())) {
            problem(where + ": web-ui reads " + article(raw) + ", case-service sends " + describe(resolved, name));
        }
    }

    private boolean expectObjectLike(JsonNode resolved, String where, Class<?> raw, String name) {
        if ("object".equals(OpenApiContract.typeOf(resolved)) || resolved.has("oneOf") || resolved.has("anyOf")) {
            return true;
        }
        problem(where + ": web-ui reads " + article(raw) + ", case-service sends " + describe(resolved, name));
        return false;
    }

    private static String describe(JsonNode resolved, String name) {
        String type = OpenApiContract.typeOf(resolved);
        String format = resolved.path("format").asText();
        String described = type.isEmpty() ? name : format.isEmpty() ? type : type + " (" + format + ")";
        return described.equals(name) || name.equals(type) ? described : described + " (" + name + ")";
    }

    private static String article(Class<?> raw) {
        String name = raw.isPrimitive() ? raw.getName() : raw.getSimpleName();
        return ("AEIOUaeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    // ---- Java types -------------------------------------------------------------------------------

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type element(Type type) {
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        Class<?> raw = raw(type);
        return raw.isArray() ? raw.getComponentType() : argument(type, 0);
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            try {
                Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
                property = field.getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Set<String> constants(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    private static Set<String> enumValues(JsonNode resolved) {
        Set<String> values = new TreeSet<>();
        resolved.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> propertyNames(JsonNode resolved) {
        Set<String> names = new TreeSet<>();
        resolved.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> minus(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }

    static String simpleName(Type type) {
        Class<?> raw = raw(type);
        String name = raw.getName().substring(raw.getPackageName().length() + 1).replace('$', '.');
        if (type instanceof ParameterizedType p) {
            return name + "<"
                    + String.join(
                            ", ",
                            Arrays.stream(p.getActualTypeArguments())
                                    .map(ContractComparison::simpleName)
                                    .toList())
                    + ">";
        }
        return name;
    }
}
