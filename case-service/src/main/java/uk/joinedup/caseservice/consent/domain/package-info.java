/**
 * The consent aggregate, one event stream per consent, and the named rules it enforces (ADR 10): who may
 * record and withdraw a consent, what a consent must say, how long it may last and when it can be
 * withdrawn.
 */
package uk.joinedup.caseservice.consent.domain;
