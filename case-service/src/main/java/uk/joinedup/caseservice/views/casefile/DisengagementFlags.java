package uk.joinedup.caseservice.views.casefile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.engagement.Disengagement;
import uk.joinedup.caseservice.engagement.DisengagementFlag;
import uk.joinedup.caseservice.engagement.DisengagementProperties;
import uk.joinedup.caseservice.family.api.DisengagementFollowedUp;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.CaseStatus;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.person.record.PersonRecords;
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Whether a disengagement rule flags a family's open case, from the facts of its members that the viewer may see
 * (issue 14): on the family's page, and as a task to follow up on the caseloads of those who must.
 */
@Component
public class DisengagementFlags {

    private final PersonRecords people;
    private final CaseFileSharing sharing;
    private final DisengagementProperties rules;

    DisengagementFlags(PersonRecords people, CaseFileSharing sharing, DisengagementProperties rules) {
        this.people = people;
        this.sharing = sharing;
        this.rules = rules;
    }

    /**
     * The flag on each of these families' open cases, as the viewer may see their members' facts today: by family
     * id, in the order given; a family without a flag is left out. Reads the members' records in one go.
     */
    public Map<String, DisengagementFlag> raisedOn(Actor actor, List<FamilyRecord> families) {
        List<FamilyRecord> open = families.stream()
                .filter(family -> family.status() == CaseStatus.OPEN)
                .toList();
        Map<String, PersonRecord> members = people
                .findAll(open.stream()
                        .flatMap(family -> family.members().keySet().stream())
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(PersonRecord::personId, Function.identity()));
        Viewer viewer = sharing.viewer(actor);
        Disclosure disclosure = sharing.disclosure();
        Map<String, DisengagementFlag> raised = new LinkedHashMap<>();
        for (FamilyRecord family : open) {
            List<ChronologyEntry> visible = family.members().values().stream()
                    .filter(member -> members.containsKey(member.personId()))
                    .flatMap(member -> sharing
                            .whileMember(viewer, disclosure, family, member, members.get(member.personId()))
                            .disclosed()
                            .visible()
                            .stream())
                    .toList();
            DisengagementFlag flag = of(family, visible);
            if (flag != null) {
                raised.put(family.familyId(), flag);
            }
        }
        return raised;
    }

    /** The flag a rule raises on the open case from the members' entries the viewer may see, or null. */
    DisengagementFlag of(FamilyRecord family, List<ChronologyEntry> visible) {
        if (family.status() != CaseStatus.OPEN) {
            return null;
        }
        List<Disengagement.Fact> facts = visible.stream()
                .filter(ChronologyEntry::standingFactAboutAPerson)
                .map(entry -> new Disengagement.Fact(entry.kind(), entry.occurredOn()))
                .toList();
        LocalDate lastFollowUp = family.entries().values().stream()
                .filter(entry -> entry.kind().equals(DisengagementFollowedUp.class.getSimpleName()))
                .map(ChronologyEntry::occurredOn)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return Disengagement.of(facts, family.openedOn(), lastFollowUp, rules.rules())
                .orElse(null);
    }
}
