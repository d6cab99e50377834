package uk.joinedup.rulebreaker.family.web;

/** A web adapter that others reach for. */
public class FamilyEndpoint {}
