package uk.joinedup.caseservice.person;

import java.time.LocalDate;
import uk.joinedup.caseservice.agency.Actor;
import uk.joinedup.caseservice.agency.Actors;
import uk.joinedup.caseservice.catalogue.AgencyFact;
import uk.joinedup.caseservice.catalogue.FactCatalogue;
import uk.joinedup.caseservice.person.api.Address;
import uk.joinedup.caseservice.person.api.AgencyFactRecorded;
import uk.joinedup.caseservice.person.api.FactId;
import uk.joinedup.caseservice.person.api.NhsNumber;
import uk.joinedup.caseservice.person.api.PersonDetails;
import uk.joinedup.caseservice.person.api.PersonId;
import uk.joinedup.caseservice.person.api.PersonIdentifiers;
import uk.joinedup.caseservice.person.api.PersonName;
import uk.joinedup.caseservice.person.api.PersonRegistered;
import uk.joinedup.caseservice.person.api.SexOrGender;

/** People and their events in the domain's words, for tests. */
public final class PersonFixtures {

    public static final PersonId STEPHEN = new PersonId("person-stephen");
    public static final LocalDate BORN = LocalDate.of(1984, 2, 9);
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private PersonFixtures() {}

    public static PersonDetails details() {
        return details(BORN);
    }

    public static PersonDetails details(LocalDate born) {
        return new PersonDetails(
                new PersonName("Stephen", "Walker"),
                born,
                SexOrGender.MALE,
                new Address("14 Northam Road", null, "Southampton", "SO14 0PB", null),
                new PersonIdentifiers(NhsNumber.parse("9434765919"), null, null));
    }

    public static PersonRegistered registered() {
        return new PersonRegistered(
                STEPHEN, details(), Actors.earlyHelpKeyworker().agency());
    }

    public static AgencyFactRecorded factRecorded(FactId id, AgencyFact fact, Actor by) {
        return new AgencyFactRecorded(
                STEPHEN, id, fact, TODAY, by.agency(), FactCatalogue.category(fact, by.agencyKind()));
    }
}
