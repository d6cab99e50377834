package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Who the person is, as recorded now.
 *
 * @param identifiers their national identifiers by name (NHS number, National Insurance number, Unique Pupil
 *     Number), those recorded only
 * @param address their address as one line, or null
 * @param registeredBy the agency that registered them
 * @param history their identity record's entries: registration, corrections (with their reasons), death
 */
public record HeldIdentity(
        String givenNames,
        String familyName,
        LocalDate dateOfBirth,
        String sexOrGender,
        String address,
        Map<String, String> identifiers,
        LocalDate dateOfDeath,
        String registeredBy,
        List<HeldItem> history) {}
