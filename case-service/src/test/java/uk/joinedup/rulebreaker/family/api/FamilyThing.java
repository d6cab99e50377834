package uk.joinedup.rulebreaker.family.api;

/** A family contract type that others reach for. */
public class FamilyThing {}
