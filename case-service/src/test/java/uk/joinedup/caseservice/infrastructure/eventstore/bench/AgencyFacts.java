package uk.joinedup.caseservice.infrastructure.eventstore.bench;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.AntiSocialBehaviourReported;
import uk.joinedup.caseservice.catalogue.Benefit;
import uk.joinedup.caseservice.catalogue.BenefitClaimStarted;
import uk.joinedup.caseservice.catalogue.CaseNoteWritten;
import uk.joinedup.caseservice.catalogue.RentArrearsRecorded;
import uk.joinedup.caseservice.catalogue.Term;
import uk.joinedup.caseservice.catalogue.TermAttendanceRecorded;

/**
 * What each agency records, in roughly the proportions a chronology shows: case notes from everyone,
 * and each agency's own facts (attendance from the school, claims from Jobcentre Plus, arrears and
 * anti-social behaviour from housing).
 */
final class AgencyFacts {

    private static final List<String> NOTE_PHRASES = List.of(
            "Home visit; engaged well and agreed the next steps.",
            "Missed appointment, letter sent with a new date.",
            "Attended the job club and applied for two warehouse roles.",
            "School reports attendance up to 91% this half term.",
            "Rent arrears plan agreed with the housing officer.",
            "Discussed the support plan goals with the family.");

    private AgencyFacts() {}

    /** A fact the actor's agency may record: a case note half the time, otherwise one of its own kinds. */
    static AgencyFact recordableBy(Actor actor, RandomGenerator random) {
        List<Function<RandomGenerator, AgencyFact>> own = ownKinds(actor);
        if (own.isEmpty() || random.nextBoolean()) {
            return caseNote(random);
        }
        return own.get(random.nextInt(own.size())).apply(random);
    }

    static CaseNoteWritten caseNote(RandomGenerator random) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(6);
        for (int sentence = 0; sentence < sentences; sentence++) {
            text.append(NOTE_PHRASES.get(random.nextInt(NOTE_PHRASES.size()))).append(' ');
        }
        return new CaseNoteWritten(text.toString().strip());
    }

    private static List<Function<RandomGenerator, AgencyFact>> ownKinds(Actor actor) {
        return switch (actor.agencyKind()) {
            case HOUSING ->
                List.of(
                        random -> new RentArrearsRecorded(50 + random.nextInt(3000)),
                        random -> new AntiSocialBehaviourReported("Noise complaint from neighbours, late evening."));
            case JOBCENTRE_PLUS ->
                List.of(random ->
                        new BenefitClaimStarted(Benefit.values()[random.nextInt(Benefit.UNIVERSAL_CREDIT.ordinal())]));
            case EDUCATION ->
                List.of(random -> {
                    int authorised = random.nextInt(10);
                    return new TermAttendanceRecorded(
                            "2025/26",
                            Term.values()[random.nextInt(Term.values().length)],
                            70,
                            authorised,
                            random.nextInt(20));
                });
            case EARLY_HELP -> List.of(random -> new AntiSocialBehaviourReported("Reported shouting in the street."));
            default -> List.of();
        };
    }
}
