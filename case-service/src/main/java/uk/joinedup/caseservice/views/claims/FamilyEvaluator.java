package uk.joinedup.caseservice.views.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.joinedup.caseservice.family.record.FamilyRecord;
import uk.joinedup.caseservice.outcomes.dashboard.PersonInScope;
import uk.joinedup.caseservice.outcomes.schemes.Evaluation;
import uk.joinedup.caseservice.outcomes.schemes.FamilyMember;
import uk.joinedup.caseservice.outcomes.schemes.Scheme;
import uk.joinedup.caseservice.outcomes.schemes.SchemeFamily;
import uk.joinedup.caseservice.outcomes.schemes.Schemes;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * Evaluates a family under every scheme from its record and the facts of its current members that the sharing
 * policy showed the viewer (the query handler asks for them): the schemes never see a fact the viewer may not.
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

    /** @param members the family's current members as the sharing policy showed them to the viewer */
    EvaluatedFamily evaluate(FamilyRecord family, List<PersonInScope> members, LocalDate today) {
        Map<Scheme, Evaluation> evaluations = new LinkedHashMap<>();
        LocalDate attachedOn = family.openedOn();
        if (attachedOn != null && !today.isBefore(attachedOn)) {
            SchemeFamily schemeFamily = new SchemeFamily(
                    members.stream()
                            .map(member -> new FamilyMember(
                                    new PersonId(member.personId()),
                                    member.name(),
                                    member.dateOfBirth(),
                                    member.facts().facts()))
                            .toList(),
                    family.lead() == null ? null : family.lead().since(),
                    family.firstAssessedOn(),
                    family.plan() == null ? null : family.plan().agreedOn());
            for (Scheme scheme : schemes.all()) {
                evaluations.put(scheme, scheme.evaluate(schemeFamily, attachedOn, today));
            }
        }
        return new EvaluatedFamily(family, evaluations, members);
    }
}
