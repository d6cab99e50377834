package uk.joinedup.caseservice.accesslog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.sharing.Basis;
import uk.joinedup.caseservice.sharing.WithheldReason;

/**
 * One view of a record, or one identity search, as the access log keeps it.
 *
 * @param at when
 * @param userId who looked
 * @param userName their name
 * @param agency their agency
 * @param what what they looked at
 * @param subjectId the person or family id; for a search, null; for outcomes' people, the measure and quarter
 * @param personIds the people whose information the view showed (a family view shows its members)
 * @param shown the categories shown, each with the bases it was shown on
 * @param withheld the categories withheld, each with the reasons
 * @param references the consents, agreement versions and overrides the bases rested on
 * @param search for a search, what was searched for; otherwise null
 */
public record AccessRecord(
        Instant at,
        String userId,
        String userName,
        AgencyId agency,
        Viewed what,
        String subjectId,
        Set<String> personIds,
        Map<InformationCategory, Set<Basis>> shown,
        Map<InformationCategory, Set<WithheldReason>> withheld,
        List<String> references,
        String search) {

    /** What was looked at. */
    public enum Viewed {
        PERSON,
        FAMILY,
        PERSON_AS_AT,
        FAMILY_AS_AT,
        PERSON_SEARCH,
        FAMILY_SEARCH,
        /** The people an outcome measure counted in a quarter, with their evidence (the dashboard's drill-down). */
        OUTCOMES_PEOPLE,
        /** The families who may meet a programme's criteria, with the facts that matched (ADR 29). */
        EARLY_IDENTIFICATION,
        /** A subject access response: everything held about the person, assembled by an officer to answer them (ADR 32). */
        SUBJECT_ACCESS
    }
}
