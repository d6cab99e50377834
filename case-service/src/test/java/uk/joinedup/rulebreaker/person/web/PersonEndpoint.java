package uk.joinedup.rulebreaker.person.web;

/** A web adapter that others reach for. */
public class PersonEndpoint {}
