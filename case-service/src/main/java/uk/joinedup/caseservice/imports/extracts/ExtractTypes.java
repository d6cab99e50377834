package uk.joinedup.caseservice.imports.extracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.infrastructure.configuration.CheckedYaml;

/**
 * The extract types: one YAML file per type under {@code imports/} on the class path, read and checked when
 * the service starts, so that a new source is configuration. A file that cannot be used stops the start with
 * {@link ExtractTypeInvalid} naming the file and the problem.
 */
@Component
public class ExtractTypes {

    static final Set<String> PERSON_FIELDS = Set.of(
            "givenNames",
            "familyName",
            "dateOfBirth",
            "postcode",
            "addressLine1",
            "town",
            "nhsNumber",
            "nationalInsuranceNumber",
            "uniquePupilNumber");

    /** The identifiers that name the person a fact is recorded on, for a type with a subject. */
    static final Set<String> SUBJECT_FIELDS = Set.of("nhsNumber", "nationalInsuranceNumber", "uniquePupilNumber");

    private final List<ExtractType> types;

    ExtractTypes() {
        this(resources());
    }

    ExtractTypes(List<Resource> files) {
        List<ExtractType> read = new ArrayList<>();
        for (Resource file : files) {
            try (InputStream content = file.getInputStream()) {
                read.add(read(file.getFilename(), content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        read.sort(Comparator.comparing(ExtractType::name));
        this.types = List.copyOf(read);
    }

    public List<ExtractType> all() {
        return types;
    }

    public Optional<ExtractType> find(String id) {
        return types.stream().filter(type -> type.id().equals(id)).findFirst();
    }

    /** The name of the extract type with this id, or the id itself for a type the service no longer has. */
    public String nameOf(String id) {
        return find(id).map(ExtractType::name).orElse(id);
    }

    static ExtractType read(String fileName, InputStream content) {
        ExtractTypeFile file = CheckedYaml.read(fileName, content, ExtractTypeFile.class, ExtractTypeInvalid::new);
        Class<? extends AgencyFact> fact = FactCatalogue.byName(file.fact())
                .orElseThrow(() -> new ExtractTypeInvalid(fileName, "no fact is called " + file.fact(), null));
        ExtractType type = new ExtractType(
                fileName.replaceFirst("\\.ya?ml$", ""),
                file.name(),
                file.description(),
                fact,
                file.createsPeople(),
                file.sourceKey(),
                file.dateFormat(),
                file.columns(),
                file.subject(),
                file.datedOnImport());
        check(fileName, type);
        return type;
    }

    /** What the schema cannot say: the columns fit the fact and the key, and a new person can be registered. */
    private static void check(String fileName, ExtractType type) {
        try {
            DateTimeFormatter.ofPattern(type.dateFormat());
        } catch (IllegalArgumentException e) {
            throw new ExtractTypeInvalid(fileName, "the date format " + type.dateFormat() + " is not one", e);
        }
        Map<String, Class<?>> components = new HashMap<>();
        Arrays.stream(type.fact().getRecordComponents())
                .forEach(component -> components.put(component.getName(), component.getType()));
        for (ExtractColumn column : type.columns()) {
            if (column.givesPerson() && !PERSON_FIELDS.contains(column.field())) {
                throw new ExtractTypeInvalid(fileName, column.name() + " maps to an unknown " + column.maps(), null);
            }
            if (column.givesFact() && !components.containsKey(column.field())) {
                throw new ExtractTypeInvalid(
                        fileName, column.name() + ": " + type.factName() + " has no field " + column.field(), null);
            }
            if (column.givesSubject() && !SUBJECT_FIELDS.contains(column.field())) {
                throw new ExtractTypeInvalid(
                        fileName,
                        column.name() + " maps to " + column.maps() + ": a subject is named by one of "
                                + SUBJECT_FIELDS.stream().sorted().toList(),
                        null);
            }
            if (column.givesFact() && components.get(column.field()) == boolean.class) {
                column.values().values().stream()
                        .filter(value -> !value.equals("true") && !value.equals("false"))
                        .findFirst()
                        .ifPresent(value -> {
                            throw new ExtractTypeInvalid(
                                    fileName, column.name() + ": " + value + " is not true or false", null);
                        });
            }
            if (column.givesFact() && components.get(column.field()).isEnum()) {
                List<String> allowed = Arrays.stream(
                                components.get(column.field()).getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name())
                        .toList();
                column.values().values().stream()
                        .filter(value -> !allowed.contains(value))
                        .findFirst()
                        .ifPresent(value -> {
                            throw new ExtractTypeInvalid(
                                    fileName, column.name() + ": " + value + " is not one of " + allowed, null);
                        });
            }
            if (type.columns().stream()
                            .filter(other -> other.name().equalsIgnoreCase(column.name()))
                            .count()
                    > 1) {
                throw new ExtractTypeInvalid(fileName, "two columns are called " + column.name(), null);
            }
        }
        for (String key : type.sourceKey()) {
            if (type.column(key).filter(ExtractColumn::required).isEmpty()) {
                throw new ExtractTypeInvalid(
                        fileName, "the source key's column " + key + " is not a required column", null);
            }
        }
        checkDate(fileName, type);
        checkSubject(fileName, type, components);
        List<String> needed =
                type.createsPeople() ? List.of("givenNames", "familyName", "dateOfBirth") : List.of("familyName");
        for (String field : needed) {
            if (type.columns().stream()
                    .noneMatch(column -> column.maps().equals("person." + field) && column.required())) {
                throw new ExtractTypeInvalid(
                        fileName, "a required column must map to person." + field + " to match rows to people", null);
            }
        }
    }

    private static void checkDate(String fileName, ExtractType type) {
        List<ExtractColumn> dates = type.columns().stream()
                .filter(column -> column.maps().equals("occurredOn"))
                .toList();
        if (type.datedOnImport()) {
            if (!dates.isEmpty()) {
                throw new ExtractTypeInvalid(
                        fileName, "a type dated on import has no column mapping to occurredOn", null);
            }
            return;
        }
        if (dates.size() != 1
                || !dates.get(0).required()
                || !dates.get(0).type().equals("date")) {
            throw new ExtractTypeInvalid(fileName, "exactly one required date column must map to occurredOn", null);
        }
    }

    /** A subject is named by exactly one required column, and names the row's person in a text field no column gives. */
    private static void checkSubject(String fileName, ExtractType type, Map<String, Class<?>> components) {
        List<ExtractColumn> naming =
                type.columns().stream().filter(ExtractColumn::givesSubject).toList();
        if (type.subject() == null) {
            if (!naming.isEmpty()) {
                throw new ExtractTypeInvalid(
                        fileName,
                        naming.get(0).name() + " maps to " + naming.get(0).maps()
                                + ", but the type has no subject saying which field names the row's person",
                        null);
            }
            return;
        }
        if (naming.size() != 1 || !naming.get(0).required()) {
            throw new ExtractTypeInvalid(
                    fileName, "a type with a subject needs exactly one required column mapping to subject.", null);
        }
        String field = type.subject().personField();
        if (components.get(field) != String.class) {
            throw new ExtractTypeInvalid(
                    fileName, type.factName() + " has no text field " + field + " to name the row's person", null);
        }
        type.columns().stream()
                .filter(column -> column.maps().equals("fact." + field))
                .findFirst()
                .ifPresent(column -> {
                    throw new ExtractTypeInvalid(
                            fileName,
                            column.name() + " gives " + field + ", which names the row's person: no column gives it",
                            null);
                });
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:imports/*.yml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
