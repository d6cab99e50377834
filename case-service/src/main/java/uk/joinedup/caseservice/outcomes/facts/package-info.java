/**
 * The facts the outcome calculations read, as plain values independent of storage: a fact with its id
 * and business date. Shared by the indicators and the payment-by-results schemes.
 */
package uk.joinedup.caseservice.outcomes.facts;
