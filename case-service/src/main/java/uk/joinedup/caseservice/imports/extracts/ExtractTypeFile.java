package uk.joinedup.caseservice.imports.extracts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** The shape of an extract type's YAML file (see {@link ExtractTypes}). */
record ExtractTypeFile(
        @NotBlank String name,
        @NotBlank String description,
        @NotBlank String fact,
        boolean createsPeople,
        @NotEmpty List<@NotBlank String> sourceKey,
        @NotBlank String dateFormat,
        @NotEmpty List<@Valid ExtractColumn> columns,
        @Valid ExtractSubject subject,
        boolean datedOnImport) {}
