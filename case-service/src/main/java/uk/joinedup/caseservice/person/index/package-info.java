/**
 * Finding people: by family name, by national identifier, and the possible duplicates of someone about
 * to be registered (same identifier, or same date of birth and a similar name). Identity only (name and
 * date of birth), so that practitioners can match people without learning which agencies know them.
 * Documents are keyed by what they are looked up by: {@code surname:…}, {@code dob:…}, {@code nhs:…}.
 */
package uk.joinedup.caseservice.person.index;
