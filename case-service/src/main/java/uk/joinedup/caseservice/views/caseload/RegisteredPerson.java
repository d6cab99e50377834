package uk.joinedup.caseservice.views.caseload;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person the user registered, at a glance.
 *
 * @param registeredAt when they were registered
 */
public record RegisteredPerson(String personId, String name, LocalDate dateOfBirth, Instant registeredAt) {}
