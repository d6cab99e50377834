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
import uk.joinedup.caseservice.family.record.FamilyRecord.Member;
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
import uk.joinedup.caseservice.sharing.Disclosure;
import uk.joinedup.caseservice.sharing.Disclosure.Disclosed;
import uk.joinedup.caseservice.sharing.SharedEntry;
import uk.joinedup.caseservice.sharing.Subject;
import uk.joinedup.caseservice.sharing.Viewer;

/**
 * Evaluates a family under every scheme from its record and its current members' records, after the sharing
 * policy has filtered each member's facts for the viewer: the schemes never see a fact the viewer may not.
 *
 * <p>What the records give the schemes: the members now, with their dates of birth and live facts
 * (corrections applied, retractions left out); the day the case opened as the day the family joined; the
 * current lead professional's start, the first whole-family assessment and the current plan's agreement for
 * Supporting Families. No fact records an expectant parent yet.
 */
@Component
class FamilyEvaluator {

    private final Schemes schemes;
    private final ClaimsSharing sharing;

    FamilyEvaluator(Schemes schemes, ClaimsSharing sharing) {
        this.schemes = schemes;
        this.sharing = sharing;
    }

    /** Every scheme, by file name. */
    List<Scheme> schemes() {
        return schemes.all();
    }

    EvaluatedFamily evaluate(
            Viewer viewer,
            Disclosure disclosure,
            FamilyRecord family,
            Map<String, PersonRecord> people,
            LocalDate today) {
        List<FamilyMember> members = new ArrayList<>();
        Map<String, EvidenceFact> evidence = new HashMap<>();
        Set<String> memberIds = new LinkedHashSet<>();
        List<Disclosed<?>> disclosed = new ArrayList<>();
        for (Member member : family.members().values()) {
            PersonRecord person = people.get(member.personId());
            if (!member.current() || person == null) {
                continue;
            }
            memberIds.add(person.personId());
            List<ChronologyEntry> facts = person.entries().values().stream()
                    .filter(entry -> entry.fact() != null && !entry.retracted())
                    .toList();
            Subject[] subject = new Subject[1];
            Disclosed<ChronologyEntry> visible = disclosure.disclose(
                    viewer,
                    facts,
                    entry -> subject[0] == null ? subject[0] = sharing.member(viewer, family, person) : subject[0],
                    FamilyEvaluator::describe);
            disclosed.add(visible);
            String name = person.details().name().fullName();
            List<DatedFact<?>> dated = new ArrayList<>();
            for (ChronologyEntry entry : visible.visible()) {
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
                    false,
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

    private static SharedEntry describe(ChronologyEntry entry) {
        return SharedEntry.agencyRecord(
                entry.owningAgency(), entry.owningAgencyKind(), entry.category(), entry.occurredOn());
    }
}
