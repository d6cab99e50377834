package uk.joinedup.caseservice.outcomes.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.ClaimEndReason;
import uk.joinedup.caseservice.catalogue.Disposal;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.JobEnded;
import uk.joinedup.caseservice.catalogue.JobStarted;
import uk.joinedup.caseservice.catalogue.OffenceProven;
import uk.joinedup.caseservice.catalogue.ReleasedFromCustody;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.Substance;
import uk.joinedup.caseservice.catalogue.TreatmentExit;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.catalogue.UniversalCreditRegime;
import uk.joinedup.caseservice.outcomes.facts.DatedFact;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/** A person for an indicator fixture, written in the domain's words: facts get ids {@code <name>-1, -2…}. */
final class Someone {

    private final String name;
    private final LocalDate born;
    private final List<DatedFact<?>> facts = new ArrayList<>();

    private Someone(String name, LocalDate born) {
        this.name = name;
        this.born = born;
    }

    static Someone born(String name, LocalDate born) {
        return new Someone(name, born);
    }

    static PersonId id(String name) {
        return new PersonId(name);
    }

    static FactId fact(String id) {
        return new FactId(id);
    }

    Someone had(LocalDate on, AgencyFact fact) {
        facts.add(new DatedFact<>(new FactId(name + "-" + (facts.size() + 1)), on, fact));
        return this;
    }

    Someone releasedFromCustody(LocalDate on) {
        return had(on, new ReleasedFromCustody("HMP Winchester", true));
    }

    Someone provenOffence(LocalDate committed, LocalDate proven, Disposal disposal) {
        return had(proven, new OffenceProven("Theft", committed, disposal));
    }

    Someone startedJob(LocalDate on) {
        return had(on, new JobStarted("Employer", 20));
    }

    Someone leftJob(LocalDate on) {
        return had(on, new JobEnded(null));
    }

    Someone startedTreatment(LocalDate on, Boolean first) {
        return had(on, new TreatmentStarted(Substance.DRUGS, first));
    }

    /** Leaves the treatment episode started by this person's fact number {@code start}. */
    Someone exitedTreatment(LocalDate on, TreatmentExit exit, int start) {
        return had(on, new TreatmentExited(exit, name + "-" + start));
    }

    Someone returnedToTreatment(LocalDate on) {
        return had(on, new ReturnedToTreatment(Substance.DRUGS));
    }

    Someone startedClaim(LocalDate on, Benefit benefit) {
        return had(on, new BenefitClaimStarted(benefit));
    }

    Someone startedUniversalCredit(LocalDate on, UniversalCreditRegime regime) {
        return had(on, new BenefitClaimStarted(Benefit.UNIVERSAL_CREDIT, regime));
    }

    Someone endedClaim(LocalDate on, Benefit benefit) {
        return had(on, new BenefitClaimEnded(benefit, ClaimEndReason.OTHER));
    }

    Someone movedEsaGroup(LocalDate on, EsaGroup group) {
        return had(on, new EsaGroupChanged(group));
    }

    PersonFacts facts() {
        return new PersonFacts(new PersonId(name), born, facts);
    }
}
