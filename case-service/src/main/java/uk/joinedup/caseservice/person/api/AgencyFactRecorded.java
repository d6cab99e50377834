package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * An agency recorded a fact about a person. The owning agency and category decide who may see it.
 * Revision 2 changed the shape of some facts (attainment by subject, parents named, Universal Credit
 * regime, treatment episodes): {@code person.upcasting} reads revision 1.
 *
 * @param occurredOn when it happened
 */
@Revision("2")
public record AgencyFactRecorded(
        PersonId personId,
        FactId factId,
        AgencyFact fact,
        LocalDate occurredOn,
        AgencyId owningAgency,
        InformationCategory category)
        implements PersonEvent {}
