package uk.joinedup.webui.outcomes.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.CsvDownload;
import uk.joinedup.webui.caseservice.IndicatorPeople;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.caseservice.OutcomesDashboard;
import uk.joinedup.webui.caseservice.OutcomesDashboards;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.outcomes.Quarters;

/**
 * A team manager's outcomes dashboard (case-service refuses anyone else, 403): the indicators of their caseload
 * by quarter for the filters chosen, each table as CSV under the file name case-service gives it, and the
 * people behind each count. Filters case-service refuses are shown with a GOV.UK error summary.
 */
@Controller
class DashboardController {

    /** How many quarters back from the current one the period filter offers. */
    private static final int QUARTERS_OFFERED = 16;

    static final String PATH = "/outcomes";

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final OutcomesDashboards dashboards;
    private final DashboardPresenter presenter;
    private final Clock clock;

    DashboardController(OutcomesDashboards dashboards, DashboardPresenter presenter, Clock clock) {
        this.dashboards = dashboards;
        this.presenter = presenter;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String dashboard(@ModelAttribute("form") DashboardForm form, BindingResult errors, Model model) {
        model.addAttribute("quarters", Quarters.upTo(LocalDate.now(clock.withZone(UK)), QUARTERS_OFFERED));
        model.addAttribute("scopes", List.of(Choice.of("team", "Your team"), Choice.of("agency", "Your agency")));
        try {
            OutcomesDashboard dashboard =
                    dashboards.dashboard(form.getScope(), form.getKeyworker(), form.getFrom(), form.getTo());
            model.addAttribute("dashboard", dashboard);
            model.addAttribute(
                    "keyworkers",
                    dashboard.scope().keyworkers().stream()
                            .map(colleague -> Choice.of(colleague.userId(), colleague.name()))
                            .toList());
            model.addAttribute(
                    "firstQuarter", Quarters.label(dashboard.quarters().get(0)));
            model.addAttribute(
                    "lastQuarter",
                    Quarters.label(dashboard.quarters().get(dashboard.quarters().size() - 1)));
            model.addAttribute("sections", presenter.sections(dashboard, form));
            model.addAttribute("allCsv", csvLink("/quarters.csv", form));
        } catch (InvalidRequest invalid) {
            model.addAttribute("keyworkers", List.of());
            FormErrors.reject(invalid, errors);
        }
        return "outcomes/dashboard/dashboard";
    }

    @GetMapping(PATH + "/quarters.csv")
    ResponseEntity<byte[]> allCsv(@ModelAttribute("form") DashboardForm form) {
        return relay(form, () -> dashboards.allCsv(form.getScope(), form.getKeyworker(), form.getFrom(), form.getTo()));
    }

    @GetMapping(PATH + "/{measure}/quarters.csv")
    ResponseEntity<byte[]> measureCsv(@PathVariable String measure, @ModelAttribute("form") DashboardForm form) {
        return relay(
                form,
                () -> dashboards.measureCsv(
                        measure, form.getScope(), form.getKeyworker(), form.getFrom(), form.getTo()));
    }

    @GetMapping(PATH + "/{measure}/people")
    String people(
            @PathVariable String measure,
            @RequestParam(required = false) String quarter,
            @ModelAttribute("form") DashboardForm form,
            Model model) {
        try {
            IndicatorPeople people = dashboards.people(measure, quarter, form.getScope(), form.getKeyworker());
            model.addAttribute("people", people);
            model.addAttribute("quarterLabel", Quarters.label(people.quarter()));
            model.addAttribute(
                    "back",
                    csvLink("", form) + "#measure-"
                            + people.measure()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', '-'));
        } catch (InvalidRequest invalid) {
            return "redirect:" + csvLink("", form);
        }
        return "outcomes/dashboard/people";
    }

    /** case-service's CSV as it sent it: the body and the file name; refused filters go back to the page. */
    private static ResponseEntity<byte[]> relay(DashboardForm form, Supplier<ResponseEntity<byte[]>> table) {
        try {
            return CsvDownload.of(table.get());
        } catch (InvalidRequest invalid) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, csvLink("", form))
                    .build();
        }
    }

    /** The page's own address under {@code suffix} with the filters chosen. */
    static String csvLink(String suffix, DashboardForm form) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH + suffix);
        List<String[]> filters = new ArrayList<>();
        filters.add(new String[] {"scope", form.getScope()});
        filters.add(new String[] {"keyworker", form.getKeyworker()});
        filters.add(new String[] {"from", form.getFrom()});
        filters.add(new String[] {"to", form.getTo()});
        for (String[] filter : filters) {
            if (filter[1] != null && !filter[1].isBlank()) {
                uri.queryParam(filter[0], filter[1].strip());
            }
        }
        return uri.encode().build().toUriString();
    }

    /** The drill-down of a measure's quarter, for the scope chosen. */
    static String peopleLink(String measure, String quarter, DashboardForm form) {
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromPath(PATH + "/" + measure + "/people").queryParam("quarter", quarter);
        String[][] filters = {
            {"scope", form.getScope()},
            {"keyworker", form.getKeyworker()},
            {"from", form.getFrom()},
            {"to", form.getTo()}
        };
        for (String[] filter : filters) {
            if (filter[1] != null && !filter[1].isBlank()) {
                uri.queryParam(filter[0], filter[1].strip());
            }
        }
        return uri.encode().build().toUriString();
    }
}
