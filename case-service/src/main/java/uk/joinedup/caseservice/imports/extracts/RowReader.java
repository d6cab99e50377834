package uk.joinedup.caseservice.imports.extracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.imports.extracts.ReadRow.Problem;
import uk.joinedup.caseservice.imports.matching.ExtractIdentity;
import uk.joinedup.caseservice.infrastructure.search.Postcodes;
import uk.joinedup.caseservice.person.api.NationalInsuranceNumber;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.UniquePupilNumber;

/**
 * Reads one row against its extract type: who it is about, the fact it records (built and checked by the
 * catalogue's own rules, so a row says what a form would say of the same mistake) and its date; or every
 * problem found, each with its column. Pure: today is a parameter.
 */
public final class RowReader {

    /** The longest name or address line a row may give (a longer one is a mistake in the extract). */
    static final int LONGEST_TEXT = 100;

    private static final ObjectMapper FACTS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Kept for the life of the service: a validator must not outlive its factory. */
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private static final Validator VALIDATOR = VALIDATION.getValidator();

    private static final Map<String, IdentifierRules> IDENTIFIERS = Map.of(
            "nhsNumber",
            new IdentifierRules(
                    NhsNumber::problemWith, typed -> NhsNumber.parse(typed).value()),
            "nationalInsuranceNumber",
            new IdentifierRules(NationalInsuranceNumber::problemWith, typed -> NationalInsuranceNumber.parse(typed)
                    .value()),
            "uniquePupilNumber",
            new IdentifierRules(UniquePupilNumber::problemWith, typed -> UniquePupilNumber.parse(typed)
                    .value()));

    private final ExtractType type;
    private final DateTimeFormatter dates;
    private final LocalDate today;

    public RowReader(ExtractType type, LocalDate today) {
        this.type = type;
        this.dates = DateTimeFormatter.ofPattern(type.dateFormat().replace("y", "u"), Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
        this.today = today;
    }

    public ReadRow read(ExtractRow row) {
        List<Problem> problems = new ArrayList<>();
        Optional.ofNullable(row.values().get(ExtractRow.WIDTH_PROBLEM))
                .ifPresent(width -> problems.add(new Problem(null, "The row has " + width + ": check its commas")));
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, String> person = new LinkedHashMap<>();
        Map<String, String> subject = new LinkedHashMap<>();
        LocalDate occurredOn = type.datedOnImport() ? today : null;
        for (ExtractColumn column : type.columns()) {
            String text = row.value(column.name());
            if (text.isEmpty()) {
                if (column.required()) {
                    problems.add(new Problem(column.name(), "Enter the " + inASentence(column.name())));
                }
                continue;
            }
            Object value;
            try {
                value = value(column, text);
            } catch (RowProblem problem) {
                problems.add(new Problem(column.name(), problem.getMessage()));
                continue;
            }
            if (column.givesFact()) {
                fields.put(column.field(), value);
            } else if (column.givesPerson()) {
                person.put(column.field(), value.toString());
            } else if (column.givesSubject()) {
                subject.put(column.field(), value.toString());
            } else if (column.maps().equals("occurredOn")) {
                occurredOn = (LocalDate) value;
                if (occurredOn.isAfter(today)) {
                    problems.add(new Problem(column.name(), "The date cannot be in the future"));
                }
            }
        }
        ExtractIdentity identity = identity(person, problems);
        ReadRow.SubjectIdentifier subjectIdentifier = subject(subject, problems);
        AgencyFact fact = problems.isEmpty() ? fact(fields, problems) : null;
        if (!problems.isEmpty()) {
            return new ReadRow.Refused(row.row(), problems);
        }
        return new ReadRow.Accepted(
                row.row(),
                sourceKey(row),
                identity,
                new ReadRow.Address(person.get("addressLine1"), person.get("town")),
                fact,
                occurredOn,
                digest(row),
                subjectIdentifier);
    }

    /** The row's identity within its source: its key columns' values, each as written, in the type's order. */
    private String sourceKey(ExtractRow row) {
        // the key names its columns as the type's check finds them: ignoring case and surrounding spaces
        return String.join(
                "\u001F",
                type.sourceKey().stream()
                        .map(key -> row.value(
                                type.column(key).map(ExtractColumn::name).orElse(key)))
                        .toList());
    }

    private Object value(ExtractColumn column, String text) {
        if (!column.values().isEmpty()) {
            return column.values().entrySet().stream()
                    .filter(answer -> answer.getKey().equalsIgnoreCase(text))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new RowProblem("\"" + shortened(text) + "\" is not one of: "
                            + String.join(", ", column.values().keySet())));
        }
        return switch (column.type()) {
            case "date" -> date(text);
            case "number" -> number(text);
            default -> text(column, text);
        };
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text, dates);
        } catch (DateTimeParseException e) {
            throw new RowProblem(
                    "Enter a real date, written " + type.dateFormat().toLowerCase(Locale.UK));
        }
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new RowProblem("Enter a whole number, like 12");
        }
    }

    private static String text(ExtractColumn column, String text) {
        if (column.givesPerson() && text.length() > LONGEST_TEXT) {
            throw new RowProblem("Enter " + LONGEST_TEXT + " characters or fewer");
        }
        return text;
    }

    private ExtractIdentity identity(Map<String, String> person, List<Problem> problems) {
        LocalDate dateOfBirth = null;
        if (person.containsKey("dateOfBirth")) {
            dateOfBirth = LocalDate.parse(person.get("dateOfBirth"));
            if (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(PersonDetails.EARLIEST_DATE_OF_BIRTH)) {
                problems.add(
                        new Problem(columnOf("person.dateOfBirth"), "Enter a date of birth in the past, after 1900"));
            }
        }
        String postcode = null;
        if (person.containsKey("postcode")) {
            postcode = Postcodes.normalise(person.get("postcode"));
            if (postcode == null) {
                problems.add(new Problem(columnOf("person.postcode"), "Enter a real postcode, like AB1 2CD"));
            }
        }
        return new ExtractIdentity(
                person.get("givenNames"),
                person.get("familyName"),
                dateOfBirth,
                postcode,
                identifier("person", "nhsNumber", person, problems),
                identifier("person", "nationalInsuranceNumber", person, problems),
                identifier("person", "uniquePupilNumber", person, problems));
    }

    /** The identifier of the person the fact is recorded on, checked as a person's own; null without a subject. */
    private ReadRow.SubjectIdentifier subject(Map<String, String> subject, List<Problem> problems) {
        if (subject.isEmpty()) {
            return null;
        }
        String field = subject.keySet().iterator().next();
        String value = identifier("subject", field, subject, problems);
        return value == null ? null : new ReadRow.SubjectIdentifier(field, value);
    }

    /**
     * An identifier the row gives, normalised; null when it gives none or it is not valid (a problem then).
     *
     * @param of {@code person} or {@code subject}: whose identifier it is
     * @param field nhsNumber, nationalInsuranceNumber or uniquePupilNumber
     */
    private String identifier(String of, String field, Map<String, String> values, List<Problem> problems) {
        String typed = values.get(field);
        if (typed == null) {
            return null;
        }
        IdentifierRules rules = IDENTIFIERS.get(field);
        Optional<String> problem = rules.problemWith().apply(typed);
        if (problem.isPresent()) {
            problems.add(new Problem(columnOf(of + "." + field), problem.get()));
            return null;
        }
        return rules.normalised().apply(typed);
    }

    /** The fact the row records, built and checked as the API builds and checks one. */
    private AgencyFact fact(Map<String, Object> fields, List<Problem> problems) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type.factName());
        fields.forEach((field, value) -> json.put(field, value instanceof LocalDate date ? date.toString() : value));
        AgencyFact fact;
        try {
            fact = FACTS.convertValue(json, type.fact());
        } catch (IllegalArgumentException e) {
            String field = e.getCause() instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? mapping.getPath().get(0).getFieldName()
                    : null;
            problems.add(new Problem(
                    field != null ? columnOf("fact." + field) : null,
                    field != null ? "Enter a value this column allows" : "The row does not make a whole record"));
            return null;
        }
        for (ConstraintViolation<AgencyFact> violation : VALIDATOR.validate(fact)) {
            String field = violation.getPropertyPath().iterator().next().getName();
            if (type.subject() != null && field.equals(type.subject().personField())) {
                continue; // empty until the row's person is known: the record checks it then
            }
            problems.add(new Problem(columnOf("fact." + field), violation.getMessage()));
        }
        problems.sort(java.util.Comparator.comparing(problem -> problem.column() == null ? "" : problem.column()));
        return fact;
    }

    /** The column that gives a field, or null when no column does (a rule about the row as a whole). */
    private String columnOf(String maps) {
        return type.columns().stream()
                .filter(column -> column.maps().equals(maps))
                .map(ExtractColumn::name)
                .findFirst()
                .orElse(null);
    }

    private static String digest(ExtractRow row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(row.values()).forEach((column, value) -> {
                sha.update(column.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(value.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A column's name inside a sentence: "date of birth", but "UPN" and "NI number" as they are. */
    static String inASentence(String name) {
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1);
    }

    private static String shortened(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    /** How an identifier is checked (why it is not one, if it is not) and written once checked. */
    private record IdentifierRules(
            Function<String, Optional<String>> problemWith, Function<String, String> normalised) {}

    /** A problem with one value, caught where the row is read. */
    private static final class RowProblem extends RuntimeException {

        RowProblem(String message) {
            super(message, null, false, false);
        }
    }
}
