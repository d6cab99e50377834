package uk.joinedup.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
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
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.infrastructure.Messages;

/** Teams within agencies: created and renamed by their agency's administrators or a system administrator. */
@Controller
class TeamAdminController {

    private final Administrators administrators;
    private final Directory directory;
    private final AuditLog audit;
    private final Messages messages;

    TeamAdminController(Administrators administrators, Directory directory, AuditLog audit, Messages messages) {
        this.administrators = administrators;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/admin/teams/new")
    String newTeam(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        Administrator by = administrators.current(signedIn);
        return form(model, by, new TeamForm(by.agencyId(), ""), Map.of(), null);
    }

    @PostMapping("/admin/teams/new")
    String create(
            @AuthenticationPrincipal DirectoryUser signedIn,
            TeamForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Administrator by = administrators.current(signedIn);
        Map<String, String> errors = form.errors(by, directory, messages);
        if (errors.isEmpty() && directory.team(form.newId()).isPresent()) {
            errors = Map.of("name", messages.text("admin.team.name.taken"));
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, by, form, errors, null);
        }
        Team team = new Team(form.newId(), form.agencyId(), form.name());
        directory.save(team);
        audit.record(
                AuditEventType.TEAM_CREATED,
                by.username(),
                team.id(),
                team.agencyId(),
                request.getRemoteAddr(),
                team.name());
        return "redirect:/admin/agencies";
    }

    @GetMapping("/admin/teams/{id}/edit")
    String edit(@AuthenticationPrincipal DirectoryUser signedIn, @PathVariable String id, Model model) {
        Administrator by = administrators.current(signedIn);
        Team team = managed(by, id);
        return form(model, by, new TeamForm(team.agencyId(), team.name()), Map.of(), team);
    }

    @PostMapping("/admin/teams/{id}/edit")
    String rename(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String id,
            TeamForm submitted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Administrator by = administrators.current(signedIn);
        Team team = managed(by, id);
        TeamForm form = new TeamForm(team.agencyId(), submitted.name());
        Map<String, String> errors = form.errors(by, directory, messages);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, by, form, errors, team);
        }
        directory.save(new Team(team.id(), team.agencyId(), form.name()));
        audit.record(
                AuditEventType.TEAM_RENAMED,
                by.username(),
                team.id(),
                team.agencyId(),
                request.getRemoteAddr(),
                form.name());
        return "redirect:/admin/agencies";
    }

    private Team managed(Administrator by, String id) {
        Team team = directory.team(id).orElseThrow(NotFound::new);
        administrators.requireManages(by, team.agencyId());
        return team;
    }

    private String form(Model model, Administrator by, TeamForm form, Map<String, String> errors, Team existing) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("team", existing);
        model.addAttribute(
                "agencies",
                directory.agencies().stream()
                        .filter(agency -> by.manages(agency.id()))
                        .sorted(Comparator.comparing(Agency::name))
                        .toList());
        return "admin/team-form";
    }
}
