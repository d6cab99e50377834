/**
 * Demo data: five families' and people's stories from the seed documents, loaded into an empty event
 * store when {@code DEMO_DATA=true}, as commands in the demo practitioners' names.
 */
package uk.joinedup.caseservice.demo;
