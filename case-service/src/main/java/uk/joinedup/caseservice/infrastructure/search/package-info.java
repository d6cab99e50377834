/**
 * What searches by name and postcode are built from, for the person and family indexes: the words of a
 * name, the keys a word is filed under (its first three letters, its Double Metaphone codes) and how well
 * a searched word matches (exact, start, sound); postcodes as keys (whole, sector, district); and lookup
 * documents split into shards so that none grows past what the embedded store rewrites quickly.
 */
package uk.joinedup.caseservice.infrastructure.search;
