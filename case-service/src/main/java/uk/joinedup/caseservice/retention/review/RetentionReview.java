package uk.joinedup.caseservice.retention.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import uk.joinedup.caseservice.personaldata.DataSubject;
import uk.joinedup.caseservice.personaldata.ErasureId;
import uk.joinedup.caseservice.retention.due.DueSubject;
import uk.joinedup.caseservice.retention.due.RetentionDue;
import uk.joinedup.caseservice.retention.erasure.api.Erasures;
import uk.joinedup.caseservice.retention.erasure.api.ProposeErasure;
import uk.joinedup.caseservice.retention.erasure.api.WithdrawErasure;
import uk.joinedup.caseservice.retention.erasure.record.ErasureRecords;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Proposes erasing everyone whose retention has ended by today, once a day (by default at 02:00 UK time;
 * {@code joinedup.retention.review.cron}, {@code -} for never). A subject already proposed is skipped: their
 * erasure is named after them, so a second proposal, even from another instance at the same moment, is refused
 * and counted as skipped. A proposal or hold whose subject is no longer due (a case reopened, a new fact) is
 * withdrawn, and proposed again on the day they are due again. Logs counts only, never an id or a name.
 */
@Configuration
@EnableScheduling
public class RetentionReview {

    private static final Logger log = LoggerFactory.getLogger(RetentionReview.class);

    private final RetentionDue due;
    private final ErasureRecords erasures;
    private final CommandGateway commands;
    private final Clock clock;

    RetentionReview(RetentionDue due, ErasureRecords erasures, CommandGateway commands, Clock clock) {
        this.due = due;
        this.erasures = erasures;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(cron = "${joinedup.retention.review.cron:0 0 2 * * *}", zone = "Europe/London")
    void daily() {
        review(LocalDate.now(clock));
    }

    /** Proposes erasing everyone due by {@code day} and not yet proposed; what it did, in numbers. */
    public Outcome review(LocalDate day) {
        List<DueSubject> found = due.by(day);
        Set<String> duePeople = found.stream()
                .filter(subject -> subject.kind().equals("person"))
                .map(DueSubject::id)
                .collect(Collectors.toSet());
        int proposed = 0;
        int skipped = 0;
        int waiting = 0;
        for (DueSubject subject : found) {
            DataSubject dataSubject = subjectOf(subject);
            ErasureId erasureId = Erasures.idFor(dataSubject);
            if (erasures.exists(erasureId.value())) {
                skipped++;
            } else if (dataSubject.kind() == DataSubject.Kind.FAMILY && !membersDone(subject.id(), duePeople)) {
                waiting++;
            } else if (propose(erasureId, dataSubject, subject, day)) {
                proposed++;
            } else {
                skipped++;
            }
        }
        int withdrawn = withdrawNoLongerDue(found, day);
        Outcome outcome = new Outcome(found.size(), proposed, skipped, waiting, withdrawn);
        log.info(
                "Retention review for {}: {} due, {} proposed for erasure, {} already proposed, {} families"
                        + " waiting for their members, {} proposals withdrawn as no longer due",
                day,
                outcome.due(),
                outcome.proposed(),
                outcome.alreadyProposed(),
                outcome.familiesWaiting(),
                outcome.withdrawn());
        return outcome;
    }

    /** Withdraws the proposed and held erasures of subjects not among those due; how many it withdrew. */
    private int withdrawNoLongerDue(List<DueSubject> found, LocalDate day) {
        Set<String> stillDue = found.stream()
                .map(subject -> Erasures.idFor(subjectOf(subject)).value())
                .collect(Collectors.toSet());
        int withdrawn = 0;
        for (String open : erasures.open()) {
            if (stillDue.contains(open)) {
                continue;
            }
            try {
                commands.sendAndWait(new WithdrawErasure(new ErasureId(open), day));
                withdrawn++;
            } catch (RuleViolation decidedMeanwhile) {
                // approved, or withdrawn by another instance, since the list was read: nothing to withdraw
            }
        }
        return withdrawn;
    }

    private static DataSubject subjectOf(DueSubject subject) {
        return subject.kind().equals("person") ? DataSubject.person(subject.id()) : DataSubject.family(subject.id());
    }

    /** Whether everyone who has belonged to the family is due as well, or proposed for erasure already. */
    private boolean membersDone(String familyId, Set<String> duePeople) {
        return due.membersOf(familyId).stream()
                .allMatch(member -> duePeople.contains(member)
                        || erasures.exists(
                                Erasures.idFor(DataSubject.person(member)).value()));
    }

    /** Whether this proposal was the first: false if the subject was proposed meanwhile. */
    private boolean propose(ErasureId erasureId, DataSubject dataSubject, DueSubject subject, LocalDate day) {
        try {
            commands.sendAndWait(new ProposeErasure(
                    erasureId, dataSubject, subject.schedule().id(), subject.endedOn(), day));
            return true;
        } catch (ConcurrencyException alreadyCreated) {
            return false;
        } catch (RuleViolation refused) {
            if (refused.code().equals("erasure-already-proposed")) {
                return false;
            }
            throw refused;
        }
    }

    /**
     * What one review did.
     *
     * @param due the people and families whose retention had ended
     * @param proposed proposed for erasure now
     * @param alreadyProposed proposed before, whatever they stand at now
     * @param familiesWaiting families due whose current or former members are not all due yet
     * @param withdrawn proposals and holds withdrawn because their subject is no longer due
     */
    public record Outcome(int due, int proposed, int alreadyProposed, int familiesWaiting, int withdrawn) {}
}
