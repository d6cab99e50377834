package uk.joinedup.caseservice.retention.schedules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The shape of a retention schedule's YAML file (see {@link RetentionSchedules}). */
record ScheduleFile(
        @NotBlank String name,
        @NotBlank String records,
        @NotEmpty List<@NotBlank String> categories,
        @NotBlank String trigger,
        @NotBlank String period,
        @NotBlank String basis,
        String whenOverlapping) {}
