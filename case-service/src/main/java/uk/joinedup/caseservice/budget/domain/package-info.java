/**
 * The family budget aggregate, one event stream per family, and the named rules it enforces: who may allocate,
 * commit, spend and cancel; amounts within the approval limit; and a balance that never goes below zero, per
 * allocation, because a commitment beyond what is left is refused in the stream that holds every commitment.
 */
package uk.joinedup.caseservice.budget.domain;
