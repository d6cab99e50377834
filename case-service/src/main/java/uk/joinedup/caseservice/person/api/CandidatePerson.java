package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered person as the index knows them, to decide whether a row of an extract is about them: identity
 * and identifiers, which the index shows anyone who may see that a person exists (ADR 6).
 *
 * @param previousNames full names they were recorded under before a correction, oldest first
 */
public record CandidatePerson(
        String personId,
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String postcode,
        String nhsNumber,
        String nationalInsuranceNumber,
        String uniquePupilNumber,
        List<String> previousNames) {}
