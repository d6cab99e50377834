package uk.joinedup.caseservice.family.membership;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.TeamAgencies;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.record.FamilyRecords;

/** The agencies on the teams around the households a person is in now: one look-up per household. */
@Component
class TeamsAroundPeople implements TeamAgencies {

    private final Memberships memberships;
    private final FamilyRecords families;

    TeamsAroundPeople(Memberships memberships, FamilyRecords families) {
        this.memberships = memberships;
        this.families = families;
    }

    @Override
    public Set<AgencyId> around(String personId) {
        return families.findAll(memberships.currentFamiliesOf(personId)).stream()
                .flatMap(family -> family.team().values().stream())
                .map(TeamMember::agency)
                .collect(Collectors.toSet());
    }
}
