/**
 * Demo data: families' and people's stories from the seed documents, and outcome stories that give every
 * indicator and both payment-by-results schemes something to show ({@code DemoOutcomes}), families for early
 * identification whom nobody works with yet ({@code DemoIdentification}), families whose retention has ended,
 * proposed for erasure and one of them held ({@code DemoRetention}), loaded into an
 * empty event store when {@code DEMO_DATA=true}, as commands in the demo practitioners' names, dated back
 * from today.
 */
package uk.joinedup.caseservice.demo;
