package uk.joinedup.webui.caseservice;

/** An agency a chronology can be filtered by: its id and the name its entries were recorded under. */
public record AgencyOption(String id, String name) {}
