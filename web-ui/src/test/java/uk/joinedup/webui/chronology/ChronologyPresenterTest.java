package uk.joinedup.webui.chronology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.AgencyOption;
import uk.joinedup.webui.caseservice.ChronologyEntry;
import uk.joinedup.webui.caseservice.ChronologyPage;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.govuk.BundleLabels;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.Pagination;
import uk.joinedup.webui.security.SignedInUser;

class ChronologyPresenterTest {

    private static final String PROBATION = "southampton-probation";
    private static final String EARLY_HELP = "southampton-early-help";
    private static final SignedInUser JO =
            new SignedInUser("Jo Carter", "jo.carter", PROBATION, "Probation", List.of("KEYWORKER"));

    private final ChronologyPresenter presenter = new ChronologyPresenter(BundleLabels.labels());

    @Test
    void putsAFactsFieldsIntoWords() {
        Map<String, Object> fact = new LinkedHashMap<>();
        fact.put("type", "OffenceProven");
        fact.put("offence", "Theft from a shop");
        fact.put("offenceDate", "2026-04-30");
        fact.put("disposal", "CONDITIONAL_CAUTION");
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("type", "ReleasedFromCustody");
        release.put("establishment", null);
        release.put("onLicence", true);

        assertThat(presenter.factRows(fact))
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(
                        tuple("Offence", "Theft from a shop"),
                        tuple("Date of the offence", "30 April 2026"),
                        tuple("Outcome", "Conditional caution"));
        assertThat(presenter.factRows(release))
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(tuple("Released on licence?", "Yes"));
    }

    @Test
    void putsCaseworkIntoWords() {
        ChronologyEntry handover = casework(
                "LeadProfessionalHandedOver",
                Map.of(
                        "fromName", "Sam Patel",
                        "fromAgencyName", "Early Help",
                        "toName", "Dee Walsh",
                        "toAgencyName", "Jobcentre Plus",
                        "note", "Job search first"));
        ChronologyEntry referral = casework(
                "ReferralReceived",
                Map.of("referralId", "r1", "reason", "Missing school", "riskFactors", "ADULT_OUT_OF_WORK,YOUTH_CRIME"));
        ChronologyEntry closure = casework(
                "CaseClosed",
                Map.of("reason", "OUTCOMES_ACHIEVED", "outcomeSummary", "In work", "openActionsOverridden", "true"));
        ChronologyEntry assessment = casework("AssessmentCompleted", Map.of("WORK", "3", "FAMILY", "0"));

        List<EntryView> entries = present(List.of(handover, referral, closure, assessment), null);

        assertThat(entries.get(0).kind()).isEqualTo("Lead professional handed over");
        assertThat(entries.get(0).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(
                        tuple("From", "Sam Patel, Early Help"),
                        tuple("To", "Dee Walsh, Jobcentre Plus"),
                        tuple("Handover note", "Job search first"));
        assertThat(entries.get(1).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(
                        tuple("Reason", "Missing school"),
                        tuple("Risk factors", "An adult on out-of-work benefits, Youth crime"));
        assertThat(entries.get(2).rows())
                .extracting(EntryView.Row::value)
                .containsExactly("Outcomes achieved", "In work", "Yes");
        assertThat(entries.get(3).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(tuple("Family and relationships", "0: No need"), tuple("Work", "3: Significant need"));
    }

    @Test
    void putsConferencesAndTransfersIntoWords() {
        ChronologyEntry conference = casework(
                "CaseConferenceHeld",
                Map.of(
                        "kind", "CASE_CONFERENCE",
                        "agencies", "Early Help, Police",
                        "decisions", "Keep the case open\nSam stays the lead",
                        "leadProfessionalAgreed", "Sam Patel"));
        ChronologyEntry added =
                casework("PlanActionsAdded", Map.of("actions", "Meet the head of year\nBook a benefits check"));
        ChronologyEntry proposed = casework(
                "CaseTransferProposed",
                Map.of(
                        "fromName", "Jo Carter",
                        "fromAgencyName", "Probation",
                        "toName", "Sam Patel",
                        "toAgencyName", "Early Help",
                        "reason", "Licence nearly over"));
        ChronologyEntry accepted = casework(
                "CaseTransferAccepted",
                Map.of("toName", "Sam Patel", "toAgencyName", "Early Help", "acceptedBy", "Mo Ahmed"));
        ChronologyEntry declined =
                casework("CaseTransferDeclined", Map.of("reason", "No capacity", "declinedBy", "Mo Ahmed"));

        List<EntryView> entries = present(List.of(conference, added, proposed, accepted, declined), null);

        assertThat(entries)
                .extracting(EntryView::kind)
                .containsExactly(
                        "Case conference or panel held",
                        "Actions added to the plan",
                        "Transfer to another agency proposed",
                        "Transfer to another agency accepted",
                        "Transfer to another agency declined");
        assertThat(entries.get(0).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value, EntryView.Row::multiline)
                .containsExactly(
                        tuple("Meeting", "Case conference", false),
                        tuple("Agencies there", "Early Help, Police", false),
                        tuple("Decisions", "Keep the case open\nSam stays the lead", true),
                        tuple("Lead professional agreed", "Sam Patel", false));
        assertThat(entries.get(1).rows())
                .extracting(EntryView.Row::label, EntryView.Row::multiline)
                .containsExactly(tuple("Actions added", true));
        assertThat(entries.get(2).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(
                        tuple("Lead professional now", "Jo Carter, Probation"),
                        tuple("Would lead it", "Sam Patel, Early Help"),
                        tuple("Reason", "Licence nearly over"));
        assertThat(entries.get(3).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(
                        tuple("New lead professional", "Sam Patel, Early Help"), tuple("Accepted by", "Mo Ahmed"));
        assertThat(entries.get(4).rows())
                .extracting(EntryView.Row::label, EntryView.Row::value)
                .containsExactly(tuple("Why it was declined", "No capacity"), tuple("Declined by", "Mo Ahmed"));
    }

    @Test
    void offersToCorrectOnlyTheUsersAgencysFactsOnThePersonsOwnPageNow() {
        ChronologyEntry ours = fact("f1", PROBATION, false);
        ChronologyEntry theirs = fact("f2", EARLY_HELP, false);
        ChronologyEntry retracted = fact("f3", PROBATION, true);

        assertThat(present(List.of(ours, theirs, retracted), "p1"))
                .extracting(EntryView::correctable)
                .containsExactly(true, false, false);
        assertThat(present(List.of(ours), null))
                .extracting(EntryView::correctable)
                .containsExactly(false);
        assertThat(presenter
                        .present(
                                List.of(ours),
                                new ChronologyPage(1, 50, 1, 1),
                                List.of(),
                                0,
                                List.of(),
                                new ChronologyQuery(LocalDate.of(2026, 6, 1), null, null),
                                "/people/p1/chronology",
                                Map.of(),
                                "p1",
                                JO)
                        .entries())
                .extracting(EntryView::correctable)
                .containsExactly(false);
    }

    @Test
    void offersTheAgenciesCaseServiceNamesByNameAndEveryCategory() {
        ChronologyView view = presenter.present(
                List.of(fact("f1", PROBATION, false)),
                new ChronologyPage(1, 50, 1, 1),
                List.of(
                        new AgencyOption(PROBATION, "Agency " + PROBATION),
                        new AgencyOption(EARLY_HELP, "Agency " + EARLY_HELP)),
                3,
                List.of(),
                new ChronologyQuery(null, PROBATION, InformationCategory.OFFENDING),
                "/families/f1/chronology",
                Map.of("p1", "Tony Marsh"),
                null,
                JO);

        assertThat(view.agencies())
                .extracting(Choice::value, Choice::label)
                .as("by name")
                .containsExactly(tuple(EARLY_HELP, "Agency " + EARLY_HELP), tuple(PROBATION, "Agency " + PROBATION));
        assertThat(view.categories()).hasSize(InformationCategory.values().length);
        assertThat(view.filtered()).isTrue();
        assertThat(view.withheld()).isEqualTo(3);
        assertThat(view.entries().get(0).personName()).isEqualTo("Tony Marsh");
        assertThat(view.pagination()).as("one page: no pagination").isNull();
    }

    @Test
    void pagesKeepTheDateAndTheFilter() {
        ChronologyView view = presenter.present(
                List.of(fact("f1", PROBATION, false)),
                new ChronologyPage(2, 50, 120, 3),
                List.of(),
                0,
                List.of(),
                new ChronologyQuery(LocalDate.of(2026, 6, 1), PROBATION, InformationCategory.OFFENDING).page(2),
                "/families/f1/chronology",
                Map.of(),
                null,
                JO);

        assertThat(view.total()).isEqualTo(120);
        assertThat(view.pagination().previous())
                .isEqualTo("/families/f1/chronology?asAt=2026-06-01&agency=" + PROBATION + "&category=OFFENDING");
        assertThat(view.pagination().next())
                .isEqualTo(
                        "/families/f1/chronology?asAt=2026-06-01&agency=" + PROBATION + "&category=OFFENDING&page=3");
        assertThat(view.pagination().items())
                .extracting(Pagination.Item::number, Pagination.Item::current)
                .containsExactly(tuple(1, false), tuple(2, true), tuple(3, false));
    }

    @Test
    void encodesWhatItPutsInAPagesAddress() {
        assertThat(ChronologyPresenter.pageAddress(
                        "/people/p1/chronology", new ChronologyQuery(null, "a b&c", null), 2))
                .isEqualTo("/people/p1/chronology?agency=a%20b%26c&page=2");
    }

    @Test
    void showsWhatACorrectedFactSaidBefore() {
        ChronologyEntry corrected = new ChronologyEntry(
                "f1",
                "CaseNoteWritten",
                LocalDate.of(2026, 6, 2),
                "p1",
                PROBATION,
                "Probation",
                InformationCategory.CASE_NOTE,
                Map.of("type", "CaseNoteWritten", "text", "Fixed-term exclusion"),
                Map.of(),
                "Jo Carter",
                Instant.parse("2026-06-02T10:00:00Z"),
                List.of(new ChronologyEntry.Amendment(
                        "CORRECTED",
                        "Typo",
                        Map.of("type", "CaseNoteWritten", "text", "Exclusion"),
                        LocalDate.of(2026, 6, 1),
                        "Jo Carter",
                        Instant.parse("2026-06-03T23:30:00Z"))),
                false);

        EntryView.AmendmentView amendment =
                present(List.of(corrected), "p1").get(0).amendments().get(0);

        assertThat(amendment.correction()).isTrue();
        assertThat(amendment.recordedOn()).isEqualTo(LocalDate.of(2026, 6, 4));
        assertThat(amendment.previousOccurredOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(amendment.previousRows()).extracting(EntryView.Row::value).containsExactly("Exclusion");
    }

    private List<EntryView> present(List<ChronologyEntry> entries, String personId) {
        return presenter
                .present(
                        entries,
                        new ChronologyPage(1, 50, entries.size(), 1),
                        List.of(),
                        0,
                        List.of(),
                        ChronologyQuery.now(),
                        "/people/" + personId + "/chronology",
                        Map.of(),
                        personId,
                        JO)
                .entries();
    }

    private static ChronologyEntry casework(String kind, Map<String, String> details) {
        return new ChronologyEntry(
                "e1",
                kind,
                LocalDate.of(2026, 6, 1),
                null,
                EARLY_HELP,
                "Early Help",
                InformationCategory.FAMILY,
                null,
                details,
                "Sam Patel",
                Instant.parse("2026-06-01T10:00:00Z"),
                List.of(),
                false);
    }

    private static ChronologyEntry fact(String id, String agency, boolean retracted) {
        return new ChronologyEntry(
                id,
                "CaseNoteWritten",
                LocalDate.of(2026, 6, 1),
                "p1",
                agency,
                "Agency " + agency,
                InformationCategory.CASE_NOTE,
                Map.of("type", "CaseNoteWritten", "text", "A note"),
                Map.of(),
                "Someone",
                Instant.parse("2026-06-01T10:00:00Z"),
                List.of(),
                retracted);
    }
}
