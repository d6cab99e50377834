package uk.joinedup.caseservice.accesslog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.accesslog.AccessRecord.Viewed;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.WithheldReason;

/** Access records in the domain's words, for tests. */
final class Views {

    static final ZoneId UK = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-12-02T10:15:30.123Z");

    private Views() {}

    /** Jo Carter of probation looks at the person at the moment. */
    static AccessRecord personView(String personId, Instant at) {
        return view("jo.carter", "Jo Carter", "southampton-probation", personId, at);
    }

    static AccessRecord view(String userId, String userName, String agency, String personId, Instant at) {
        return new AccessRecord(
                at,
                userId,
                userName,
                new AgencyId(agency),
                Viewed.PERSON,
                personId,
                Set.of(personId),
                Map.of(
                        InformationCategory.IDENTITY, EnumSet.of(Basis.OWN_AGENCY, Basis.MATCHING),
                        InformationCategory.OFFENDING, EnumSet.of(Basis.OWN_AGENCY)),
                Map.of(InformationCategory.HEALTH, EnumSet.of(WithheldReason.NO_EXPLICIT_CONSENT)),
                List.of("consent:c-1", "agreement:a-1/v2"),
                null);
    }

    /** A family view that showed its members. */
    static AccessRecord familyView(String familyId, Set<String> members, Instant at) {
        return new AccessRecord(
                at,
                "sam.patel",
                "Sam Patel",
                new AgencyId("southampton-early-help"),
                Viewed.FAMILY,
                familyId,
                members,
                Map.of(InformationCategory.FAMILY, EnumSet.of(Basis.TEAM_AROUND_THE_FAMILY)),
                Map.of(),
                List.of(),
                null);
    }

    /** Jo Carter searched, and the results showed these people (none: person-1 and person-2). */
    static AccessRecord search(Instant at, String text, String... shown) {
        return new AccessRecord(
                at,
                "jo.carter",
                "Jo Carter",
                new AgencyId("southampton-probation"),
                Viewed.PERSON_SEARCH,
                null,
                shown.length == 0 ? Set.of("person-1", "person-2") : Set.of(shown),
                Map.of(InformationCategory.IDENTITY, EnumSet.of(Basis.MATCHING)),
                Map.of(),
                List.of(),
                text);
    }

    /** The view as a record of format 1 (written before format 2) is placed in the chain: it hashes its search text. */
    static LoggedAccess inFormatOne(AccessRecord view) {
        LoggedAccess record = LoggedAccess.unchained(view);
        return new LoggedAccess(
                0,
                ChainHash.SEARCH_TEXT_HASHED,
                record.at(),
                record.userId(),
                record.userName(),
                record.agency(),
                record.what(),
                record.subjectId(),
                record.personIds(),
                record.shown(),
                record.withheld(),
                record.references(),
                record.search(),
                null,
                null,
                null,
                null,
                null);
    }

    /** The instant of a UK wall-clock time. */
    static Instant uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UK).toInstant();
    }
}
