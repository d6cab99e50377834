package uk.joinedup.caseservice.person.record;

import java.time.LocalDate;
import java.util.Map;
import uk.joinedup.caseservice.agency.InformationCategory;
import uk.joinedup.caseservice.chronology.ChronologyEntry;
import uk.joinedup.caseservice.chronology.Recorded;
import uk.joinedup.caseservice.person.api.AgencyFactCorrected;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.AgencyFactRetracted;
import uk.joinedup.caseservice.person.api.DeathRecorded;
import uk.joinedup.caseservice.person.api.PersonDetailsCorrected;
import uk.joinedup.caseservice.person.api.PersonEvent;
import uk.joinedup.caseservice.person.api.PersonRegistered;

/**
 * How each person event changes a person's record: a pure function, shared by the projection and the
 * "as at" view.
 */
final class PersonRecordEvolver {

    private PersonRecordEvolver() {}

    /** When an event happened; null for registration and amendments, which always apply. */
    static LocalDate businessDate(PersonEvent event) {
        if (event instanceof DeathRecorded death) {
            return death.dateOfDeath();
        }
        if (event instanceof AgencyFactRecorded fact) {
            return fact.occurredOn();
        }
        return null;
    }

    static PersonRecord evolve(PersonRecord record, PersonEvent event, Recorded recorded, long version) {
        if (event instanceof PersonRegistered registered) {
            String personId = registered.personId().value();
            ChronologyEntry entry = ChronologyEntry.of(
                    PersonRecord.REGISTERED,
                    "PersonRegistered",
                    recorded.on(),
                    personId,
                    registered.registeredBy(),
                    InformationCategory.IDENTITY,
                    Map.of(),
                    recorded);
            return new PersonRecord(
                            personId,
                            registered.details(),
                            registered.registeredBy(),
                            recorded.agencyName(),
                            null,
                            Map.of(),
                            version)
                    .with(entry, version);
        }
        if (event instanceof PersonDetailsCorrected corrected) {
            ChronologyEntry entry = ChronologyEntry.of(
                    "details-corrected-" + version,
                    "PersonDetailsCorrected",
                    recorded.on(),
                    record.personId(),
                    record.registeredBy(),
                    InformationCategory.IDENTITY,
                    Map.of("reason", corrected.reason()),
                    recorded);
            return record.withDetails(corrected.details()).with(entry, version);
        }
        if (event instanceof DeathRecorded death) {
            ChronologyEntry entry = ChronologyEntry.of(
                    "death",
                    "DeathRecorded",
                    death.dateOfDeath(),
                    record.personId(),
                    death.recordedBy(),
                    InformationCategory.IDENTITY,
                    Map.of(),
                    recorded);
            return record.withDateOfDeath(death.dateOfDeath()).with(entry, version);
        }
        if (event instanceof AgencyFactRecorded fact) {
            ChronologyEntry entry = new ChronologyEntry(
                    fact.factId().value(),
                    fact.fact().getClass().getSimpleName(),
                    fact.occurredOn(),
                    record.personId(),
                    fact.owningAgency(),
                    recorded.agencyName(),
                    recorded.agencyKind(),
                    fact.category(),
                    fact.fact(),
                    Map.of(),
                    recorded.by(),
                    recorded.at(),
                    null,
                    false);
            return record.with(entry, version);
        }
        if (event instanceof AgencyFactCorrected correction) {
            ChronologyEntry entry = record.entries().get(correction.factId().value());
            if (entry == null) {
                return record; // "as at" a date before the fact happened
            }
            return record.with(
                    entry.corrected(correction.fact(), correction.occurredOn(), correction.reason(), recorded),
                    version);
        }
        if (event instanceof AgencyFactRetracted retraction) {
            ChronologyEntry entry = record.entries().get(retraction.factId().value());
            if (entry == null) {
                return record; // "as at" a date before the fact happened
            }
            return record.with(entry.retracted(retraction.reason(), recorded), version);
        }
        throw new IllegalArgumentException(
                "Unknown person event " + event.getClass().getSimpleName());
    }
}
