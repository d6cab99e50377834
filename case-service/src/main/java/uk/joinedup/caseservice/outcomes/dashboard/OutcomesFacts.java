package uk.joinedup.caseservice.outcomes.dashboard;

import java.util.Collection;
import java.util.List;
import uk.joinedup.caseservice.agency.Actor;

/**
 * The people of a caseload with the facts a viewer may see of them for measuring outcomes. The outcomes
 * feature knows other features only by their api, so the person and family records, consents, overrides and
 * agreements this needs are read by an adapter in {@code views.outcomes}, which applies the sharing policy
 * with the viewer {@linkplain uk.joinedup.caseservice.sharing.Viewer#forPurpose for the outcomes purpose}
 * (ADR 21), fact by fact.
 */
public interface OutcomesFacts {

    /**
     * The people asked for, as the viewer may see them; a person with no record, or with no date of birth,
     * is left out.
     *
     * @param familyIds the open families of the caseload: the viewer's relationship to each person goes by
     *     these
     * @param personIds the people of those families' households now
     */
    List<PersonInScope> visibleTo(Actor viewer, Collection<String> familyIds, Collection<String> personIds);

    /**
     * One summary of each person {@link #visibleTo} would give, in no particular order. A person's summary is
     * remembered while it would be the same: their facts, consents and overrides unchanged, the viewer the same
     * (agency, roles, the day), the agreements unchanged, the viewer's relationship to them the same, and the
     * summary's key equal. The sharing policy still decides what each summary is made from: a consent withdrawn
     * changes the person, an agreement ended changes the agreements, so the next request summarises them again.
     * Without a memory, every person is summarised on every request.
     */
    default <T> List<T> summarised(
            Actor viewer, Collection<String> familyIds, Collection<String> personIds, Summary<T> summary) {
        return summary.of(visibleTo(viewer, familyIds, personIds));
    }

    /**
     * A pure summary of people as a viewer may see them.
     *
     * @param <T> one person's summary
     */
    interface Summary<T> {

        /** Everything besides the people the summary depends on (the quarters, say): equal keys, equal summaries. */
        Object key();

        /** One summary per person, in the order given: a person's summary may depend on nobody else. */
        List<T> of(List<PersonInScope> people);
    }

    /**
     * Records in the access log (ADR 11) that the viewer was shown these people and their evidence, before
     * the answer leaves: a drill-down is a view of their records.
     *
     * @param what the measure and quarter, e.g. {@code ADULT_NOT_REOFFENDED 2026-Q4}
     */
    void logShown(Actor viewer, String what, Collection<PersonInScope> listed);
}
