package uk.joinedup.caseservice.family.api;

import org.axonframework.serialization.Revision;
import uk.joinedup.caseservice.agency.AgencyId;

/** A family (household) became known to JoinedUp. */
@Revision("1")
public record FamilyRegistered(FamilyId familyId, String name, AgencyId registeredBy) implements FamilyEvent {}
