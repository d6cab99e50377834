/**
 * Configuration the service reads from YAML files of its own (extract types, retention schedules): {@link
 * uk.joinedup.caseservice.infrastructure.configuration.CheckedYaml} reads a file into its record strictly and
 * checks it with Bean Validation, so that a file that cannot be used stops the start naming the file.
 */
package uk.joinedup.caseservice.infrastructure.configuration;
