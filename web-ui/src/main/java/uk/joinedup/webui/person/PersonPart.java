package uk.joinedup.webui.person;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import uk.joinedup.webui.govuk.SubNavigation;

/**
 * The parts of a person's page, each its own address under {@code /people/{id}}: their details, their
 * families, their chronology, and how their record is shared (as it is now only).
 */
enum PersonPart {
    DETAILS(""),
    FAMILIES("/families"),
    CHRONOLOGY("/chronology"),
    SHARING("/sharing");

    private final String suffix;

    PersonPart(String suffix) {
        this.suffix = suffix;
    }

    /** The part's address, as at a date if not null. */
    String path(String personId, LocalDate asAt) {
        return "/people/" + personId + suffix + (asAt == null ? "" : "?asAt=" + asAt);
    }

    /** The template's name for the part, and the end of its message keys ({@code person.part.<name>}). */
    String template() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The person's sub-navigation with this part current; sharing is as it is now, so not offered "as at". */
    SubNavigation navigation(String personId, LocalDate asAt) {
        return new SubNavigation(Arrays.stream(values())
                .filter(part -> part != SHARING || asAt == null)
                .map(part -> new SubNavigation.Item(
                        "person.part." + part.template(), part.path(personId, asAt), part == this))
                .toList());
    }
}
