package uk.joinedup.caseservice.person.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.catalogue.AgencyFact;

/**
 * The owning agency corrected a fact: {@code fact} and {@code occurredOn} replace the recorded ones.
 * Revision 2 changed the shape of some facts (attainment by subject, parents named, Universal Credit
 * regime, treatment episodes): {@code person.upcasting} reads revision 1.
 */
@Revision("2")
public record AgencyFactCorrected(
        PersonId personId, FactId factId, AgencyFact fact, LocalDate occurredOn, String reason)
        implements PersonEvent {}
