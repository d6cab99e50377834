package uk.joinedup.identity.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.authorization.IdentityProperties;
import uk.joinedup.identity.directory.Agency;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.infrastructure.Messages;
import uk.joinedup.identity.infrastructure.Times;
import uk.joinedup.identity.invitation.SignInLinks;
import uk.joinedup.identity.login.AccountLockouts;
import uk.joinedup.identity.mfa.SecondFactor;

/** Listing, creating, reading and correcting users. */
@Controller
class UserAdminController {

    static final String ISSUED_LINK = "issuedLink";

    private final Administrators administrators;
    private final UserAdministration administration;
    private final Directory directory;
    private final AccountLockouts lockouts;
    private final SecondFactor secondFactor;
    private final SignInLinks links;
    private final AuditLog audit;
    private final IdentityProperties identity;
    private final Messages messages;
    private final Clock clock;

    UserAdminController(
            Administrators administrators,
            UserAdministration administration,
            Directory directory,
            AccountLockouts lockouts,
            SecondFactor secondFactor,
            SignInLinks links,
            AuditLog audit,
            IdentityProperties identity,
            Messages messages,
            Clock clock) {
        this.administrators = administrators;
        this.administration = administration;
        this.directory = directory;
        this.lockouts = lockouts;
        this.secondFactor = secondFactor;
        this.links = links;
        this.audit = audit;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        Administrator by = administrators.current(signedIn);
        List<UserRow> rows = directory.users().stream()
                .filter(user -> by.manages(user.agencyId()))
                .sorted(Comparator.comparing(UserAccount::displayName).thenComparing(UserAccount::username))
                .map(this::row)
                .toList();
        model.addAttribute("users", rows);
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal DirectoryUser signedIn, Model model) {
        Administrator by = administrators.current(signedIn);
        return form(model, by, new UserForm("", "", null, by.agencyId(), null, List.of()), Map.of(), true);
    }

    @PostMapping("/admin/users/new")
    String create(
            @AuthenticationPrincipal DirectoryUser signedIn,
            UserForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Administrator by = administrators.current(signedIn);
        Map<String, String> errors = form.errors(true, by, directory, messages);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, by, form, errors, true);
        }
        UserAccount user = new UserAccount(
                form.username(),
                form.displayName(),
                form.agencyId(),
                form.teamId(),
                form.heldRoles(),
                form.job(),
                null,
                true);
        SignInLinks.Issued link = administration.create(user, by, request.getRemoteAddr());
        redirect.addFlashAttribute(ISSUED_LINK, linkView(link, "admin.link.invitation"));
        return "redirect:/admin/users/" + user.username();
    }

    @GetMapping("/admin/users/{username}")
    String user(@AuthenticationPrincipal DirectoryUser signedIn, @PathVariable String username, Model model) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = administrators.managedUser(by, username);
        model.addAttribute("user", user);
        model.addAttribute("row", row(user));
        model.addAttribute("locked", lockouts.of(user.username()).lockedAt(clock.instant()));
        model.addAttribute("enrolled", secondFactor.enrolled(user.username()));
        model.addAttribute("self", user.username().equals(by.username()));
        model.addAttribute(
                "pendingLink",
                links.pending(user.username())
                        .map(link -> messages.text(
                                "admin.user.pendingLink." + link.kind().name(), Times.display(link.expiresAt())))
                        .orElse(null));
        model.addAttribute(
                "signIns",
                audit.recentSignIns(user.username()).stream().map(AuditRow::of).toList());
        return "admin/user";
    }

    @GetMapping("/admin/users/{username}/edit")
    String edit(@AuthenticationPrincipal DirectoryUser signedIn, @PathVariable String username, Model model) {
        Administrator by = administrators.current(signedIn);
        UserAccount user = administrators.managedUser(by, username);
        return form(model, by, UserForm.of(user), Map.of(), false);
    }

    @PostMapping("/admin/users/{username}/edit")
    String correct(
            @AuthenticationPrincipal DirectoryUser signedIn,
            @PathVariable String username,
            UserForm submitted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Administrator by = administrators.current(signedIn);
        UserAccount before = administrators.managedUser(by, username);
        UserForm form = new UserForm(
                before.username(),
                submitted.displayName(),
                submitted.job(),
                submitted.agencyId(),
                submitted.teamId(),
                submitted.roles());
        Map<String, String> errors = form.errors(false, by, directory, messages);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(model, by, form, errors, false);
        }
        UserAccount after = new UserAccount(
                before.username(),
                form.displayName(),
                form.agencyId(),
                form.teamId(),
                form.heldRoles(),
                form.job(),
                before.passwordHash(),
                before.enabled());
        administration.correct(before, after, by, request.getRemoteAddr());
        return "redirect:/admin/users/" + before.username();
    }

    private String form(Model model, Administrator by, UserForm form, Map<String, String> errors, boolean creating) {
        List<Agency> agencies = directory.agencies().stream()
                .filter(agency -> by.manages(agency.id()))
                .sorted(Comparator.comparing(Agency::name))
                .toList();
        List<Team> teams = directory.teams().stream()
                .filter(team -> by.manages(team.agencyId()))
                .sorted(Comparator.comparing(Team::name))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute("agencies", agencies);
        model.addAttribute("teams", teams);
        model.addAttribute(
                "roles", by.grantableRoles().stream().map(Enum::name).sorted().toList());
        return "admin/user-form";
    }

    private UserRow row(UserAccount user) {
        String status;
        if (!user.enabled()) {
            status = "deactivated";
        } else if (lockouts.of(user.username()).lockedAt(clock.instant())) {
            status = "locked";
        } else if (user.invited() || !secondFactor.enrolled(user.username())) {
            status = "invited";
        } else {
            status = "active";
        }
        return new UserRow(
                user.username(),
                user.displayName(),
                directory.agency(user.agencyId()).map(Agency::name).orElse(user.agencyId()),
                directory.team(user.teamId()).map(Team::name).orElse(null),
                user.roleNames(),
                status);
    }

    LinkView linkView(SignInLinks.Issued issued, String kindKey) {
        return new LinkView(
                messages.text(kindKey),
                identity.issuer() + "/invitation/" + issued.token(),
                Times.display(issued.expiresAt()));
    }
}
