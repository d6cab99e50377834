package uk.joinedup.webui.subjectaccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.SubjectAccess;
import uk.joinedup.webui.caseservice.SubjectAccessRequestView;
import uk.joinedup.webui.caseservice.SubjectAccessResponse;
import uk.joinedup.webui.caseservice.SubjectAccessStart;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * "Subject access requests" for information-governance officers (case-service refuses anyone else, 403): the open
 * requests soonest due first, the form that starts one, and a request's page with the response as it stands.
 */
@Controller
class SubjectAccessController {

    static final String PATH = "/subject-access-requests";

    private final SubjectAccess subjectAccess;
    private final Labels labels;
    private final Clock clock;

    SubjectAccessController(SubjectAccess subjectAccess, Labels labels, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.labels = labels;
        this.clock = clock;
    }

    /** An open request with the days left to its statutory deadline (negative once overdue). */
    public record OpenRequest(SubjectAccessRequestView request, long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        public long daysOverdue() {
            return -daysLeft;
        }
    }

    @GetMapping(PATH)
    String list(Model model) {
        LocalDate today = today();
        List<OpenRequest> open = subjectAccess.open().stream()
                .map(request -> new OpenRequest(request, ChronoUnit.DAYS.between(today, request.dueBy())))
                .toList();
        model.addAttribute("requests", open);
        return "subjectaccess/list";
    }

    @GetMapping(PATH + "/new")
    String startForm(Model model) {
        StartForm form = new StartForm();
        form.setReceivedOn(DateInput.of(today()));
        model.addAttribute("form", form);
        return startPage(model);
    }

    @PostMapping(PATH)
    String start(
            @ModelAttribute("form") StartForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        LocalDate received = form.getReceivedOn().validate("receivedOn", "subjectAccess.receivedOn", today(), errors);
        String[] requestId = new String[1];
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> requestId[0] = subjectAccess.start(form.toRequest(received)),
                                errors,
                                UnaryOperator.identity(),
                                StartForm::refusedField,
                                null)
                        == FormErrors.Outcome.DONE) {
            redirect.addFlashAttribute("success", "subjectAccess.started");
            return "redirect:" + PATH + "/" + requestId[0];
        }
        return startPage(model);
    }

    @GetMapping(PATH + "/{requestId}")
    String show(@PathVariable String requestId, Model model) {
        SubjectAccessRequestView request = subjectAccess.request(requestId);
        SubjectAccessResponse response = subjectAccess.response(requestId);
        model.addAttribute("request", request);
        model.addAttribute("daysLeft", ChronoUnit.DAYS.between(today(), request.dueBy()));
        model.addAttribute("response", ResponsePage.of(response, labels));
        return "subjectaccess/show";
    }

    private String startPage(Model model) {
        model.addAttribute(
                "requesters", labels.choices("subjectAccess.requester.", SubjectAccessStart.Requester.values()));
        model.addAttribute(
                "identityChecks",
                labels.choicesWithHints("subjectAccess.identityCheck.", SubjectAccessStart.IdentityCheck.values()));
        return "subjectaccess/start";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
