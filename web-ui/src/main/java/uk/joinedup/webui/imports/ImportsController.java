package uk.joinedup.webui.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
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
import uk.joinedup.webui.caseservice.CsvDownload;
import uk.joinedup.webui.caseservice.ExtractType;
import uk.joinedup.webui.caseservice.ImportView;
import uk.joinedup.webui.caseservice.Imports;
import uk.joinedup.webui.govuk.FormErrors;
import uk.joinedup.webui.govuk.Labels;

/**
 * A data officer's "Data imports" (case-service refuses anyone else, 403): the upload form with the kinds of extract
 * and their columns, the agency's imports, and one import's page: its progress while case-service checks or imports
 * it (refreshing itself every few seconds, without JavaScript), the dry run's report with the button that imports
 * the file, and what was imported.
 */
@Controller
class ImportsController {

    static final String PATH = "/imports";
    /** Seconds between the refreshes of an import's page while case-service works through its rows. */
    static final int REFRESH_SECONDS = 3;
    /** The flash attribute {@link UploadTooLarge} sets when the browser sent more than web-ui takes. */
    static final String TOO_LARGE = "uploadTooLarge";

    private final Imports imports;
    private final Labels labels;

    ImportsController(Imports imports, Labels labels) {
        this.imports = imports;
        this.labels = labels;
    }

    @GetMapping(PATH)
    String list(@ModelAttribute("form") UploadForm form, BindingResult errors, Model model) {
        if (model.containsAttribute(TOO_LARGE)) {
            errors.rejectValue("file", "imports.file.tooLarge");
        }
        return listPage(model);
    }

    @PostMapping(PATH)
    String upload(
            @ModelAttribute("form") UploadForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (form.getExtractType() == null || form.getExtractType().isBlank()) {
            errors.rejectValue("extractType", "imports.extractType.missing");
        }
        String fileProblem = form.fileProblem();
        if (fileProblem != null) {
            errors.rejectValue("file", fileProblem);
        }
        if (errors.hasErrors()) {
            return listPage(model);
        }
        String[] importId = new String[1];
        try {
            byte[] csv = form.getFile().getBytes();
            FormErrors.Outcome outcome = FormErrors.attempt(
                    () -> importId[0] = imports.upload(form.getExtractType().strip(), form.fileName(), csv),
                    errors,
                    UnaryOperator.identity(),
                    "imports.upload.conflict");
            if (outcome == FormErrors.Outcome.DONE) {
                return "redirect:" + PATH + "/" + importId[0];
            }
        } catch (CaseServiceProblem.TooLarge tooLarge) {
            errors.rejectValue("file", "imports.file.tooLarge");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return listPage(model);
    }

    /**
     * One import. While it runs the page updates itself without JavaScript, unless the user stopped it ({@code
     * updates=off}): a page that reloads itself can be turned off before it does (WCAG 2.2.1), for a screen
     * reader user whom each reload takes back to the top.
     */
    @GetMapping(PATH + "/{importId}")
    String show(@PathVariable String importId, @RequestParam(defaultValue = "on") String updates, Model model) {
        ImportView view = imports.get(importId);
        model.addAttribute("upload", view);
        if (view.status().inProgress()) {
            boolean updating = !"off".equals(updates);
            if (updating) {
                model.addAttribute("refreshSeconds", REFRESH_SECONDS);
            }
            model.addAttribute("updating", updating);
            model.addAttribute("timeLeft", TimeLeft.of(view.secondsLeft(), labels));
        }
        model.addAttribute("reportCsv", PATH + "/" + importId + "/report.csv");
        return "imports/show";
    }

    /** case-service's report of the dry run as it sent it: the body and the file name. */
    @GetMapping(PATH + "/{importId}/report.csv")
    ResponseEntity<byte[]> reportCsv(@PathVariable String importId) {
        return CsvDownload.of(imports.reportCsv(importId));
    }

    @PostMapping(PATH + "/{importId}/start")
    String start(@PathVariable String importId, RedirectAttributes redirect) {
        try {
            imports.start(importId);
        } catch (CaseServiceProblem.Conflict notChecked) {
            redirect.addFlashAttribute("important", "imports.start.conflict");
        }
        return "redirect:" + PATH + "/" + importId;
    }

    /** Discards a checked file: back to the list, which says so; a file no longer checked stays on its page. */
    @PostMapping(PATH + "/{importId}/discard")
    String discard(@PathVariable String importId, RedirectAttributes redirect) {
        try {
            imports.discard(importId);
        } catch (CaseServiceProblem.Conflict notChecked) {
            redirect.addFlashAttribute("important", "imports.discard.conflict");
            return "redirect:" + PATH + "/" + importId;
        }
        redirect.addFlashAttribute("success", "imports.discard.done");
        return "redirect:" + PATH;
    }

    private String listPage(Model model) {
        List<ExtractType> types = imports.extractTypes();
        model.addAttribute("extractTypes", types);
        model.addAttribute("imports", imports.list());
        return "imports/list";
    }
}
