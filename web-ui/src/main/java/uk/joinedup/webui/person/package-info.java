/**
 * Pages about people: finding them, registering them (after checking for possible duplicates), their
 * page in parts with a sub-navigation (details, families, chronology a page at a time, how their record is
 * shared: consents, emergency access; now or as at a date), correcting their details and recording a
 * death.
 */
package uk.joinedup.webui.person;
