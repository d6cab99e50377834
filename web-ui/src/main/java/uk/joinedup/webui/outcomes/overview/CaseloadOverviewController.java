package uk.joinedup.webui.outcomes.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.CaseloadOverview;
import uk.joinedup.webui.caseservice.CaseloadOverviews;
import uk.joinedup.webui.caseservice.CsvDownload;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.outcomes.Quarters;

/**
 * A team manager's caseload overview (case-service refuses anyone else, 403): the figures for the period
 * chosen, and each table as CSV under the file name case-service gives it. A period case-service refuses
 * is shown with a GOV.UK error summary.
 */
@Controller
class CaseloadOverviewController {

    /** How many quarters back from the current one the period filter offers. */
    private static final int QUARTERS_OFFERED = 12;

    static final String PATH = "/caseload-overview";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CaseloadOverviews overviews;
    private final Clock clock;

    CaseloadOverviewController(CaseloadOverviews overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String overview(@ModelAttribute("form") OverviewForm form, BindingResult errors, Model model) {
        String from = OverviewForm.quarter(form.getFrom());
        String to = OverviewForm.quarter(form.getTo());
        model.addAttribute("quarters", Quarters.upTo(LocalDate.now(clock.withZone(UK)), QUARTERS_OFFERED));
        try {
            CaseloadOverview overview = overviews.overview(from, to);
            model.addAttribute("overview", overview);
            model.addAttribute(
                    "quarterLabels",
                    overview.quarters().stream().map(Quarters::label).toList());
            model.addAttribute("nowCsv", csvLink("/now.csv", from, to));
            model.addAttribute("quartersCsv", csvLink("/quarters.csv", from, to));
            model.addAttribute("keyworkersCsv", csvLink("/keyworkers.csv", from, to));
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
        }
        return "outcomes/overview";
    }

    @GetMapping(PATH + "/now.csv")
    ResponseEntity<byte[]> nowCsv(@ModelAttribute("form") OverviewForm form) {
        return relay(form, overviews::nowCsv);
    }

    @GetMapping(PATH + "/quarters.csv")
    ResponseEntity<byte[]> quartersCsv(@ModelAttribute("form") OverviewForm form) {
        return relay(form, overviews::quartersCsv);
    }

    @GetMapping(PATH + "/keyworkers.csv")
    ResponseEntity<byte[]> keyworkersCsv(@ModelAttribute("form") OverviewForm form) {
        return relay(form, overviews::keyworkersCsv);
    }

    /** case-service's CSV as it sent it: the body and the file name; a refused period goes back to the page. */
    private static ResponseEntity<byte[]> relay(
            OverviewForm form, BiFunction<String, String, ResponseEntity<byte[]>> table) {
        String from = OverviewForm.quarter(form.getFrom());
        String to = OverviewForm.quarter(form.getTo());
        try {
            return CsvDownload.of(table.apply(from, to));
        } catch (InvalidRequest invalid) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, csvLink("", from, to))
                    .build();
        }
    }

    /** The page's own address for a table's CSV, with the period chosen. */
    private static String csvLink(String table, String from, String to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH + table);
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        return uri.encode().build().toUriString();
    }
}
