package uk.joinedup.caseservice.outcomes.schemes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The shape of a scheme file.
 *
 * @param name the scheme's name for people
 * @param source the published rules it follows
 * @param rules its criteria, windows and amounts; {@code rules.kind} says which scheme's rules they are
 */
record SchemeFile(@NotBlank String name, @NotBlank String source, @NotNull @Valid SchemeRules rules) {}
