/**
 * Finding people: by any part of their current or previous names (exactly, as the start of a word, or by
 * sound with Double Metaphone), date or year of birth, postcode and national identifier, ranked and paged;
 * and the possible duplicates of someone about to be registered (same identifier, or same date of birth
 * and a similar name). Identity only (name and date of birth), so that practitioners can match people
 * without learning which agencies know them. Every lookup is by {@code _id}: documents keyed by what they
 * are looked up by ({@code prefix:smi}, {@code phon:SM0}, {@code dob:…}, {@code dobyear:…},
 * {@code postcode:…}, {@code postsector:…}, {@code nhs:…}), the growing ones split into shards
 * ({@link uk.joinedup.caseservice.infrastructure.search.KeyBuckets}). Also the name matching the family index uses.
 */
package uk.joinedup.caseservice.person.index;
