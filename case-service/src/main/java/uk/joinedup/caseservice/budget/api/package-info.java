/** The family budget's commands, events and values: what other features may know of it. */
package uk.joinedup.caseservice.budget.api;
