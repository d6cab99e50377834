/** The person aggregate and the rules it enforces. */
package uk.joinedup.caseservice.person.domain;
