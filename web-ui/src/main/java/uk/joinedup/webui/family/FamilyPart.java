package uk.joinedup.webui.family;

import java.time.LocalDate;
import java.util.Arrays;
import uk.joinedup.webui.caseservice.FamilyView;
import uk.joinedup.webui.govuk.SubNavigation;

/**
 * The parts of a family's page, each its own address under {@code /families/{id}}: the summary, then
 * the household, the casework (referrals, team, assessment, plan, case conferences, budget and the cost of
 * the family beside its support: shown to those who may see it) and the chronology.
 */
enum FamilyPart {
    SUMMARY("", false),
    HOUSEHOLD("/household", false),
    REFERRALS("/referrals", true),
    TEAM("/team", true),
    ASSESSMENT("/assessment", true),
    PLAN("/plan", true),
    CONFERENCES("/conferences", true),
    BUDGET("/budget", true),
    COST("/cost", true),
    CHRONOLOGY("/chronology", false);

    private final String suffix;
    private final boolean casework;

    FamilyPart(String suffix, boolean casework) {
        this.suffix = suffix;
        this.casework = casework;
    }

    /** The part's address, as at a date if not null. */
    String path(String familyId, LocalDate asAt) {
        return "/families/" + familyId + suffix + (asAt == null ? "" : "?asAt=" + asAt);
    }

    /** Whether the part is casework, which only the team, its managers and the registering agency see. */
    boolean casework() {
        return casework;
    }

    /** The template's name for the part, and the end of its message keys ({@code family.part.<name>}). */
    String template() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The family's sub-navigation with this part current: the casework parts only to those who may see them. */
    SubNavigation navigation(FamilyView family, LocalDate asAt) {
        return new SubNavigation(Arrays.stream(values())
                .filter(part -> !part.casework || family.casework())
                .map(part -> new SubNavigation.Item(
                        "family.part." + part.template(), part.path(family.familyId(), asAt), part == this))
                .toList());
    }
}
