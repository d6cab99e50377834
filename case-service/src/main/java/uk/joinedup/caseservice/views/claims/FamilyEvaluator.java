package uk.joinedup.caseservice.views.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.family.record.FamilyRecord.Assessment;
import uk.joinedup.caseservice.outcomes.claims.api.FamilyClaims.EvidenceFact;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.FamilyMember;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.outcomes.schemes.SchemeFamily;
import uk.joinedup.caseservice.outcomes.schemes.Schemes;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.record.PersonRecord;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;

/**
 * Evaluates a family under every scheme from its record and the facts of its current members that the sharing
 * policy disclosed to the viewer (the query handler discloses them): the schemes never see a fact the viewer
 * may not.
 *
 * <p>What the records give the schemes: the members now, with their dates of birth and live facts
 * (corrections applied, retractions left out); the day the case opened as the day the family joined; the
 * current lead professional's start, the first whole-family assessment and the current plan's agreement for
 * Supporting Families. An expectant parent is read by the scheme from the members' pregnancy facts, so only a
 * pregnancy the viewer may see for measuring outcomes makes a family eligible.
 */
@Component
class FamilyEvaluator {

    private final Schemes schemes;

    FamilyEvaluator(Schemes schemes) {
        this.schemes = schemes;
    }

    /** Every scheme, by file name. */
    List<Scheme> schemes() {
        return schemes.all();
    }

    /**
     * @param visible each current member's facts as the sharing policy disclosed them to the viewer, by person id
     */
    EvaluatedFamily evaluate(
            FamilyRecord family,
            Map<String, PersonRecord> people,
            Map<String, Disclosed<ChronologyEntry>> visible,
            LocalDate today) {
        List<FamilyMember> members = new ArrayList<>();
        Map<String, EvidenceFact> evidence = new HashMap<>();
        Set<String> memberIds = new LinkedHashSet<>();
        List<Disclosed<?>> disclosed = new ArrayList<>();
        for (Map.Entry<String, Disclosed<ChronologyEntry>> member : visible.entrySet()) {
            PersonRecord person = people.get(member.getKey());
            memberIds.add(person.personId());
            disclosed.add(member.getValue());
            String name = person.details().name().fullName();
            List<DatedFact<?>> dated = new ArrayList<>();
            for (ChronologyEntry entry : member.getValue().visible()) {
                dated.add(new DatedFact<>(new FactId(entry.entryId()), entry.occurredOn(), entry.fact()));
                evidence.put(
                        entry.entryId(),
                        new EvidenceFact(
                                entry.entryId(),
                                person.personId(),
                                name,
                                entry.kind(),
                                entry.occurredOn(),
                                entry.owningAgencyName()));
            }
            members.add(new FamilyMember(
                    new PersonId(person.personId()), person.details().dateOfBirth(), dated));
        }
        Map<Scheme, Evaluation> evaluations = new LinkedHashMap<>();
        LocalDate attachedOn = family.openedOn();
        if (attachedOn != null && !today.isBefore(attachedOn)) {
            SchemeFamily schemeFamily = new SchemeFamily(
                    members,
                    family.lead() == null ? null : family.lead().since(),
                    family.assessments().stream()
                            .map(Assessment::completedOn)
                            .min(LocalDate::compareTo)
                            .orElse(null),
                    family.plan() == null ? null : family.plan().agreedOn());
            for (Scheme scheme : schemes.all()) {
                evaluations.put(scheme, scheme.evaluate(schemeFamily, attachedOn, today));
            }
        }
        return new EvaluatedFamily(family, evaluations, evidence, memberIds, disclosed);
    }
}
