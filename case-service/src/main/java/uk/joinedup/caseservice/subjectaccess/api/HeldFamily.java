package uk.joinedup.caseservice.subjectaccess.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A family the person is in or was in (then {@code leftOn} says when they left), and what its record holds: the family's own entries, its assessments, plan and
 * reviews, and the other members' facts (redacted, as theirs).
 *
 * @param relationship the person's place in the family, as recorded
 * @param otherMembers how many other people are in it; who they are is theirs
 * @param items the family's record, newest first
 */
public record HeldFamily(
        String familyId,
        String name,
        String relationship,
        LocalDate joinedOn,
        LocalDate leftOn,
        int otherMembers,
        List<HeldItem> items) {}
