package uk.joinedup.caseservice.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import uk.joinedup.caseservice.rules.RuleViolation;

/**
 * Consent is reviewed with the person at least every {@link #LONGEST}: a consent lasting longer must be
 * given again.
 */
class ConsentTooLong extends RuleViolation {

    /** The longest a consent may last, from its first day to its last. */
    static final Period LONGEST = Period.ofYears(3);

    ConsentTooLong(LocalDate latestEnd) {
        super(
                "consent-too-long",
                "A consent can last at most " + LONGEST.getYears() + " years: its last day can be no later than "
                        + inWords(latestEnd));
    }

    /** Whether a consent over these days lasts too long. */
    static boolean tooLong(LocalDate validFrom, LocalDate validUntil) {
        return validUntil.isAfter(latestEnd(validFrom));
    }

    static LocalDate latestEnd(LocalDate validFrom) {
        return validFrom.plus(LONGEST);
    }
}
