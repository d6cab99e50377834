package uk.joinedup.webui.caseservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One page of the people the user registered, 50 a page, newest first. */
public record RegisteredPeoplePage(List<RegisteredPerson> items, int page, long totalResults, int totalPages) {

    public RegisteredPeoplePage {
        items = items == null ? List.of() : items;
    }

    /** A person the user registered, and when. */
    public record RegisteredPerson(String personId, String name, LocalDate dateOfBirth, Instant registeredAt) {}
}
