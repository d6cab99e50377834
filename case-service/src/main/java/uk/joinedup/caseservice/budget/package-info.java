/**
 * The budget a lead professional may hold for a family and broker services with "like a trustee" (seed 003,
 * issue 14): allocations by funding source approved by a team manager within a configured limit, commitments to
 * providers for a plan goal, spend against them; the balance never goes below zero. Money is whole pence.
 */
package uk.joinedup.caseservice.budget;
