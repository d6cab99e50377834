package uk.joinedup.caseservice.person.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record CaseNoteRequest(
        @NotNull(message = "Enter the date the note is about")
                @PastOrPresent(message = "The date must be today or in the past")
                LocalDate occurredOn,
        @NotBlank(message = "Enter the note")
                @Size(max = 10000, message = "The note must be 10,000 characters or fewer")
                String text) {}
