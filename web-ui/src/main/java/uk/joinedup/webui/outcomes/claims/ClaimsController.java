package uk.joinedup.webui.outcomes.claims;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import uk.joinedup.webui.caseservice.CaseServiceProblem;
import uk.joinedup.webui.caseservice.Claims;
import uk.joinedup.webui.caseservice.ClaimsList;
import uk.joinedup.webui.caseservice.CsvDownload;
import uk.joinedup.webui.caseservice.FamilyClaims;
import uk.joinedup.webui.caseservice.FamilyClaims.ResultClaim;
import uk.joinedup.webui.caseservice.InvalidRequest;
import uk.joinedup.webui.govuk.Choice;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;
import uk.joinedup.webui.govuk.PageNumber;
import uk.joinedup.webui.govuk.Pagination;

/**
 * The claims pages (team managers; case-service refuses anyone else, 403): the list with its filters and
 * CSV, a family's evidence and claims, and the forms that act on a claim.
 */
@Controller
class ClaimsController {

    static final String PATH = "/claims";
    private static final String RESULT = "/families/{familyId}/schemes/{scheme}/results/{result}";
    private static final String CONFLICT = "claims.conflict";
    private static final List<String> STATUSES = List.of("NOT_CLAIMED", "DRAFT", "SUBMITTED", "PAID", "REJECTED");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final Claims claims;
    private final Labels labels;
    private final Clock clock;

    ClaimsController(Claims claims, Labels labels, Clock clock) {
        this.claims = claims;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("form") ClaimsFilter form, BindingResult errors, Model model) {
        String scheme = blankToNull(form.getScheme());
        String status = blankToNull(form.getStatus());
        model.addAttribute(
                "statuses",
                STATUSES.stream()
                        .map(one -> Choice.of(one, labels.get("claims.status." + one)))
                        .toList());
        try {
            ClaimsList list = claims.list(scheme, status, PageNumber.of(form.getPage()));
            model.addAttribute("list", list);
            model.addAttribute(
                    "pagination",
                    Pagination.of(list.page(), list.totalPages(), number -> pageLink(scheme, status, number)));
            model.addAttribute(
                    "schemes",
                    list.schemes().stream()
                            .map(one -> Choice.of(one.id(), one.name()))
                            .toList());
            model.addAttribute("csv", link(PATH + "/export.csv", scheme, status));
        } catch (InvalidRequest invalid) {
            FormErrors.reject(invalid, errors);
            model.addAttribute("schemes", List.of());
        }
        return "outcomes/claims";
    }

    @GetMapping(PATH + "/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("form") ClaimsFilter form) {
        String scheme = blankToNull(form.getScheme());
        String status = blankToNull(form.getStatus());
        try {
            return CsvDownload.of(claims.csv(scheme, status));
        } catch (InvalidRequest invalid) {
            return ResponseEntity.status(303)
                    .header(HttpHeaders.LOCATION, link(PATH, scheme, status))
                    .build();
        }
    }

    @GetMapping(PATH + "/families/{familyId}")
    String family(@PathVariable String familyId, @ModelAttribute("form") ClaimActionForm form, Model model) {
        return familyPage(familyId, model);
    }

    @PostMapping(PATH + RESULT + "/draft")
    String draft(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @ModelAttribute("form") ClaimActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        String[] reference = new String[1];
        FormErrors.Outcome outcome = FormErrors.attempt(
                () -> reference[0] = claims.draft(familyId, scheme, result, form.seenVersion()),
                errors,
                field -> field,
                CONFLICT);
        if (outcome == FormErrors.Outcome.DONE) {
            return done(familyId, "claims.drafted", reference[0], redirect);
        }
        return familyPage(familyId, model);
    }

    @PostMapping(PATH + RESULT + "/submission")
    String submit(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @ModelAttribute("form") ClaimActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Long version = form.seenVersion();
        if (version == null) {
            errors.reject(CONFLICT);
            return familyPage(familyId, model);
        }
        FormErrors.Outcome outcome = FormErrors.attempt(
                () -> claims.submit(familyId, scheme, result, version), errors, field -> field, CONFLICT);
        if (outcome == FormErrors.Outcome.DONE) {
            return done(familyId, "claims.submitted", referenceOf(familyId, scheme, result), redirect);
        }
        return familyPage(familyId, model);
    }

    @GetMapping(PATH + RESULT + "/{answer:payment|rejection}")
    String answerForm(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @PathVariable String answer,
            @ModelAttribute("form") ClaimAnswerForm form,
            Model model) {
        FamilyClaims family = claims.family(familyId);
        ResultClaim claim = submittedClaim(family, scheme, result);
        form.setVersion(String.valueOf(claim.version()));
        return answerPage(family, scheme, result, answer, claim, model);
    }

    @PostMapping(PATH + RESULT + "/{answer:payment|rejection}")
    String answer(
            @PathVariable String familyId,
            @PathVariable String scheme,
            @PathVariable String result,
            @PathVariable String answer,
            @Valid @ModelAttribute("form") ClaimAnswerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        boolean paid = answer.equals("payment");
        String code = paid ? "claims.paidOn" : "claims.rejectedOn";
        LocalDate on = form.getOn()
                .validate(
                        "on",
                        new DefaultMessageSourceResolvable(code + ".label"),
                        new DefaultMessageSourceResolvable(code + ".missing"),
                        LocalDate.now(clock.withZone(UK)),
                        errors);
        if (!paid && (form.getReason() == null || form.getReason().isBlank())) {
            errors.rejectValue("reason", "claims.reason.missing");
        }
        FamilyClaims family = claims.family(familyId);
        ResultClaim claim = submittedClaim(family, scheme, result);
        Long version = ClaimActionForm.versionOf(form.getVersion());
        if (!errors.hasErrors()
                && FormErrors.attempt(
                                () -> {
                                    long seen = version == null ? claim.version() : version;
                                    if (paid) {
                                        claims.paid(familyId, scheme, result, seen, on);
                                    } else {
                                        claims.rejected(
                                                familyId,
                                                scheme,
                                                result,
                                                seen,
                                                on,
                                                form.getReason().strip());
                                    }
                                },
                                errors,
                                ClaimAnswerForm::formField,
                                ClaimAnswerForm::refusedField,
                                CONFLICT)
                        == FormErrors.Outcome.DONE) {
            return done(
                    familyId,
                    paid ? "claims.paid" : "claims.rejected",
                    claim.current().reference(),
                    redirect);
        }
        form.setVersion(String.valueOf(claim.version()));
        return answerPage(family, scheme, result, answer, claim, model);
    }

    private String familyPage(String familyId, Model model) {
        model.addAttribute("family", claims.family(familyId));
        return "outcomes/claim";
    }

    private String answerPage(
            FamilyClaims family, String scheme, String result, String answer, ResultClaim claim, Model model) {
        model.addAttribute("family", family);
        model.addAttribute("claim", claim.current());
        model.addAttribute("paid", answer.equals("payment"));
        model.addAttribute("back", PATH + "/families/" + family.familyId());
        model.addAttribute(
                "action",
                PATH + "/families/" + family.familyId() + "/schemes/" + scheme + "/results/" + result + "/" + answer);
        return "outcomes/claim-answer";
    }

    /** The result's claims, whose latest claim awaits an answer; anything else is not found. */
    private static ResultClaim submittedClaim(FamilyClaims family, String scheme, String result) {
        ResultClaim claim = family.result(scheme, result);
        if (claim == null
                || claim.current() == null
                || !"SUBMITTED".equals(claim.current().status())) {
            throw new CaseServiceProblem.NotFound("No submitted claim awaits an answer for this result");
        }
        return claim;
    }

    private String referenceOf(String familyId, String scheme, String result) {
        ResultClaim claim = claims.family(familyId).result(scheme, result);
        return claim == null || claim.current() == null ? "" : claim.current().reference();
    }

    private static String done(String familyId, String message, String reference, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArgs", reference);
        return "redirect:" + PATH + "/families/" + familyId;
    }

    /** An address of these pages with the filters chosen. */
    /** The address of page {@code page} of the list with these filters: no page number for the first. */
    static String pageLink(String scheme, String status, int page) {
        return page > 1 ? link(PATH, scheme, status, page) : link(PATH, scheme, status);
    }

    private static String link(String path, String scheme, String status, int page) {
        return UriComponentsBuilder.fromUriString(link(path, scheme, status))
                .queryParam("page", page)
                .build()
                .toUriString();
    }

    private static String link(String path, String scheme, String status) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (scheme != null) {
            uri.queryParam("scheme", scheme);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        return uri.encode().build().toUriString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
