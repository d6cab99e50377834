/** The family aggregate and the named rules it enforces. */
package uk.joinedup.caseservice.family.domain;
