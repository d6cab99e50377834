package uk.joinedup.caseservice.person.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record RegisterPersonRequest(
        @NotBlank(message = "Enter the person's given names")
                @Size(max = 100, message = "Given names must be 100 characters or fewer")
                String givenNames,
        @NotBlank(message = "Enter the person's family name")
                @Size(max = 100, message = "Family name must be 100 characters or fewer")
                String familyName,
        @NotNull(message = "Enter the person's date of birth")
                @PastOrPresent(message = "Date of birth must be today or in the past")
                LocalDate dateOfBirth) {}
