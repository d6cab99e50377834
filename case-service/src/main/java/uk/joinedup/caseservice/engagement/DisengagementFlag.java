package uk.joinedup.caseservice.engagement;

import java.time.LocalDate;

/**
 * The family has stopped engaging by a rule, and nobody has followed it up since.
 *
 * @param rule the rule in words
 * @param facts how many facts of the rule's kind fell within its days
 * @param from the first of them
 * @param to the last of them: a follow-up on or after this day clears the flag
 */
public record DisengagementFlag(String rule, int facts, LocalDate from, LocalDate to) {}
