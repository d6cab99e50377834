package uk.joinedup.caseservice.consent.api;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import uk.joinedup.caseservice.agency.ActingCommand;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.AgencyId;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.sharing.ConsentGiver;
import uk.joinedup.caseservice.sharing.Purpose;

/**
 * Record a person's consent to share, as the actor's agency.
 *
 * @param giverName who gave it, required unless the person gave it themselves
 * @param evidenceNote optional
 * @param recordedOn today, from the adapter's clock
 */
public record RecordConsent(
        @TargetAggregateIdentifier ConsentId consentId,
        PersonId personId,
        ConsentGiver givenBy,
        String giverName,
        Set<AgencyId> recipients,
        Set<InformationCategory> categories,
        Purpose purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        ConsentEvidence evidence,
        String evidenceNote,
        LocalDate recordedOn,
        Actor actor)
        implements ActingCommand {}
