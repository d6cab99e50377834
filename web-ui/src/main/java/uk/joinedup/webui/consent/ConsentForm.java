package uk.joinedup.webui.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.joinedup.webui.caseservice.ConsentEvidence;
import uk.joinedup.webui.caseservice.ConsentGiver;
import uk.joinedup.webui.caseservice.ConsentRequest;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.govuk.DateInput;

/** What the "record consent" page posts: who gave it, to whom, for what, for how long, and the evidence. */
public class ConsentForm {

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "giver-name-required", "giverName",
            "recipients-required", "recipients",
            "categories-required", "categories",
            "consent-ends-before-it-begins", "validUntil",
            "consent-too-long", "validUntil",
            "consent-already-over", "validUntil");

    @NotBlank(message = "{consent.givenBy.missing}")
    private String givenBy;

    @Size(max = 200, message = "{consent.giverName.tooLong}")
    private String giverName;

    @NotEmpty(message = "{consent.recipients.missing}")
    private List<String> recipients = new ArrayList<>();

    @NotEmpty(message = "{consent.categories.missing}")
    private List<String> categories = new ArrayList<>();

    @NotBlank(message = "{consent.purpose.missing}")
    private String purpose;

    private DateInput validFrom = new DateInput();

    private DateInput validUntil = new DateInput();

    @NotBlank(message = "{consent.evidence.missing}")
    private String evidence;

    @Size(max = 500, message = "{consent.evidenceNote.tooLong}")
    private String evidenceNote;

    /**
     * The consent as case-service takes it: options the form does not offer are left out (case-service
     * then says what to choose), blank text is no text.
     *
     * @param from the first day the user gave, or null for today
     * @param until the last day the user gave
     */
    ConsentRequest toRequest(LocalDate from, LocalDate until) {
        return new ConsentRequest(
                option(ConsentGiver.class, givenBy),
                blankToNull(giverName),
                recipients.stream().filter(id -> !id.isBlank()).collect(Collectors.toCollection(LinkedHashSet::new)),
                options(InformationCategory.class, categories),
                option(Purpose.class, purpose),
                from,
                until,
                option(ConsentEvidence.class, evidence),
                blankToNull(evidenceNote));
    }

    /** The form field a field of case-service's request is shown against. */
    static String formField(String requestField) {
        if (requestField.startsWith("recipients")) {
            return "recipients";
        }
        if (requestField.startsWith("categories")) {
            return "categories";
        }
        return requestField;
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole consent. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value) {
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Set<E> options(Class<E> type, List<String> values) {
        return values.stream()
                .map(value -> option(type, value))
                .filter(option -> option != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(String givenBy) {
        this.givenBy = givenBy;
    }

    public String getGiverName() {
        return giverName;
    }

    public void setGiverName(String giverName) {
        this.giverName = giverName;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public DateInput getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(DateInput validFrom) {
        this.validFrom = validFrom;
    }

    public DateInput getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(DateInput validUntil) {
        this.validUntil = validUntil;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public void setEvidenceNote(String evidenceNote) {
        this.evidenceNote = evidenceNote;
    }
}
