package uk.joinedup.caseservice.person.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.BenefitClaimEnded;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.EsaGroup;
import uk.joinedup.caseservice.catalogue.EsaGroupChanged;
import uk.joinedup.caseservice.catalogue.LeftSchoolRoll;
import uk.joinedup.caseservice.catalogue.ParentRecorded;
import uk.joinedup.caseservice.catalogue.ParentsSeparated;
import uk.joinedup.caseservice.catalogue.RejoinedSchoolRoll;
import uk.joinedup.caseservice.catalogue.ReturnedToTreatment;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;
import uk.joinedup.caseservice.catalogue.TreatmentExited;
import uk.joinedup.caseservice.catalogue.TreatmentStarted;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.PersonId;

/**
 * The rules between a fact being recorded (or corrected) and the other live facts on the same person's
 * record: those the fact is checked against, leaving out the fact itself and retracted facts.
 */
final class RecordedFacts {

    private final PersonId personId;
    private final List<Map.Entry<FactId, RecordedFact>> others;

    /**
     * @param facts every fact on the record, in the order they were recorded
     * @param being the id of the fact being recorded or corrected
     */
    RecordedFacts(PersonId personId, FactId being, Map<FactId, RecordedFact> facts) {
        this.personId = personId;
        this.others = facts.entrySet().stream()
                .filter(entry ->
                        !entry.getKey().equals(being) && !entry.getValue().retracted())
                .toList();
    }

    /** Whether a rule between facts reads facts of this kind: the record keeps only those. */
    static boolean reads(AgencyFact fact) {
        return fact instanceof ParentRecorded
                || fact instanceof TermAttendanceRecorded
                || fact instanceof BenefitClaimStarted
                || fact instanceof BenefitClaimEnded
                || fact instanceof EsaGroupChanged
                || fact instanceof TreatmentStarted
                || fact instanceof ReturnedToTreatment
                || fact instanceof TreatmentExited;
    }

    void requireAnotherParent(ParentRecorded parent) {
        if (parent.parent().equals(personId.value())) {
            throw new ParentIsTheChild();
        }
        List<ParentRecorded> parents = facts(ParentRecorded.class).toList();
        if (parents.stream().anyMatch(recorded -> recorded.parent().equals(parent.parent()))) {
            throw new ParentAlreadyRecorded();
        }
        if (parent.birthParent()
                && parents.stream().filter(ParentRecorded::birthParent).count() >= 2) {
            throw new MoreThanTwoBirthParents();
        }
    }

    void requireRecordedParents(ParentsSeparated separated) {
        List<String> parents =
                facts(ParentRecorded.class).map(ParentRecorded::parent).toList();
        if (!parents.containsAll(separated.people())) {
            throw new ParentNotRecorded();
        }
    }

    /** The claim must be an open ESA claim on the date, in the other group. */
    void requireEsaGroupChange(EsaGroupChanged change, LocalDate on) {
        EsaGroup current = null;
        for (RecordedFact fact : upTo(on)) {
            if (fact.fact() instanceof BenefitClaimStarted started
                    && started.benefit().esaGroup() != null) {
                current = started.benefit().esaGroup();
            } else if (fact.fact() instanceof BenefitClaimEnded ended
                    && ended.benefit().esaGroup() != null) {
                current = null;
            } else if (fact.fact() instanceof EsaGroupChanged changed && current != null) {
                current = changed.group();
            }
        }
        if (current == null) {
            throw new NoEsaClaim(on);
        }
        if (current == change.group()) {
            throw new EsaGroupUnchanged(current);
        }
    }

    void requireFirstTreatmentIsFirst(TreatmentStarted start, LocalDate on) {
        boolean earlierStart = others.stream()
                .map(Map.Entry::getValue)
                .anyMatch(fact -> isTreatmentStart(fact) && !fact.occurredOn().isAfter(on));
        if (Boolean.TRUE.equals(start.firstTreatment()) && earlierStart) {
            throw new NotFirstTreatment();
        }
    }

    /** An exit names a start on this record, not after the exit, that no other exit has ended. */
    void requireOpenTreatmentStart(TreatmentExited exit, LocalDate on) {
        if (exit.start() == null) {
            return;
        }
        RecordedFact start = others.stream()
                .filter(entry -> entry.getKey().value().equals(exit.start()) && isTreatmentStart(entry.getValue()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(UnknownTreatmentStart::new);
        if (start.occurredOn().isAfter(on)) {
            throw new TreatmentExitBeforeStart();
        }
        if (facts(TreatmentExited.class).anyMatch(other -> exit.start().equals(other.start()))) {
            throw new TreatmentAlreadyExited();
        }
    }

    /**
     * Leaving and rejoining a school roll alternate in time, starting with leaving: a child leaves only while on
     * a roll and rejoins only while off one. Checked over every record of either with this one in its place (on
     * the same day, after those already recorded), so that a backdated record or a corrected date cannot put
     * a later one out of step.
     */
    void requireSchoolRollInStep(AgencyFact fact, LocalDate on) {
        List<RollChange> roll = new ArrayList<>(others.stream()
                .map(Map.Entry::getValue)
                .filter(other -> isSchoolRoll(other.kind()))
                .map(other -> new RollChange(other.occurredOn(), isLeaving(other.kind())))
                .toList());
        roll.add(new RollChange(on, fact instanceof LeftSchoolRoll));
        roll.sort(Comparator.comparing(RollChange::on));
        LocalDate offSince = null;
        for (RollChange change : roll) {
            if (change.leaving() && offSince != null) {
                throw new AlreadyOffSchoolRoll(offSince);
            }
            if (!change.leaving() && offSince == null) {
                throw new NotOffSchoolRoll(change.on());
            }
            offSince = change.leaving() ? change.on() : null;
        }
    }

    /** A record of leaving a school roll, or of rejoining one. */
    private record RollChange(LocalDate on, boolean leaving) {}

    private static boolean isSchoolRoll(String kind) {
        return kind.equals(LeftSchoolRoll.class.getSimpleName())
                || kind.equals(RejoinedSchoolRoll.class.getSimpleName());
    }

    private static boolean isLeaving(String kind) {
        return kind.equals(LeftSchoolRoll.class.getSimpleName());
    }

    private static boolean isTreatmentStart(RecordedFact fact) {
        return fact.fact() instanceof TreatmentStarted || fact.fact() instanceof ReturnedToTreatment;
    }

    /** The other facts dated on or before the day, by date and then in the order they were recorded. */
    private List<RecordedFact> upTo(LocalDate day) {
        return others.stream()
                .map(Map.Entry::getValue)
                .filter(fact -> !fact.occurredOn().isAfter(day))
                .sorted(Comparator.comparing(RecordedFact::occurredOn))
                .toList();
    }

    private <T> Stream<T> facts(Class<T> kind) {
        return others.stream()
                .map(entry -> entry.getValue().fact())
                .filter(kind::isInstance)
                .map(kind::cast);
    }
}
