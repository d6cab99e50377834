package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import java.util.List;
import uk.joinedup.caseservice.agency.Actor;

/**
 * For each of many people described (the rows of an extract), the registered people who may be them, as
 * {@code viewer} is looking: answered with one list of {@link CandidatePerson} per description, in order. A
 * candidate shares an identifier, the date of birth (or it with the day and month swapped) or the postcode:
 * every lookup is one key's document, read for all the descriptions at once. A description whose identifier
 * names someone born on the day it gives has only the people its identifiers name: the identifier decides
 * (ADR 27), and the larger keys are not read.
 */
public record FindMatchCandidates(List<Described> described, Actor viewer) {

    public FindMatchCandidates {
        described = List.copyOf(described);
    }

    /** The candidates of each description, in the order of the descriptions; each list in person id order. */
    public record Found(List<List<CandidatePerson>> candidates) {

        public Found {
            candidates = List.copyOf(candidates);
        }
    }

    /** What a row says of someone; any part may be null. */
    public record Described(
            LocalDate dateOfBirth,
            String postcode,
            String nhsNumber,
            String nationalInsuranceNumber,
            String uniquePupilNumber) {}
}
