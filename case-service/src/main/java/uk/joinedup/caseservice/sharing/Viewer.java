package uk.joinedup.caseservice.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.AgencyKind;
import uk.joinedup.caseservice.agency.Role;

/**
 * Who is looking, and when.
 *
 * @param userId the signed-in user
 * @param agency their agency
 * @param agencyKind its kind
 * @param roles what they may do
 * @param now the moment of the view (overrides are timed to it)
 * @param today the UK date of the view (consents and agreements are dated to it)
 * @param purpose what the view is for: consents and agreements cover purposes
 */
public record Viewer(
        String userId,
        AgencyId agency,
        AgencyKind agencyKind,
        Set<Role> roles,
        Instant now,
        LocalDate today,
        Purpose purpose) {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    public Viewer {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(agency, "agency");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** The signed-in user, looking at {@code now} to support a family, as every casework view does. */
    public static Viewer of(Actor actor, Instant now) {
        return new Viewer(
                actor.userId(),
                actor.agency(),
                actor.agencyKind(),
                actor.roles(),
                now,
                now.atZone(UK).toLocalDate(),
                Purpose.FAMILY_SUPPORT);
    }

    /** The same viewer looking for another purpose. */
    public Viewer forPurpose(Purpose other) {
        return new Viewer(userId, agency, agencyKind, roles, now, today, other);
    }

    /** Whether they work with families: a keyworker or a team manager. */
    public boolean practitioner() {
        return roles.contains(Role.KEYWORKER) || roles.contains(Role.TEAM_MANAGER);
    }

    /** Whether they are an information-governance officer, who administers sharing. */
    public boolean informationGovernance() {
        return roles.contains(Role.IG_OFFICER);
    }

    public boolean manager() {
        return roles.contains(Role.TEAM_MANAGER);
    }

    /** Whether they are a team manager of an early-help agency, who looks for families early (ADR 29). */
    public boolean earlyHelpManager() {
        return manager() && agencyKind == AgencyKind.EARLY_HELP;
    }
}
