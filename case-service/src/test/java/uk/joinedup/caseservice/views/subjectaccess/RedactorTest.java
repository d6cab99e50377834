package uk.joinedup.caseservice.views.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.caseservice.subjectaccess.api.HeldItem;
import uk.joinedup.caseservice.subjectaccess.api.Redaction;
import uk.joinedup.caseservice.subjectaccess.api.Redaction.How;
import uk.joinedup.caseservice.views.subjectaccess.Redactor.Overridden;

/**
 * The redaction cases of issue 16: the Hill family of three, Deborah (the mother), Liam (15) and Mia (8), with
 * facts about each; Deborah asks what is held about her, then Mia's representative asks about Mia.
 */
class RedactorTest {

    private static final Person DEBORAH =
            new Person("person-deborah", List.of("Deborah Hill", "Deborah"), List.of("AB123456C", "9434765919"));
    private static final Person LIAM =
            new Person("person-liam", List.of("Liam Hill", "Liam"), List.of("4010232137", "B801200005001"));
    private static final Person MIA =
            new Person("person-mia", List.of("Mia Deborah Hill", "Mia Deborah", "Mia", "Deborah"), List.of());

    private static final LocalDate ON = LocalDate.of(2026, 10, 1);

    private static final Held DEBORAHS_CLAIM = new Held(
            "person:person-deborah:fact-1",
            "BenefitClaimStarted",
            ON,
            "Jobcentre Plus Southampton",
            "EMPLOYMENT_AND_BENEFITS",
            "person-deborah",
            Map.of("benefit", "UNIVERSAL_CREDIT"));
    private static final Held LIAMS_EXCLUSION = new Held(
            "person:person-liam:fact-2",
            "ExcludedFromSchool",
            ON,
            "Bitterne Park School",
            "EDUCATION",
            "person-liam",
            Map.of("type", "FIXED_TERM", "days", "3"));
    private static final Held MIAS_PARENT = new Held(
            "person:person-mia:fact-3",
            "ParentRecorded",
            ON,
            "Southampton Health Visiting",
            "FAMILY",
            "person-mia",
            Map.of("parent", "person-deborah", "birthParent", "true"));
    private static final Held FAMILY_NOTE = new Held(
            "family:family-hill:entry-4",
            "CaseNoteWritten",
            ON,
            "Southampton Early Help",
            "CASE_NOTE",
            null,
            Map.of(
                    "text", "Deborah worried that Liam Hill (NHS 401 023 2137) was excluded; LIAM stays with an aunt",
                    "recordedByPractitioner", "Sam Jones"));

    private final Redactor forDeborah = new Redactor(DEBORAH, List.of(LIAM, MIA), Map.of());

    @Test
    void showsTheRequestersOwnFactWhole() {
        HeldItem item = forDeborah.redact(DEBORAHS_CLAIM);

        assertThat(item)
                .isEqualTo(new HeldItem(
                        DEBORAHS_CLAIM.itemId(),
                        "BenefitClaimStarted",
                        ON,
                        "Jobcentre Plus Southampton",
                        "EMPLOYMENT_AND_BENEFITS",
                        Map.of("benefit", "UNIVERSAL_CREDIT"),
                        null));
        assertThat(Redactor.redacted(item)).isFalse();
    }

    @Test
    void removesASiblingsFactLeavingOnlyItsIdAndTheReason() {
        HeldItem item = forDeborah.redact(LIAMS_EXCLUSION);

        assertThat(item)
                .isEqualTo(new HeldItem(
                        LIAMS_EXCLUSION.itemId(),
                        null,
                        null,
                        null,
                        null,
                        Map.of(),
                        new Redaction(How.REMOVED, Redactor.ABOUT_ANOTHER_PERSON, List.of(), false, null, null)));
        assertThat(Redactor.redacted(item)).isTrue();
    }

    @Test
    void removesAFactOnAnotherPersonsRecordThatNamesTheRequester() {
        HeldItem item = forDeborah.redact(MIAS_PARENT);

        assertThat(item.kind()).isNull();
        assertThat(item.content()).isEmpty();
        assertThat(item.redaction().how()).isEqualTo(How.REMOVED);
    }

    @Test
    void showsAParentLinkOnTheRequestersRecordButNotWhoTheParentIs() {
        Redactor forMia = new Redactor(MIA, List.of(DEBORAH, LIAM), Map.of());

        HeldItem item = forMia.redact(MIAS_PARENT);

        assertThat(item.kind()).isEqualTo("ParentRecorded");
        assertThat(item.occurredOn()).isEqualTo(ON);
        assertThat(item.recordedBy()).isEqualTo("Southampton Health Visiting");
        assertThat(item.category()).isEqualTo("FAMILY");
        assertThat(item.content()).isEqualTo(Map.of("parent", Redactor.IDENTIFIER_REMOVED, "birthParent", "true"));
        assertThat(item.redaction())
                .isEqualTo(
                        new Redaction(How.MARKED, Redactor.NAMES_ANOTHER_PERSON, List.of("parent"), false, null, null));
        assertThat(Redactor.redacted(item)).isTrue();
    }

    @Test
    void marksOtherPeoplesNamesAndIdentifiersInTheFamilysNotesAndKeepsTheRequestersOwn() {
        HeldItem item = forDeborah.redact(FAMILY_NOTE);

        assertThat(item.content())
                .containsEntry(
                        "text",
                        "Deborah worried that " + Redactor.NAME_REMOVED + " (NHS " + Redactor.IDENTIFIER_REMOVED
                                + ") was excluded; " + Redactor.NAME_REMOVED + " stays with an aunt")
                .containsEntry("recordedByPractitioner", "Sam Jones");
        assertThat(item.kind()).isEqualTo("CaseNoteWritten");
        assertThat(item.redaction().how()).isEqualTo(How.MARKED);
        assertThat(item.redaction().fields()).containsExactly("text");
        assertThat(item.redaction().reason()).isEqualTo(Redactor.NAMES_ANOTHER_PERSON);
    }

    @Test
    void neverTakesTheRequestersOwnNameForAnotherPersonsWhoSharesIt() {
        // Mia's middle name is her mother's given name: Deborah's own name stays in Deborah's response
        Held note = note("Deborah came to the review with Mia Deborah Hill");

        HeldItem item = forDeborah.redact(note);

        assertThat(item.content()).containsEntry("text", "Deborah came to the review with " + Redactor.NAME_REMOVED);
    }

    @Test
    void takesAFullNameWholeBeforeLookingForItsGivenName() {
        // names given shortest first: the full name must still go whole, its family name with it
        Person jo = new Person("person-jo", List.of("Jo", "Jo Ann Smith"), List.of());
        Redactor redactor = new Redactor(DEBORAH, List.of(jo), Map.of());

        HeldItem item = redactor.redact(note("Met Jo Ann Smith"));

        assertThat(item.content()).containsEntry("text", "Met " + Redactor.NAME_REMOVED);
    }

    @Test
    void matchesANameWholeNotInsideALongerWord() {
        HeldItem item = forDeborah.redact(note("Moved to Williams Court; Miami trip; Liam's bike"));

        assertThat(item.content())
                .containsEntry("text", "Moved to Williams Court; Miami trip; " + Redactor.NAME_REMOVED + "'s bike");
    }

    @Test
    void matchesAnIdentifierWithOrWithoutSpacesButNotInsideALongerNumber() {
        HeldItem item = forDeborah.redact(note("UPN b801200005001, NHS 4010232137, ref 14010232137, 4 010 232 137"));

        assertThat(item.content())
                .containsEntry(
                        "text",
                        "UPN " + Redactor.IDENTIFIER_REMOVED + ", NHS " + Redactor.IDENTIFIER_REMOVED
                                + ", ref 14010232137, " + Redactor.IDENTIFIER_REMOVED);
    }

    @Test
    void marksAnotherPersonsIdWhereverItAppears() {
        HeldItem item = forDeborah.redact(note("See person-liam and person-mia"));

        assertThat(item.content())
                .containsEntry("text", "See " + Redactor.IDENTIFIER_REMOVED + " and " + Redactor.IDENTIFIER_REMOVED);
    }

    @Test
    void listsEveryMarkedFieldInOrder() {
        Held held = new Held(
                "family:family-hill:review-1",
                "Review",
                ON,
                null,
                "CASE_NOTE",
                null,
                Map.of("notes", "Mia settled", "attendees", "Deborah and Liam", "outcome", "continue"));

        HeldItem item = forDeborah.redact(held);

        assertThat(item.redaction().fields()).containsExactly("attendees", "notes");
        assertThat(item.content()).containsEntry("outcome", "continue");
    }

    @Test
    void showsAnItemAboutTheFamilyAsAWholeThatNamesNoOneElseWhole() {
        HeldItem item = forDeborah.redact(note("Family agreed the plan"));

        assertThat(item.redaction()).isNull();
        assertThat(item.content()).containsEntry("text", "Family agreed the plan");
    }

    @Test
    void showsAnOverriddenSiblingsFactWholeWithTheOfficersNote() {
        Redactor redactor = new Redactor(
                DEBORAH,
                List.of(LIAM, MIA),
                Map.of(
                        LIAMS_EXCLUSION.itemId(),
                        new Overridden("Liam's mother holds parental responsibility", "Chris Ward")));

        HeldItem item = redactor.redact(LIAMS_EXCLUSION);

        assertThat(item)
                .isEqualTo(new HeldItem(
                        LIAMS_EXCLUSION.itemId(),
                        "ExcludedFromSchool",
                        ON,
                        "Bitterne Park School",
                        "EDUCATION",
                        Map.of("type", "FIXED_TERM", "days", "3"),
                        new Redaction(
                                How.REMOVED,
                                Redactor.ABOUT_ANOTHER_PERSON,
                                List.of(),
                                true,
                                "Liam's mother holds parental responsibility",
                                "Chris Ward")));
        assertThat(Redactor.redacted(item)).isFalse();
    }

    @Test
    void showsAnOverriddenMarkedItemAsWrittenWithTheOfficersNote() {
        Redactor redactor = new Redactor(
                DEBORAH,
                List.of(LIAM, MIA),
                Map.of(FAMILY_NOTE.itemId(), new Overridden("Deborah knows of the exclusion", "Chris Ward")));

        HeldItem item = redactor.redact(FAMILY_NOTE);

        assertThat(item.content()).isEqualTo(FAMILY_NOTE.content());
        assertThat(item.redaction())
                .isEqualTo(new Redaction(
                        How.MARKED,
                        Redactor.NAMES_ANOTHER_PERSON,
                        List.of("text"),
                        true,
                        "Deborah knows of the exclusion",
                        "Chris Ward"));
        assertThat(Redactor.redacted(item)).isFalse();
    }

    @Test
    void anOverrideOfAnItemThatNeedsNoRedactionChangesNothing() {
        Redactor redactor = new Redactor(
                DEBORAH,
                List.of(LIAM, MIA),
                Map.of(DEBORAHS_CLAIM.itemId(), new Overridden("not needed", "Chris Ward")));

        assertThat(redactor.redact(DEBORAHS_CLAIM)).isEqualTo(forDeborah.redact(DEBORAHS_CLAIM));
    }

    @Test
    void anOverrideOfOneItemLeavesTheOthersRedacted() {
        Redactor redactor = new Redactor(
                DEBORAH, List.of(LIAM, MIA), Map.of(LIAMS_EXCLUSION.itemId(), new Overridden("agreed", "Chris Ward")));

        assertThat(Redactor.redacted(redactor.redact(MIAS_PARENT))).isTrue();
        assertThat(Redactor.redacted(redactor.redact(FAMILY_NOTE))).isTrue();
    }

    @Test
    void ignoresTheRequesterAmongTheOthersAndBlankNamesOrIdentifiers() {
        Person blank = new Person("person-blank", List.of(" ", ""), List.of("", "  "));
        Redactor redactor = new Redactor(DEBORAH, List.of(DEBORAH, blank), Map.of());

        HeldItem item = redactor.redact(note("Deborah Hill, NHS 9434765919, person-deborah"));

        assertThat(item.redaction()).isNull();
        assertThat(item.content()).containsEntry("text", "Deborah Hill, NHS 9434765919, person-deborah");
    }

    @Test
    void anItemAboutTheRequesterIsNotRemoved() {
        HeldItem item = forDeborah.redact(new Held(
                "person:person-deborah:fact-9",
                "CaseNoteWritten",
                ON,
                null,
                "CASE_NOTE",
                "person-deborah",
                Map.of("text", "Spoke to Liam")));

        assertThat(item.kind()).isEqualTo("CaseNoteWritten");
        assertThat(item.redaction().how()).isEqualTo(How.MARKED);
    }

    private static Held note(String text) {
        return new Held(
                "family:family-hill:note",
                "CaseNoteWritten",
                ON,
                "Southampton Early Help",
                "CASE_NOTE",
                null,
                Map.of("text", text));
    }
}
