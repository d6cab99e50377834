package uk.joinedup.webui.events;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import uk.joinedup.webui.caseservice.FactType;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.Labels;

/**
 * Between a kind of fact and its GOV.UK form: the fields to show, the fact JSON a posted form makes,
 * a form filled in from a recorded fact, and which form field a case-service message is about. Labels
 * come from the bundle: {@code fact.<Type>.<field>} (and {@code .hint}), options {@code
 * fact.option.<VALUE>}.
 */
@Component
class FactFields {

    /**
     * Long free texts. case-service's catalogue should say LONG_TEXT for them (a maximum length over
     * 500), but reports no maximum lengths: its size constraints do not reach the record components it
     * reads. Until it does, these are asked for in a textarea.
     */
    private static final Set<String> LONG_TEXTS = Set.of(
            "CaseNoteWritten.text",
            "CompactAgreed.terms",
            "CompactReviewed.notes",
            "CompactBreached.breach",
            "CompactBreached.consequence");

    /** Up to this many options are radios; more are a select. */
    private static final int MOST_RADIOS = 10;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private final Labels labels;

    FactFields(Labels labels) {
        this.labels = labels;
    }

    /** The form's fields, in the fact's order. */
    List<FieldView> fields(FactType type) {
        return type.fields().stream().map(field -> field(type, field)).toList();
    }

    /** Gives every date field a date input to bind to, so the form can be shown. */
    void prepare(FactType type, FactForm form) {
        type.fields().stream().filter(field -> "DATE".equals(field.input())).forEach(field -> form.getDates()
                .putIfAbsent(field.name(), new DateInput()));
    }

    /**
     * The fact the form describes, as case-service takes it ({@code type} first, then each field), or
     * null after putting errors against the fields web-ui can check itself: dates that are not real,
     * numbers that are not whole numbers, required numbers and yes/no questions left unanswered. The
     * rest (required texts and options, lengths, ranges) case-service checks.
     */
    Map<String, Object> toFact(FactType type, FactForm form, BindingResult errors) {
        prepare(type, form);
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("type", type.type());
        for (FactType.Field field : type.fields()) {
            String path = path(field);
            String label = label(type, field);
            String text = form.getValues().get(field.name());
            boolean blank = text == null || text.isBlank();
            Object value =
                    switch (field.input()) {
                        case "DATE" ->
                            form.getDates()
                                    .get(field.name())
                                    .validate(
                                            path, new DefaultMessageSourceResolvable(null, label), null, null, errors);
                        case "NUMBER" -> number(type, field, text, label, errors);
                        case "YES_NO" -> {
                            if (blank) {
                                errors.rejectValue(path, "fact.invalid", missing(type, field, "fact.yesNo.missing"));
                                yield null;
                            }
                            yield Boolean.valueOf(text);
                        }
                        default -> blank ? null : text.strip();
                    };
            fact.put(field.name(), value);
        }
        return errors.hasErrors() ? null : fact;
    }

    /** A form filled in with what a recorded fact says. */
    FactForm formFor(FactType type, Map<String, Object> fact, LocalDate occurredOn) {
        FactForm form = new FactForm();
        form.setOccurredOn(DateInput.of(occurredOn));
        for (FactType.Field field : type.fields()) {
            Object value = fact.get(field.name());
            if ("DATE".equals(field.input())) {
                form.getDates()
                        .put(
                                field.name(),
                                value == null ? new DateInput() : DateInput.of(LocalDate.parse(value.toString())));
            } else if (value != null) {
                form.getValues().put(field.name(), value.toString());
            }
        }
        return form;
    }

    /**
     * The form field case-service's field name is about: {@code fact.offence} is {@code
     * values[offence]}, {@code fact.offenceDate} is {@code dates[offenceDate]}; null for a rule over
     * several fields (e.g. {@code fact.withinSessionsPossible}), which is about the whole form.
     */
    static String formField(FactType type, String apiField) {
        if (!apiField.startsWith("fact.")) {
            return apiField;
        }
        String name = apiField.substring("fact.".length());
        return type.fields().stream()
                .filter(field -> field.name().equals(name))
                .findFirst()
                .map(FactFields::path)
                .orElse(null);
    }

    static String input(FactType type, FactType.Field field) {
        if ("TEXT".equals(field.input()) && LONG_TEXTS.contains(type.type() + "." + field.name())) {
            return "LONG_TEXT";
        }
        if ("CHOICE".equals(field.input()) && field.options().size() > MOST_RADIOS) {
            return "SELECT";
        }
        return field.input();
    }

    private FieldView field(FactType type, FactType.Field field) {
        String input = input(type, field);
        List<Choice> choices =
                switch (input) {
                    case "YES_NO" ->
                        List.of(Choice.of("true", labels.get("yes")), Choice.of("false", labels.get("no")));
                    case "CHOICE", "SELECT" ->
                        field.options().stream()
                                .map(option -> Choice.of(option, labels.getOrDefault("fact.option." + option, option)))
                                .toList();
                    default -> List.of();
                };
        return new FieldView(
                input,
                path(field),
                label(type, field),
                labels.getOrDefault("fact." + type.type() + "." + field.name() + ".hint", null),
                choices);
    }

    private Integer number(FactType type, FactType.Field field, String text, String label, BindingResult errors) {
        if (text == null || text.isBlank()) {
            if (field.required()) {
                errors.rejectValue(path(field), "fact.invalid", missing(type, field, "fact.number.missing"));
            }
            return null;
        }
        if (!WHOLE_NUMBER.matcher(text.strip()).matches()) {
            errors.rejectValue(path(field), "fact.invalid", labels.get("fact.number.invalid", label));
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private String missing(FactType type, FactType.Field field, String general) {
        return labels.getOrDefault(
                "fact." + type.type() + "." + field.name() + ".missing", labels.get(general, label(type, field)));
    }

    private String label(FactType type, FactType.Field field) {
        return labels.getOrDefault("fact." + type.type() + "." + field.name(), field.name());
    }

    private static String path(FactType.Field field) {
        return "DATE".equals(field.input()) ? "dates[" + field.name() + "]" : "values[" + field.name() + "]";
    }
}
