package uk.joinedup.webui.subjectaccess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.webui.caseservice.SubjectAccessResponse;
import uk.joinedup.webui.caseservice.SubjectAccessResponse.Item;
import uk.joinedup.webui.govuk.Labels;

/**
 * The response to a subject access request as the review page and the PDF show it: each item in words, the facts
 * grouped by the agency that recorded them. A removed item shows its reason and nothing of its content.
 *
 * @param identifiers the person's identifiers (NHS number, …), labelled
 * @param accessLog who looked at their information, in words
 */
public record ResponsePage(
        SubjectAccessResponse response,
        List<Field> identifiers,
        List<ItemRow> history,
        List<AgencyFacts> factsByAgency,
        List<FamilySection> families,
        List<ItemRow> consents,
        List<ItemRow> emergencyAccess,
        List<Looked> accessLog) {

    /** How much of an item the page shows. */
    public enum Shown {
        /** All of it: nothing in it is another person's. */
        WHOLE,
        /** Nothing but the reason: it is about someone else. */
        REDACTED,
        /** Its content with other people's names and identifiers marked. */
        MARKED,
        /** All of it, released by an officer with a note. */
        OVERRIDDEN
    }

    /** One field of an item, labelled. */
    public record Field(String label, String value) {}

    /**
     * One item held, in words.
     *
     * @param fields empty when redacted
     */
    public record ItemRow(
            String itemId,
            Shown shown,
            LocalDate occurredOn,
            String what,
            String recordedBy,
            List<Field> fields,
            String reason,
            String overrideNote,
            String overriddenBy) {}

    /** The facts one agency recorded; a null agency for removed items, whose agency is not shown. */
    public record AgencyFacts(String agency, List<ItemRow> items) {}

    /**
     * One time someone looked at the person's information, in words as the access log page says it.
     *
     * @param shown each category shown, with the bases it was shown on: "Education: consent"
     * @param withheld each category withheld, with the reasons
     */
    public record Looked(
            Instant at, String who, String agency, String what, List<String> shown, List<String> withheld) {}

    /** A family the person is in or was in, with its record. */
    public record FamilySection(SubjectAccessResponse.Family family, List<ItemRow> items) {}

    static ResponsePage of(SubjectAccessResponse response, Labels bundle) {
        ItemLabels labels = new ItemLabels(bundle);
        Map<String, List<ItemRow>> byAgency = new LinkedHashMap<>();
        for (Item fact : nullSafe(response.facts())) {
            byAgency.computeIfAbsent(fact.removed() ? null : fact.recordedBy(), agency -> new ArrayList<>())
                    .add(row(fact, labels));
        }
        List<AgencyFacts> facts = new ArrayList<>();
        byAgency.forEach((agency, items) -> {
            if (agency != null) {
                facts.add(new AgencyFacts(agency, items));
            }
        });
        if (byAgency.containsKey(null)) {
            facts.add(new AgencyFacts(null, byAgency.get(null)));
        }
        SubjectAccessResponse.Identity identity = response.identity();
        List<Field> identifiers = new ArrayList<>();
        if (identity != null && identity.identifiers() != null) {
            identity.identifiers()
                    .forEach((name, value) -> identifiers.add(new Field(labels.field(null, name), value)));
        }
        return new ResponsePage(
                response,
                identifiers,
                rows(response.identity() == null ? null : response.identity().history(), labels),
                facts,
                nullSafe(response.families()).stream()
                        .map(family -> new FamilySection(family, rows(family.items(), labels)))
                        .toList(),
                rows(response.consents(), labels),
                rows(response.emergencyAccess(), labels),
                nullSafe(response.accessLog()).stream()
                        .map(entry -> looked(entry, bundle))
                        .toList());
    }

    private static Looked looked(SubjectAccessResponse.LogEntry entry, Labels labels) {
        return new Looked(
                entry.at(),
                entry.userName(),
                entry.agency(),
                entry.what() == null ? null : labels.getOrDefault("accesslog.what." + entry.what(), entry.what()),
                categories(entry.shown(), "accesslog.basis.", labels),
                categories(entry.withheld(), "accesslog.withheld.", labels));
    }

    private static List<String> categories(Map<String, List<String>> byCategory, String prefix, Labels labels) {
        return (byCategory == null ? Map.<String, List<String>>of() : byCategory)
                .entrySet().stream()
                        .map(category -> labels.get(
                                "accesslog.category",
                                labels.getOrDefault("category." + category.getKey(), category.getKey()),
                                String.join(
                                        ", ",
                                        nullSafe(category.getValue()).stream()
                                                .map(value -> labels.getOrDefault(prefix + value, value))
                                                .toList())))
                        .toList();
    }

    /** The item with this id, wherever it is in the response. */
    java.util.Optional<ItemRow> find(String itemId) {
        java.util.stream.Stream<ItemRow> all = java.util.stream.Stream.of(
                        history.stream(),
                        factsByAgency.stream().flatMap(agency -> agency.items().stream()),
                        families.stream().flatMap(family -> family.items().stream()),
                        consents.stream(),
                        emergencyAccess.stream())
                .flatMap(rows -> rows);
        return all.filter(row -> row.itemId().equals(itemId)).findFirst();
    }

    private static List<ItemRow> rows(List<Item> items, ItemLabels labels) {
        return nullSafe(items).stream().map(item -> row(item, labels)).toList();
    }

    static ItemRow row(Item item, ItemLabels labels) {
        SubjectAccessResponse.Redaction redaction = item.redaction();
        if (item.removed()) {
            return new ItemRow(
                    item.itemId(), Shown.REDACTED, null, null, null, List.of(), redaction.reason(), null, null);
        }
        Shown shown = redaction == null ? Shown.WHOLE : redaction.overridden() ? Shown.OVERRIDDEN : Shown.MARKED;
        String kind = item.kind();
        List<Field> fields = new ArrayList<>();
        (item.content() == null ? Map.<String, String>of() : item.content()).forEach((name, value) -> {
            // a fact's type is its kind, already said
            if (!("type".equals(name) && kind != null && kind.equals(value))) {
                fields.add(new Field(labels.field(kind, name), labels.value(value)));
            }
        });
        return new ItemRow(
                item.itemId(),
                shown,
                item.occurredOn(),
                labels.kind(kind),
                item.recordedBy(),
                fields,
                redaction == null ? null : redaction.reason(),
                redaction == null ? null : redaction.overrideNote(),
                redaction == null ? null : redaction.overriddenBy());
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
