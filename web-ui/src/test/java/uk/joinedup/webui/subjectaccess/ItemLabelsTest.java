package uk.joinedup.webui.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import uk.joinedup.webui.govuk.Labels;

/** Kinds of item and field names case-service sends, put into plain English: the bundle's words, or the name split. */
class ItemLabelsTest {

    private final ItemLabels labels = new ItemLabels(new Labels(bundle()));

    private static StaticMessageSource bundle() {
        StaticMessageSource bundle = new StaticMessageSource();
        bundle.addMessage("kind.ExcludedFromSchool", Locale.UK, "Excluded from school");
        bundle.addMessage("subjectAccess.kind.Consent", Locale.UK, "Consent to share");
        bundle.addMessage("fact.ExcludedFromSchool.exclusion", Locale.UK, "Kind of exclusion");
        bundle.addMessage("subjectAccess.field.recordedByPractitioner", Locale.UK, "Recorded by");
        bundle.addMessage("subjectAccess.field.amendment", Locale.UK, "Change");
        bundle.addMessage("subjectAccess.field.previous", Locale.UK, "What it said before");
        bundle.addMessage("fact.option.FIXED_TERM", Locale.UK, "Fixed term");
        bundle.addMessage("subjectAccess.value.CORRECTED", Locale.UK, "Corrected");
        bundle.addMessage("yes", Locale.UK, "Yes");
        bundle.addMessage("no", Locale.UK, "No");
        return bundle;
    }

    @Test
    void splitsANameInCodeIntoWords() {
        assertThat(ItemLabels.words("MemberAdded")).isEqualTo("Member added");
        assertThat(ItemLabels.words("recordedByPractitioner")).isEqualTo("Recorded by practitioner");
        assertThat(ItemLabels.words("ESAGroupChanged")).isEqualTo("ESA group changed");
        assertThat(ItemLabels.words("keyStage2Result")).isEqualTo("Key stage 2 result");
        assertThat(ItemLabels.words("PERSON_RECORD")).isEqualTo("PERSON RECORD");
        assertThat(ItemLabels.words("member")).isEqualTo("Member");
        assertThat(ItemLabels.words("NHS number")).isEqualTo("NHS number");
    }

    @Test
    void labelsAKindFromTheBundleOrSplitsIt() {
        assertThat(labels.kind("ExcludedFromSchool")).isEqualTo("Excluded from school");
        assertThat(labels.kind("Consent")).isEqualTo("Consent to share");
        assertThat(labels.kind("SupportPlan")).isEqualTo("Support plan");
        assertThat(labels.kind(null)).isNull();
    }

    @Test
    void labelsAFieldAsTheRecordDoesThenAsTheResponseDoesThenSplitsIt() {
        assertThat(labels.field("ExcludedFromSchool", "exclusion")).isEqualTo("Kind of exclusion");
        assertThat(labels.field("ExcludedFromSchool", "recordedByPractitioner")).isEqualTo("Recorded by");
        assertThat(labels.field("Referral", "referredByName")).isEqualTo("Referred by name");
        assertThat(labels.field(null, "nhsNumber")).isEqualTo("Nhs number");
    }

    @Test
    void labelsAFieldInsideAnotherPartByPartWithItsNumber() {
        assertThat(labels.field("ExcludedFromSchool", "amendment.1.previous.exclusion"))
                .isEqualTo("Change 1: What it said before: Kind of exclusion");
        assertThat(labels.field("Assessment", "needs.2.domain")).isEqualTo("Needs 2: Domain");
    }

    @Test
    void putsDatesYesOrNoAndOptionsIntoWordsAndLeavesOtherValuesAlone() {
        assertThat(labels.value("2026-03-03")).isEqualTo("3 March 2026");
        assertThat(labels.value("true")).isEqualTo("Yes");
        assertThat(labels.value("false")).isEqualTo("No");
        assertThat(labels.value("FIXED_TERM")).isEqualTo("Fixed term");
        assertThat(labels.value("CORRECTED")).isEqualTo("Corrected");
        assertThat(labels.value("QQ123456C")).isEqualTo("QQ123456C");
        assertThat(labels.value("Visited with [name redacted]")).isEqualTo("Visited with [name redacted]");
    }
}
