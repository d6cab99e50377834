/**
 * Pages about people: finding them, registering them (after checking for possible duplicates), their
 * page with details, families, how their record is shared (consents, emergency access) and chronology
 * (now or as at a date), correcting their details and recording a death.
 */
package uk.joinedup.webui.person;
