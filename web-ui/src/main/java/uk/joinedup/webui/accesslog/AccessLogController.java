package uk.joinedup.webui.accesslog;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.joinedup.webui.caseservice.AccessLog;
import uk.joinedup.webui.caseservice.AccessLogPage;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.directory.Agency;
import uk.joinedup.webui.directory.StaffDirectory;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Pagination;

/**
 * The access log (case-service lets only information-governance officers read it): the filters and a
 * page of results, the same records as CSV, and the verification of the chain.
 */
@Controller
class AccessLogController {

    private static final String PATH = "/access-log";

    private final AccessLog accessLog;
    private final StaffDirectory directory;
    private final AccessLogPresenter presenter;

    AccessLogController(AccessLog accessLog, StaffDirectory directory, AccessLogPresenter presenter) {
        this.accessLog = accessLog;
        this.directory = directory;
        this.presenter = presenter;
    }

    @GetMapping(PATH)
    String search(@ModelAttribute("form") AccessLogForm form, BindingResult errors, Model model) {
        LocalDate from = date(form, "from", errors);
        LocalDate to = date(form, "to", errors);
        List<Agency> agencies = directory.agencies();
        model.addAttribute(
                "agencies",
                agencies.stream()
                        .map(agency -> Choice.of(agency.id(), agency.name()))
                        .toList());
        model.addAttribute(
                "users",
                directory.everyone().stream()
                        .map(person -> Choice.of(person.username(), person.displayName() + ", " + person.agencyName()))
                        .toList());
        if (!errors.hasErrors()) {
            try {
                AccessLogPage page = accessLog.search(form.toQuery(from, to), form.getPage());
                model.addAttribute("page", page);
                model.addAttribute("records", presenter.records(page.records(), names(agencies)));
                model.addAttribute("pagination", Pagination.of(page.page(), page.pages(), n -> form.page(PATH, n)));
                model.addAttribute("csv", form.withFilters(PATH + ".csv"));
            } catch (InvalidRequest invalid) {
                FormErrors.reject(invalid, errors);
            }
        }
        model.addAttribute("clear", PATH);
        return "accesslog/search";
    }

    /**
     * The records the filters match as CSV, streamed through from case-service under the file name it
     * gives; filters that are not valid go back to the search page, which says why.
     */
    @GetMapping(PATH + ".csv")
    void csv(@ModelAttribute("form") AccessLogForm form, BindingResult errors, HttpServletResponse response)
            throws IOException {
        LocalDate from = date(form, "from", errors);
        LocalDate to = date(form, "to", errors);
        if (errors.hasErrors()) {
            response.sendRedirect(form.withFilters(PATH));
            return;
        }
        try (AccessLog.Download download = accessLog.csv(form.toQuery(from, to))) {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    download.contentDisposition() != null
                            ? download.contentDisposition()
                            : ContentDisposition.attachment()
                                    .filename("access-log.csv")
                                    .build()
                                    .toString());
            try (InputStream body = download.body()) {
                body.transferTo(response.getOutputStream());
            }
        } catch (InvalidRequest invalid) {
            response.sendRedirect(form.withFilters(PATH));
        }
    }

    @GetMapping(PATH + "/verification")
    String verification(Model model) {
        model.addAttribute("verification", presenter.verification(accessLog.verify()));
        return "accesslog/verification";
    }

    /** A date the filter may leave blank; any date, as case-service decides what period it searches. */
    private static LocalDate date(AccessLogForm form, String field, BindingResult errors) {
        return ("from".equals(field) ? form.getFrom() : form.getTo())
                .validate(
                        field, new DefaultMessageSourceResolvable("accesslog." + field + ".name"), null, null, errors);
    }

    private static Map<String, String> names(List<Agency> agencies) {
        return agencies.stream().collect(Collectors.toMap(Agency::id, Agency::name));
    }
}
