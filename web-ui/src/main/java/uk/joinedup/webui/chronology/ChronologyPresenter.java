package uk.joinedup.webui.chronology;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.AgencyOption;
import uk.joinedup.webui.caseservice.ChronologyEntry;
import uk.joinedup.webui.caseservice.ChronologyPage;
import uk.joinedup.webui.caseservice.ChronologyQuery;
import uk.joinedup.webui.caseservice.InformationCategory;
import uk.joinedup.webui.caseservice.WithheldEntries;
import uk.joinedup.webui.chronology.EntryView.AmendmentView;
import uk.joinedup.webui.chronology.EntryView.Row;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.Pagination;
import uk.joinedup.webui.security.SignedInUser;

/**
 * Puts chronology entries into words. An agency fact's fields are labelled {@code fact.<Type>.<field>}
 * and its options {@code fact.option.<VALUE>}; a casework event's details are labelled {@code
 * chronology.detail.<Kind>.<key>} or {@code chronology.detail.<key>}; kinds are {@code kind.<Kind>}.
 */
@Component
public class ChronologyPresenter {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern OPTION = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Casework details in the order they read best; keys not listed are ids, or folded into another. */
    private static final List<String> DETAILS = List.of(
            "name",
            "relationship",
            "kind",
            "agencies",
            "fromName",
            "toName",
            "reason",
            "riskFactors",
            "description",
            "agreedBy",
            "decisions",
            "leadProfessionalAgreed",
            "goals",
            "actions",
            "outcomeSummary",
            "openActionsOverridden",
            "note",
            "notes",
            "nextReviewOn",
            "acceptedBy",
            "declinedBy");

    private static final List<String> DOMAINS =
            List.of("FAMILY", "EDUCATION", "OFFENDING", "WORK", "HEALTH", "HOUSING", "MONEY");

    /** Long texts practitioners type: shown with their line breaks. */
    private static final List<String> MULTILINE =
            List.of("text", "terms", "note", "notes", "outcomeSummary", "decisions", "actions");

    private final Labels labels;
    private final WithheldPresenter withheldPresenter;

    ChronologyPresenter(Labels labels) {
        this.labels = labels;
        this.withheldPresenter = new WithheldPresenter(labels);
    }

    /**
     * One page of a chronology in words, with its filter and, when there is more than one page, the
     * GOV.UK pagination (links to {@code action} that keep the date and the filter).
     *
     * @param shown the entries of the page, as filtered
     * @param page which page that is, and how many there are
     * @param agencies the agencies whose entries the user may see, for the filter's options
     * @param withheldFrom case-service's counts of the entries withheld, by agency, category and reason
     * @param action the chronology's own address, to filter and page it
     * @param people names by person id, to say whom an entry is about; empty on a person's own page
     * @param subjectPersonId the person whose page this is (their agency facts may be corrected), or null
     */
    public ChronologyView present(
            List<ChronologyEntry> shown,
            ChronologyPage page,
            List<AgencyOption> agencies,
            int withheld,
            List<WithheldEntries> withheldFrom,
            ChronologyQuery query,
            String action,
            Map<String, String> people,
            String subjectPersonId,
            SignedInUser user) {
        boolean mayCorrect = subjectPersonId != null && query.asAt() == null && user.practitioner();
        List<EntryView> entries = shown.stream()
                .map(entry -> entry(entry, people, mayCorrect && user.agencyId().equals(entry.owningAgency())))
                .toList();
        return new ChronologyView(
                entries,
                page.total(),
                withheld,
                withheldPresenter.notice(withheldFrom, withheld, subjectPersonId == null),
                agencies.stream()
                        .map(agency -> Choice.of(agency.id(), agency.name()))
                        .sorted(Comparator.comparing(Choice::label))
                        .toList(),
                labels.choices("category.", InformationCategory.values()),
                query.agency(),
                query.category() == null ? null : query.category().name(),
                Pagination.of(query.page(), page.pages(), number -> pageAddress(action, query, number)));
    }

    /** Entries in words, as a list rather than a page: the lead professional's history. */
    public List<EntryView> entries(List<ChronologyEntry> shown, Map<String, String> people) {
        return shown.stream().map(entry -> entry(entry, people, false)).toList();
    }

    /** The address of a page of the chronology, with the date and the filter kept. */
    static String pageAddress(String action, ChronologyQuery query, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(action);
        if (query.asAt() != null) {
            uri.queryParam("asAt", query.asAt());
        }
        if (query.agency() != null) {
            uri.queryParam("agency", query.agency());
        }
        if (query.category() != null) {
            uri.queryParam("category", query.category());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    /** A fact's fields in words, in the fact's order; fields left empty are left out. */
    public List<Row> factRows(Map<String, Object> fact) {
        if (fact == null) {
            return List.of();
        }
        String type = String.valueOf(fact.get("type"));
        List<Row> rows = new ArrayList<>();
        fact.forEach((field, value) -> {
            if (!"type".equals(field) && value != null && !String.valueOf(value).isBlank()) {
                rows.add(new Row(
                        labels.getOrDefault("fact." + type + "." + field, field),
                        factValue(value),
                        MULTILINE.contains(field)));
            }
        });
        return rows;
    }

    private EntryView entry(ChronologyEntry entry, Map<String, String> people, boolean ownAgency) {
        boolean agencyFact = entry.fact() != null;
        return new EntryView(
                entry.entryId(),
                labels.getOrDefault("kind." + entry.kind(), entry.kind()),
                entry.occurredOn(),
                entry.personId(),
                entry.personId() == null ? null : people.get(entry.personId()),
                entry.recordedBy(),
                entry.owningAgencyName(),
                entry.category() == null ? null : labels.get("category." + entry.category()),
                agencyFact ? factRows(entry.fact()) : detailRows(entry.kind(), entry.details()),
                entry.amendments().stream().map(this::amendment).toList(),
                entry.retracted(),
                agencyFact && ownAgency && !entry.retracted());
    }

    private AmendmentView amendment(ChronologyEntry.Amendment amendment) {
        return new AmendmentView(
                amendment.correction(),
                amendment.reason(),
                amendment.by(),
                amendment.at() == null ? null : amendment.at().atZone(UK).toLocalDate(),
                amendment.previousOccurredOn(),
                factRows(amendment.previousFact()));
    }

    private List<Row> detailRows(String kind, Map<String, String> details) {
        List<Row> rows = new ArrayList<>();
        if ("AssessmentCompleted".equals(kind)) {
            DOMAINS.stream()
                    .filter(details::containsKey)
                    .forEach(domain -> rows.add(new Row(
                            labels.get("enum.NeedDomain." + domain),
                            labels.getOrDefault("assessment.score." + details.get(domain), details.get(domain)),
                            false)));
            return rows;
        }
        for (String key : DETAILS) {
            String value = details.get(key);
            if (value != null && !value.isBlank()) {
                rows.add(new Row(
                        labels.getOrDefault(
                                "chronology.detail." + kind + "." + key,
                                labels.getOrDefault("chronology.detail." + key, key)),
                        detailValue(kind, key, value, details),
                        MULTILINE.contains(key)));
            }
        }
        return rows;
    }

    private String detailValue(String kind, String key, String value, Map<String, String> details) {
        return switch (key) {
            case "name" -> withAgency(value, details.get("agencyName"));
            case "fromName" -> withAgency(value, details.get("fromAgencyName"));
            case "toName" -> withAgency(value, details.get("toAgencyName"));
            case "relationship" -> labels.getOrDefault("enum.Relationship." + value, value);
            case "kind" -> labels.getOrDefault("enum.ConferenceKind." + value, value);
            case "reason" ->
                "CaseClosed".equals(kind) ? labels.getOrDefault("enum.ClosureReason." + value, value) : value;
            case "riskFactors" ->
                Arrays.stream(value.split(","))
                        .map(factor -> labels.getOrDefault("enum.RiskFactor." + factor, factor))
                        .collect(Collectors.joining(", "));
            case "openActionsOverridden" -> labels.get(Boolean.parseBoolean(value) ? "yes" : "no");
            case "nextReviewOn" -> Labels.date(LocalDate.parse(value));
            default -> value;
        };
    }

    private String factValue(Object value) {
        if (value instanceof Boolean yes) {
            return labels.get(yes ? "yes" : "no");
        }
        String text = String.valueOf(value);
        if (ISO_DATE.matcher(text).matches()) {
            return Labels.date(LocalDate.parse(text));
        }
        if (OPTION.matcher(text).matches()) {
            return labels.getOrDefault("fact.option." + text, text);
        }
        return text;
    }

    private static String withAgency(String name, String agencyName) {
        return agencyName == null ? name : name + ", " + agencyName;
    }
}
