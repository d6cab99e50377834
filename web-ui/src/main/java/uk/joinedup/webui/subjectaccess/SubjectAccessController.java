package uk.joinedup.webui.subjectaccess;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.SubjectAccess;
import uk.joinedup.webui.caseservice.SubjectAccessRequestView;
import uk.joinedup.webui.caseservice.SubjectAccessResponse;
import uk.joinedup.webui.caseservice.SubjectAccessStart;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.DateInput;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * "Subject access requests" for information-governance officers (case-service refuses anyone else, 403): the open
 * requests soonest due first, the form that starts one, a request's page with the response as it stands, which can be
 * downloaded as a PDF to send, and the form that extends its deadline within the first month.
 */
@Controller
class SubjectAccessController {

    static final String PATH = "/subject-access-requests";
    /** The "Important" banner when someone else changed the request since the page was built. */
    static final String CONFLICT = "subjectAccess.conflict";
    /** UK GDPR Art. 12(3): a deadline is extended by two further months at most. */
    private static final int MAXIMUM_FURTHER_MONTHS = 2;

    private final SubjectAccess subjectAccess;
    private final Labels labels;
    private final ResponsePdf responsePdf;
    private final Clock clock;

    SubjectAccessController(SubjectAccess subjectAccess, Labels labels, ResponsePdf responsePdf, Clock clock) {
        this.subjectAccess = subjectAccess;
        this.labels = labels;
        this.responsePdf = responsePdf;
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
        model.addAttribute("mayExtend", mayExtend(request));
        model.addAttribute("response", ResponsePage.of(response, labels));
        return "subjectaccess/show";
    }

    /**
     * The response as it stands as a PDF to send, what the request's page shows: case-service assembles it (and logs
     * the view) as for the page, and refuses anyone but an information-governance officer alike.
     */
    @GetMapping(PATH + "/{requestId}/response.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String requestId) {
        SubjectAccessRequestView request = subjectAccess.request(requestId);
        SubjectAccessResponse response = subjectAccess.response(requestId);
        byte[] pdf = responsePdf.render(request, ResponsePage.of(response, labels), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("subject-access-" + request.requestId() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The form that releases a redacted item, with the reason it is redacted. */
    @GetMapping(PATH + "/{requestId}/items/{itemId}/override")
    String overrideForm(@PathVariable String requestId, @PathVariable String itemId, Model model) {
        DecisionForm form = new DecisionForm();
        SubjectAccessResponse response = subjectAccess.response(requestId);
        form.setVersion(response.version());
        model.addAttribute("form", form);
        return overridePage(response, itemId, model);
    }

    @PostMapping(PATH + "/{requestId}/items/{itemId}/override")
    String override(
            @PathVariable String requestId,
            @PathVariable String itemId,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> subjectAccess.override(
                            requestId,
                            form.getVersion(),
                            itemId,
                            form.getWords().strip()),
                    errors,
                    DecisionForm::formField,
                    DecisionForm::refusedField,
                    CONFLICT);
            if (outcome != FormErrors.Outcome.REFUSED) {
                return backToRequest(requestId, outcome, "subjectAccess.overridden.done", redirect);
            }
        }
        return overridePage(subjectAccess.response(requestId), itemId, model);
    }

    /** Takes back an override, from a button on the request's page. */
    @PostMapping(PATH + "/{requestId}/items/{itemId}/restore")
    String restore(
            @PathVariable String requestId,
            @PathVariable String itemId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return decided(
                requestId, () -> subjectAccess.restore(requestId, version, itemId), "subjectAccess.restored", redirect);
    }

    /** Releases the response as reviewed, from a button on the request's page. */
    @PostMapping(PATH + "/{requestId}/release")
    String release(@PathVariable String requestId, @RequestParam long version, RedirectAttributes redirect) {
        return decided(requestId, () -> subjectAccess.release(requestId, version), "subjectAccess.released", redirect);
    }

    /** The form that extends the deadline: why, by how many further months, and the reasons the person is told. */
    @GetMapping(PATH + "/{requestId}/extend")
    String extendForm(@PathVariable String requestId, Model model) {
        SubjectAccessRequestView request = subjectAccess.request(requestId);
        ExtendForm form = new ExtendForm();
        form.setVersion(request.version());
        model.addAttribute("form", form);
        return extendPage(request, model);
    }

    @PostMapping(PATH + "/{requestId}/extend")
    String extend(
            @PathVariable String requestId,
            @Valid @ModelAttribute("form") ExtendForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> subjectAccess.extend(requestId, form.toDecision()),
                    errors,
                    ExtendForm::formField,
                    ExtendForm::refusedField,
                    CONFLICT);
            if (outcome != FormErrors.Outcome.REFUSED) {
                return backToRequest(requestId, outcome, "subjectAccess.extended", redirect);
            }
        }
        return extendPage(subjectAccess.request(requestId), model);
    }

    @GetMapping(PATH + "/{requestId}/close")
    String closeForm(@PathVariable String requestId, Model model) {
        SubjectAccessRequestView request = subjectAccess.request(requestId);
        DecisionForm form = new DecisionForm();
        form.setVersion(request.version());
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        return "subjectaccess/close";
    }

    @PostMapping(PATH + "/{requestId}/close")
    String close(
            @PathVariable String requestId,
            @Valid @ModelAttribute("form") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> subjectAccess.close(
                            requestId, form.getVersion(), form.getWords().strip()),
                    errors,
                    DecisionForm::formField,
                    DecisionForm::refusedField,
                    CONFLICT);
            if (outcome != FormErrors.Outcome.REFUSED) {
                return backToRequest(requestId, outcome, "subjectAccess.closed", redirect);
            }
        }
        model.addAttribute("request", subjectAccess.request(requestId));
        return "subjectaccess/close";
    }

    /**
     * A decision without words: done, a success banner; someone else changed the request first, an "Important"
     * banner on the request's page as it is now; refused (the request no longer open), the refusal in that banner.
     */
    private static String decided(String requestId, Runnable decision, String done, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", done);
        } catch (CaseServiceProblem.Conflict conflict) {
            redirect.addFlashAttribute("important", CONFLICT);
        } catch (CaseServiceProblem.Refused refused) {
            redirect.addFlashAttribute("important", "subjectAccess.refused");
            redirect.addFlashAttribute("importantArgs", new Object[] {refused.getMessage()});
        }
        return "redirect:" + PATH + "/" + requestId;
    }

    private static String backToRequest(
            String requestId, FormErrors.Outcome outcome, String done, RedirectAttributes redirect) {
        if (outcome == FormErrors.Outcome.CONFLICT) {
            redirect.addFlashAttribute("important", CONFLICT);
        } else {
            redirect.addFlashAttribute("success", done);
        }
        return "redirect:" + PATH + "/" + requestId;
    }

    private String overridePage(SubjectAccessResponse response, String itemId, Model model) {
        model.addAttribute(
                "item",
                ResponsePage.of(response, labels)
                        .find(itemId)
                        .orElseThrow(() -> new CaseServiceProblem.NotFound("no such item in the response")));
        model.addAttribute("requestId", response.requestId());
        return "subjectaccess/override";
    }

    /**
     * The extend page's choices: each reason Art. 12(3) allows, and the further months still allowed (two in all),
     * each with the deadline it would set.
     */
    private String extendPage(SubjectAccessRequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute(
                "reasons",
                labels.choicesWithHints(
                        "subjectAccess.extend.reason.", SubjectAccessRequestView.ExtensionReason.values()));
        List<Choice> months = new ArrayList<>();
        for (int further = 1; further <= MAXIMUM_FURTHER_MONTHS - request.extendedMonths(); further++) {
            LocalDate dueBy = request.receivedOn().plusMonths(1L + request.extendedMonths() + further);
            months.add(new Choice(
                    String.valueOf(further),
                    labels.get("subjectAccess.extend.months." + further),
                    labels.get("subjectAccess.extend.months.hint", Labels.date(dueBy))));
        }
        model.addAttribute("monthChoices", months);
        return "subjectaccess/extend";
    }

    /**
     * Whether the page offers to extend the deadline: the request is open, it is still its first month (the person
     * must be told within it) and it has not been extended by the two further months allowed.
     */
    private boolean mayExtend(SubjectAccessRequestView request) {
        return request.status() == SubjectAccessRequestView.Status.OPEN
                && !today().isAfter(request.originalDueBy())
                && request.extendedMonths() < MAXIMUM_FURTHER_MONTHS;
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
