/**
 * Which households each person belongs to: one document per person, keyed by person id. The person
 * page lists their families from it, and sharing decisions find the teams around the person through it.
 */
package uk.joinedup.caseservice.family.membership;
