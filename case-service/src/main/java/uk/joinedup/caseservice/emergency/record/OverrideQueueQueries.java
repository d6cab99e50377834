package uk.joinedup.caseservice.emergency.record;

import java.time.Clock;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;
import uk.joinedup.caseservice.sharing.WorkingRelationship;

/**
 * The review queue: to an information-governance officer every override awaiting review; to a team
 * manager those that opened their own agency's entries; to nobody else any. Overrides are sharing
 * records and go through the policy: an officer sees them on the information-governance basis; to a
 * manager, an override in the queue is the notice to their agency of what it opened of their agency's
 * entries, so it is described as their agency's record.
 */
@Component
class OverrideQueueQueries {

    private static final Subject IN_THE_QUEUE = Subject.related(WorkingRelationship.NONE);

    private final OverrideRecords overrides;
    private final Disclosure disclosure = Disclosure.withoutAgreements();
    private final Clock clock;

    OverrideQueueQueries(OverrideRecords overrides, Clock clock) {
        this.overrides = overrides;
        this.clock = clock;
    }

    @QueryHandler
    List<OverrideSummary> handle(FindOverridesAwaitingReview query) {
        Viewer viewer = Viewer.of(query.viewer(), clock.instant());
        boolean officer = viewer.informationGovernance();
        if (!officer && !viewer.manager()) {
            return List.of();
        }
        List<OverrideRecord> mine = overrides.awaitingReview().stream()
                .filter(override -> officer || override.openedAgencies().contains(viewer.agency()))
                .filter(override -> !override.userId().equals(viewer.userId()))
                .toList();
        return disclosure
                .disclose(
                        viewer,
                        mine,
                        override -> IN_THE_QUEUE,
                        override -> officer
                                ? SharedEntry.sharingRecord(override.agency(), override.agencyKind(), null)
                                : SharedEntry.sharingRecord(viewer.agency(), viewer.agencyKind(), null))
                .visible()
                .stream()
                .map(override -> OverrideSummary.of(override, viewer.now()))
                .toList();
    }
}
