package uk.joinedup.identity.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.authorization.MongoAuthorizationService;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.DirectoryUser;
import uk.joinedup.identity.directory.Team;
import uk.joinedup.identity.infrastructure.Messages;
import uk.joinedup.identity.infrastructure.Times;
import uk.joinedup.identity.session.LiveSessions;
import uk.joinedup.identity.session.SignInSessions;
import uk.joinedup.identity.session.SignOut;

/** The signed-in user's account and sessions. */
@Controller
class AccountController {

    private final Directory directory;
    private final SignInSessions sessions;
    private final LiveSessions live;
    private final MongoAuthorizationService authorizations;
    private final SignOut signOut;
    private final Messages messages;

    AccountController(
            Directory directory,
            SignInSessions sessions,
            LiveSessions live,
            MongoAuthorizationService authorizations,
            SignOut signOut,
            Messages messages) {
        this.messages = messages;
        this.directory = directory;
        this.sessions = sessions;
        this.live = live;
        this.authorizations = authorizations;
        this.signOut = signOut;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal DirectoryUser user, Model model) {
        var account = directory.user(user.getUsername()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("agency", directory.agency(account.agencyId()).orElse(null));
        model.addAttribute(
                "team", directory.team(account.teamId()).map(Team::name).orElse(null));
        return "account/home";
    }

    @GetMapping("/account/sessions")
    String sessions(@AuthenticationPrincipal DirectoryUser user, Model model) {
        Map<String, Instant> tokens = authorizations.lastTokenIssued(user.getUsername());
        List<SessionView> views = sessions.of(user.getUsername()).stream()
                .map(session -> new SessionView(
                        session.sid(),
                        Optional.ofNullable(Browsers.describe(session.browser()))
                                .orElseGet(() -> messages.text("sessions.unknownBrowser")),
                        session.address(),
                        Times.display(session.startedAt()),
                        Times.display(Stream.of(
                                        session.startedAt(),
                                        tokens.get(session.sid()),
                                        live.lastUsed(session.sid()).orElse(null))
                                .filter(java.util.Objects::nonNull)
                                .max(Instant::compareTo)
                                .orElseThrow()),
                        session.sid().equals(user.sid())))
                .toList();
        model.addAttribute("sessions", views);
        return "account/sessions";
    }

    @PostMapping("/account/sessions/end")
    String end(@AuthenticationPrincipal DirectoryUser user, @RequestParam String sid, HttpServletRequest request) {
        boolean theirs = sessions.of(user.getUsername()).stream()
                .anyMatch(session -> session.sid().equals(sid));
        if (!theirs) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        signOut.end(user.getUsername(), sid, user.getUsername(), request.getRemoteAddr(), AuditEventType.SESSION_ENDED);
        return sid.equals(user.sid()) ? "redirect:/login?logout" : "redirect:/account/sessions?ended";
    }

    @PostMapping("/account/sessions/end-all")
    String endAll(@AuthenticationPrincipal DirectoryUser user, HttpServletRequest request) {
        signOut.everywhere(user.getUsername(), user.getUsername(), request.getRemoteAddr(), true);
        return "redirect:/login?logout";
    }
}
