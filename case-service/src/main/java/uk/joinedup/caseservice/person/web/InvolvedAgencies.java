package uk.joinedup.caseservice.person.web;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.TeamAgencies;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.rules.NoSuchRecord;

/**
 * Who may change a person's own record (their details, their death): the agencies involved with them —
 * the agency that registered them, every agency that recorded something about them, and the agencies on
 * the team around any household they are in now. Anyone else is answered as if the person did not
 * exist, before any other check, so that a refusal never confirms what is held about them.
 */
@Component
class InvolvedAgencies {

    private final PersonRecords people;
    private final TeamAgencies teams;

    InvolvedAgencies(PersonRecords people, TeamAgencies teams) {
        this.people = people;
        this.teams = teams;
    }

    /**
     * @throws NoSuchRecord when the person is unknown or the actor's agency is not involved with them
     */
    void require(String personId, Actor actor) {
        PersonRecord person = people.find(personId).orElseThrow(NoSuchRecord::new);
        if (!of(person).contains(actor.agency())) {
            throw new NoSuchRecord();
        }
    }

    private Set<AgencyId> of(PersonRecord person) {
        Set<AgencyId> involved = new HashSet<>();
        involved.add(person.registeredBy());
        person.entries().values().stream().map(ChronologyEntry::owningAgency).forEach(involved::add);
        involved.addAll(teams.around(person.personId()));
        return involved;
    }
}
