/**
 * The event catalogue: every kind of fact an agency can record about a person, as a typed, validated
 * record. Each record says its information category and which kinds of agency may record it ({@link
 * uk.joinedup.caseservice.catalogue.FactKind}); {@link uk.joinedup.caseservice.catalogue.AgencyFact}
 * lists them all, and {@link uk.joinedup.caseservice.catalogue.FactCatalogue} describes them to
 * clients. Facts are part of the persisted contract: they travel inside person events.
 */
package uk.joinedup.caseservice.catalogue;
