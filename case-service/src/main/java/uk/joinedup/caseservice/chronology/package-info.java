/**
 * The single chronology of a person: every fact any agency recorded, newest first. The projection
 * records facts; the query side decides what a viewer may see.
 */
package uk.joinedup.caseservice.chronology;
