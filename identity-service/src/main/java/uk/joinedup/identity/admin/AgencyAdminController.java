package uk.joinedup.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.AgencyKind;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.infrastructure.Messages;

/** Agencies: every administrator sees the ones they manage; only system administrators create or correct them. */
@Controller
class AgencyAdminController {

    private final Administrators administrators;
    private final Directory directory;
    private final AuditLog audit;
    private final Messages messages;

    AgencyAdminController(Administrators administrators, Directory directory, AuditLog audit, Messages messages) {
        this.administrators = administrators;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/agencies")
    String agencies(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        Administrator by = administrators.current(signedIn);
        model.addAttribute(
                "agencies",
                directory.agencies().stream()
                        .filter(agency -> by.manages(agency.id()))
                        .sorted(Comparator.comparing(Agency::name))
                        .toList());
        model.addAttribute("teams", directory.teams());
        model.addAttribute("system", by.system());
        return "admin/agencies";
    }

    @GetMapping("/admin/agencies/new")
    String newAgency(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        administrators.requireSystem(administrators.current(signedIn));
        return form(model, new AgencyForm("", "", ""), Map.of(), true);
    }

    @PostMapping("/admin/agencies/new")
    String create(
            @AuthenticationPrincipal DirectoryUser signedIn,
            AgencyForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Administrator by = administrators.current(signedIn);
        administrators.requireSystem(by);
        Map<String, String> errors = form.errors(true, directory, messages);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors, true);
        }
        directory.save(new Agency(form.id(), form.name(), form.kind()));
        audit.record(
                AuditEventType.AGENCY_CREATED,
                by.username(),
                form.id(),
                form.id(),
                request.getRemoteAddr(),
                form.name());
        return "redirect:/admin/agencies";
    }

    @GetMapping("/admin/agencies/{id}/edit")
    String edit(@AuthenticationPrincipal DirectoryUser signedIn, @PathVariable String id, Model model) {
        administrators.requireSystem(administrators.current(signedIn));
        Agency agency = directory.agency(id).orElseThrow(NotFound::new);
        return form(model, new AgencyForm(agency.id(), agency.name(), agency.kind()), Map.of(), false);
    }

    @PostMapping("/admin/agencies/{id}/edit")
    String correct(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String id,
            AgencyForm submitted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Administrator by = administrators.current(signedIn);
        administrators.requireSystem(by);
        Agency agency = directory.agency(id).orElseThrow(NotFound::new);
        AgencyForm form = new AgencyForm(agency.id(), submitted.name(), submitted.kind());
        Map<String, String> errors = form.errors(false, directory, messages);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, form, errors, false);
        }
        directory.save(new Agency(agency.id(), form.name(), form.kind()));
        audit.record(
                AuditEventType.AGENCY_DETAILS_CORRECTED,
                by.username(),
                agency.id(),
                agency.id(),
                request.getRemoteAddr(),
                form.name());
        return "redirect:/admin/agencies";
    }

    private String form(Model model, AgencyForm form, Map<String, String> errors, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute(
                "kinds", List.of(AgencyKind.values()).stream().map(Enum::name).toList());
        return "admin/agency-form";
    }
}
