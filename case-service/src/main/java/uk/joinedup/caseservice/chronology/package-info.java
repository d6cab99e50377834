/**
 * The single chronology: how every event about a person or family becomes an entry (newest first in
 * every view), and how corrections and retractions show on the entry they amend. Pure values and
 * functions; read models and "as at" views build on them.
 */
package uk.joinedup.caseservice.chronology;
