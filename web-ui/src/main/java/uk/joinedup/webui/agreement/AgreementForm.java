package uk.joinedup.webui.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.joinedup.webui.caseservice.AgencyKind;
import uk.joinedup.webui.caseservice.AgreementTerms;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.LawfulBasis;
import uk.joinedup.webui.caseservice.Party;
import uk.joinedup.webui.caseservice.Purpose;
import uk.joinedup.webui.govuk.DateInput;

/**
 * What the "register an agreement" and "revise an agreement" pages post: the agreement's full terms,
 * its parties as agencies and/or kinds of agency, and (revising) why.
 */
public class AgreementForm {

    /** case-service's refusals that are about one field, by rule code. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "title-required", "title",
            "parties-required", "partyAgencies",
            "categories-required", "categories",
            "purposes-required", "purposes",
            "lawful-basis-required", "lawfulBases",
            "special-category-needs-condition", "lawfulBases",
            "review-not-after-start", "reviewOn",
            "end-not-after-start", "endsOn");

    @NotBlank(message = "{agreement.title.missing}")
    @Size(max = 200, message = "{agreement.title.tooLong}")
    private String title;

    private List<String> partyAgencies = new ArrayList<>();

    private List<String> partyKinds = new ArrayList<>();

    @NotEmpty(message = "{agreement.categories.missing}")
    private List<String> categories = new ArrayList<>();

    @NotEmpty(message = "{agreement.purposes.missing}")
    private List<String> purposes = new ArrayList<>();

    @NotEmpty(message = "{agreement.lawfulBases.missing}")
    private List<String> lawfulBases = new ArrayList<>();

    private DateInput startsOn = new DateInput();

    private DateInput reviewOn = new DateInput();

    private DateInput endsOn = new DateInput();

    private String reason;

    /** The form filled with an agreement's current terms, to revise them. */
    static AgreementForm of(AgreementTerms terms) {
        AgreementForm form = new AgreementForm();
        form.title = terms.title();
        form.partyAgencies = terms.parties().stream()
                .map(Party::agency)
                .filter(Objects::nonNull)
                .sorted()
                .collect(Collectors.toCollection(ArrayList::new));
        form.partyKinds = names(terms.parties().stream().map(Party::kind).filter(Objects::nonNull));
        form.categories = names(terms.categories().stream());
        form.purposes = names(terms.purposes().stream());
        form.lawfulBases = names(terms.lawfulBases().stream());
        form.startsOn = DateInput.of(terms.startsOn());
        form.reviewOn = DateInput.of(terms.reviewOn());
        form.endsOn = terms.endsOn() == null ? new DateInput() : DateInput.of(terms.endsOn());
        return form;
    }

    /** Whether the form names any party. */
    boolean namesAParty() {
        return !partyAgencies.isEmpty() || !partyKinds.isEmpty();
    }

    /**
     * The terms as case-service takes them: options the form does not offer are left out (case-service
     * then says what to choose).
     */
    AgreementTerms toTerms(LocalDate starts, LocalDate review, LocalDate ends) {
        Set<Party> parties = new LinkedHashSet<>();
        partyAgencies.stream().filter(id -> !id.isBlank()).map(Party::agency).forEach(parties::add);
        options(AgencyKind.class, partyKinds).stream().map(Party::kind).forEach(parties::add);
        return new AgreementTerms(
                title == null ? null : title.strip(),
                parties,
                options(InformationCategory.class, categories),
                options(Purpose.class, purposes),
                options(LawfulBasis.class, lawfulBases),
                starts,
                review,
                ends);
    }

    /** The form field a field of case-service's request (the terms, or a revision's) is shown against. */
    static String formField(String requestField) {
        String field = requestField.startsWith("terms.") ? requestField.substring("terms.".length()) : requestField;
        for (String list : List.of("categories", "purposes", "lawfulBases")) {
            if (field.startsWith(list)) {
                return list;
            }
        }
        return field.startsWith("parties") ? "partyAgencies" : field;
    }

    /** The form field a refusal of case-service is about, or null when it is about the whole agreement. */
    static String refusedField(String code) {
        return REFUSED_FIELDS.get(code);
    }

    private static List<String> names(Stream<? extends Enum<?>> values) {
        return values.sorted().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private static <E extends Enum<E>> Set<E> options(Class<E> type, Collection<String> values) {
        Set<E> options = new LinkedHashSet<>();
        for (String value : values) {
            for (E option : type.getEnumConstants()) {
                if (option.name().equals(value)) {
                    options.add(option);
                }
            }
        }
        return options;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getPartyAgencies() {
        return partyAgencies;
    }

    public void setPartyAgencies(List<String> partyAgencies) {
        this.partyAgencies = partyAgencies;
    }

    public List<String> getPartyKinds() {
        return partyKinds;
    }

    public void setPartyKinds(List<String> partyKinds) {
        this.partyKinds = partyKinds;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public List<String> getPurposes() {
        return purposes;
    }

    public void setPurposes(List<String> purposes) {
        this.purposes = purposes;
    }

    public List<String> getLawfulBases() {
        return lawfulBases;
    }

    public void setLawfulBases(List<String> lawfulBases) {
        this.lawfulBases = lawfulBases;
    }

    public DateInput getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(DateInput startsOn) {
        this.startsOn = startsOn;
    }

    public DateInput getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(DateInput reviewOn) {
        this.reviewOn = reviewOn;
    }

    public DateInput getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(DateInput endsOn) {
        this.endsOn = endsOn;
    }

    /** Why the agreement is revised; only a revision asks. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
