package uk.joinedup.rulebreaker.person.api;

/** Breaks "events are revisioned records" and "events are named as past facts". */
public class ThingChanged implements RuleBreakerEvent {}
