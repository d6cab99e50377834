package uk.joinedup.webui.subjectaccess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.joinedup.webui.caseservice.SubjectAccessResponse;
import uk.joinedup.webui.caseservice.SubjectAccessResponse.Item;
import uk.joinedup.webui.govuk.Labels;

/**
 * The response to a subject access request as the review page shows it: each item in words, the facts grouped by
 * the agency that recorded them. A removed item shows its reason and nothing of its content.
 */
public record ResponsePage(
        SubjectAccessResponse response,
        List<ItemRow> history,
        List<AgencyFacts> factsByAgency,
        List<FamilySection> families,
        List<ItemRow> consents,
        List<ItemRow> emergencyAccess) {

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

    /** A family the person is in or was in, with its record. */
    public record FamilySection(SubjectAccessResponse.Family family, List<ItemRow> items) {}

    static ResponsePage of(SubjectAccessResponse response, Labels labels) {
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
        return new ResponsePage(
                response,
                rows(response.identity() == null ? null : response.identity().history(), labels),
                facts,
                nullSafe(response.families()).stream()
                        .map(family -> new FamilySection(family, rows(family.items(), labels)))
                        .toList(),
                rows(response.consents(), labels),
                rows(response.emergencyAccess(), labels));
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

    private static List<ItemRow> rows(List<Item> items, Labels labels) {
        return nullSafe(items).stream().map(item -> row(item, labels)).toList();
    }

    static ItemRow row(Item item, Labels labels) {
        SubjectAccessResponse.Redaction redaction = item.redaction();
        if (item.removed()) {
            return new ItemRow(
                    item.itemId(), Shown.REDACTED, null, null, null, List.of(), redaction.reason(), null, null);
        }
        Shown shown = redaction == null ? Shown.WHOLE : redaction.overridden() ? Shown.OVERRIDDEN : Shown.MARKED;
        String kind = item.kind();
        List<Field> fields = new ArrayList<>();
        (item.content() == null ? Map.<String, String>of() : item.content())
                .forEach((name, value) -> fields.add(new Field(
                        kind == null ? name : labels.getOrDefault("fact." + kind + "." + name, name), value)));
        return new ItemRow(
                item.itemId(),
                shown,
                item.occurredOn(),
                kind == null ? null : labels.getOrDefault("kind." + kind, kind),
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
