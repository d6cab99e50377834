package uk.joinedup.webui.chronology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.WithheldEntries;
import uk.joinedup.webui.caseservice.WithheldReason;
import uk.joinedup.webui.govuk.Labels;

/**
 * Puts what case-service withheld into words: per agency, one line for each kind of information a
 * consent would open ({@code withheld.reason.NO_CONSENT}, {@code ...NO_EXPLICIT_CONSENT}, with the
 * category as {@code withheld.category.<CATEGORY>}), one line for entries withheld because of the user's
 * relationship to the family whatever their category, and one line overall for a role that shows no case
 * content.
 */
public class WithheldPresenter {

    private static final Set<WithheldReason> BY_CATEGORY =
            EnumSet.of(WithheldReason.NO_CONSENT, WithheldReason.NO_EXPLICIT_CONSENT);

    private final Labels labels;

    public WithheldPresenter(Labels labels) {
        this.labels = labels;
    }

    /**
     * @param withheldFrom case-service's counts by agency, category and reason
     * @param withheld the total case-service gave; used when it gave no counts
     * @param familyPage whether the page is a family's (else a person's): relationships are worded for it
     */
    public WithheldNotice notice(List<WithheldEntries> withheldFrom, int withheld, boolean familyPage) {
        int count = withheldFrom.stream().mapToInt(WithheldEntries::count).sum();
        if (count == 0) {
            return withheld > 0
                    ? new WithheldNotice(withheld, null, List.of(labels.get("chronology.withheld", withheld)), false)
                    : WithheldNotice.NONE;
        }
        List<String> lines = new ArrayList<>();
        int byRole = withheldFrom.stream()
                .filter(group -> group.reason() == WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT)
                .mapToInt(WithheldEntries::count)
                .sum();
        if (byRole > 0) {
            lines.add(labels.get("withheld.role", byRole));
        }
        groups(withheldFrom)
                .forEach((group, entries) -> lines.add(labels.get(
                        "withheld.line",
                        entries,
                        group.agencyName(),
                        reason(group.reason(), group.category(), familyPage))));
        return new WithheldNotice(
                count, lines.size() > 1 ? labels.get("withheld.total", count) : null, lines, byRole < count);
    }

    /** Counts by agency, reason and (for consent) category, in the order the lines are read. */
    private static Map<Group, Integer> groups(List<WithheldEntries> withheldFrom) {
        Map<Group, Integer> counts = new LinkedHashMap<>();
        withheldFrom.stream()
                .filter(entries -> entries.reason() != WithheldReason.ROLE_SHOWS_NO_CASE_CONTENT)
                .map(entries -> Map.entry(
                        new Group(
                                entries.agencyName() == null ? entries.agency() : entries.agencyName(),
                                entries.reason(),
                                BY_CATEGORY.contains(entries.reason()) ? entries.category() : null),
                        entries.count()))
                .sorted(Map.Entry.comparingByKey(Group.ORDER))
                .forEach(entry -> counts.merge(entry.getKey(), entry.getValue(), Integer::sum));
        return counts;
    }

    private String reason(WithheldReason reason, InformationCategory category, boolean familyPage) {
        return switch (reason) {
            case NO_CONSENT, NO_EXPLICIT_CONSENT ->
                labels.get("withheld.reason." + reason, labels.get("withheld.category." + category));
            case NO_RELATIONSHIP, BEFORE_THEY_JOINED ->
                labels.get("withheld.reason." + reason + (familyPage ? ".family" : ".person"));
            case ROLE_SHOWS_NO_CASE_CONTENT -> throw new IllegalArgumentException("worded as one line");
        };
    }

    /** Entries that read as one line: from one agency, withheld for one reason (and of one category). */
    private record Group(String agencyName, WithheldReason reason, InformationCategory category) {

        static final Comparator<Group> ORDER = Comparator.comparing(Group::agencyName)
                .thenComparing(Group::reason)
                .thenComparing(Group::category, Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
