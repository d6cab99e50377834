package uk.joinedup.webui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.joinedup.webui.caseservice.AgencyKind;
import uk.joinedup.webui.caseservice.AgreementTerms;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.Party;
import uk.joinedup.webui.caseservice.Purpose;

class AgreementFormTest {

    private static final LocalDate STARTS = LocalDate.of(2026, 4, 1);
    private static final LocalDate REVIEW = LocalDate.of(2027, 4, 1);

    @Test
    void sendsPartiesAsAgenciesAndKindsOfAgency() {
        AgreementForm form = new AgreementForm();
        form.setTitle(" Southampton Troubled Families agreement ");
        form.setPartyAgencies(List.of("southampton-early-help", "southampton-jobcentre"));
        form.setPartyKinds(List.of("POLICE", "NOT_A_KIND"));
        form.setCategories(List.of("EMPLOYMENT_AND_BENEFITS"));
        form.setPurposes(List.of("FAMILY_SUPPORT"));
        form.setLawfulBases(List.of("PUBLIC_TASK", "DIGITAL_ECONOMY_ACT_2017_PART_5"));

        AgreementTerms terms = form.toTerms(STARTS, REVIEW, null);

        assertThat(terms.title()).isEqualTo("Southampton Troubled Families agreement");
        assertThat(terms.parties())
                .containsExactly(
                        Party.agency("southampton-early-help"),
                        Party.agency("southampton-jobcentre"),
                        Party.kind(AgencyKind.POLICE));
        assertThat(terms.categories()).containsExactly(InformationCategory.EMPLOYMENT_AND_BENEFITS);
        assertThat(terms.purposes()).containsExactly(Purpose.FAMILY_SUPPORT);
        assertThat(terms.lawfulBases())
                .containsExactly(LawfulBasis.PUBLIC_TASK, LawfulBasis.DIGITAL_ECONOMY_ACT_2017_PART_5);
        assertThat(terms.startsOn()).isEqualTo(STARTS);
        assertThat(terms.reviewOn()).isEqualTo(REVIEW);
        assertThat(terms.endsOn()).isNull();
    }

    @Test
    void fillsARevisionWithTheCurrentTermsSoThatSendingThemBackChangesNothing() {
        AgreementTerms current = new AgreementTerms(
                "Offending information",
                Set.of(Party.agency("southampton-probation"), Party.kind(AgencyKind.POLICE)),
                Set.of(InformationCategory.OFFENDING),
                Set.of(Purpose.CRIME_AND_DISORDER, Purpose.FAMILY_SUPPORT),
                Set.of(LawfulBasis.CRIME_AND_DISORDER_ACT_S115),
                STARTS,
                REVIEW,
                LocalDate.of(2029, 3, 31));

        AgreementForm form = AgreementForm.of(current);

        assertThat(form.getPartyAgencies()).containsExactly("southampton-probation");
        assertThat(form.getPartyKinds()).containsExactly("POLICE");
        assertThat(form.getPurposes()).containsExactly("FAMILY_SUPPORT", "CRIME_AND_DISORDER");
        assertThat(form.getEndsOn().getYear()).isEqualTo("2029");
        assertThat(form.toTerms(STARTS, REVIEW, LocalDate.of(2029, 3, 31))).isEqualTo(current);
    }

    @Test
    void putsCaseServicesMessagesAgainstTheFieldsTheyAreAbout() {
        assertThat(AgreementForm.formField("terms.title")).isEqualTo("title");
        assertThat(AgreementForm.formField("parties[0].agency")).isEqualTo("partyAgencies");
        assertThat(AgreementForm.formField("terms.lawfulBases[]")).isEqualTo("lawfulBases");
        assertThat(AgreementForm.formField("reason")).isEqualTo("reason");
        assertThat(AgreementForm.refusedField("special-category-needs-condition"))
                .isEqualTo("lawfulBases");
        assertThat(AgreementForm.refusedField("review-not-after-start")).isEqualTo("reviewOn");
        assertThat(AgreementForm.refusedField("revision-changes-nothing")).isNull();
        assertThat(EndAgreementForm.refusedField("ended-before-it-started")).isEqualTo("endsOn");
    }
}
