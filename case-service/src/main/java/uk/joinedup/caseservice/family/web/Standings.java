package uk.joinedup.caseservice.family.web;

import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.family.api.FamilyId;
import uk.joinedup.caseservice.family.api.Standing;
import uk.joinedup.caseservice.family.record.FamilyRecords;
import uk.joinedup.caseservice.person.api.IsPersonRegistered;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.rules.NoSuchRecord;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * What the adapter decides before a change to who is involved reaches the family: the actor's {@link
 * Standing} in the case, read from the family's record (the aggregate decides the rest from its own
 * lead and team), and that a person to be added to the household is registered.
 */
@Component
class Standings {

    private final FamilyRecords families;
    private final QueryGateway queries;
    private final Clock clock;

    Standings(FamilyRecords families, QueryGateway queries, Clock clock) {
        this.families = families;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * @throws NoSuchRecord when there is no such family
     */
    Standing of(FamilyId familyId, Actor actor) {
        return families.find(familyId.value())
                .orElseThrow(NoSuchRecord::new)
                .standingOf(Viewer.of(actor, clock.instant()));
    }

    /**
     * That a person exists is shown to every practitioner (the person index matches by name), so asking
     * before the family decides whether the actor may add them tells nothing new.
     *
     * @throws PersonNotRegistered when nobody with this id is registered
     */
    void requireRegistered(PersonId personId) {
        if (!Boolean.TRUE.equals(
                queries.query(new IsPersonRegistered(personId), Boolean.class).join())) {
            throw new PersonNotRegistered();
        }
    }
}
