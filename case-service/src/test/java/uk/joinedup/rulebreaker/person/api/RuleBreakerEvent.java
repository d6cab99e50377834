package uk.joinedup.rulebreaker.person.api;

/** The rule breaker's event interface. */
public interface RuleBreakerEvent {}
