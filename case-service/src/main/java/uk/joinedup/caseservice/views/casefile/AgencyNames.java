package uk.joinedup.caseservice.views.casefile;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.family.api.TeamMember;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.person.record.PersonRecord;

/**
 * The names of the agencies involved with a person, as their record and their families' teams name them
 * (which agencies are involved is shown to every practitioner). An agency not named there goes by its id.
 * Until case-service has the agency directory, this is where names come from.
 */
final class AgencyNames {

    private final Map<AgencyId, String> names = new HashMap<>();

    AgencyNames(PersonRecord person, Collection<FamilyRecord> theirFamilies) {
        person.entries().values().forEach(entry -> names.putIfAbsent(entry.owningAgency(), entry.owningAgencyName()));
        for (FamilyRecord family : theirFamilies) {
            for (TeamMember member : family.team().values()) {
                names.putIfAbsent(member.agency(), member.agencyName());
            }
        }
    }

    void add(AgencyId agency, String name) {
        if (name != null) {
            names.putIfAbsent(agency, name);
        }
    }

    String of(AgencyId agency) {
        return names.getOrDefault(agency, agency.value());
    }
}
