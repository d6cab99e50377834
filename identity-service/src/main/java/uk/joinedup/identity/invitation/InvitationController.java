package uk.joinedup.identity.invitation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.infrastructure.Messages;
import uk.joinedup.identity.login.AccountLockouts;
import uk.joinedup.identity.mfa.SecondFactor;
import uk.joinedup.identity.password.PasswordPolicy;
import uk.joinedup.identity.password.PasswordRefusal;
import uk.joinedup.identity.session.SignOut;

/**
 * The pages a sign-in link opens: choose a password ({@code /invitation/{token}}); for an invitation,
 * then set up an authenticator app ({@code /invitation/authenticator}) and save the recovery codes
 * ({@code /invitation/recovery-codes}, shown once); then sign in. The link is used up when the
 * password is set; the later steps follow in the same browser session.
 */
@Controller
class InvitationController {

    private final SignInLinks links;
    private final Directory directory;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwords;
    private final SecondFactor secondFactor;
    private final AccountLockouts lockouts;
    private final SignOut signOut;
    private final AuditLog audit;
    private final Messages messages;

    InvitationController(
            SignInLinks links,
            Directory directory,
            PasswordPolicy policy,
            PasswordEncoder passwords,
            SecondFactor secondFactor,
            AccountLockouts lockouts,
            SignOut signOut,
            AuditLog audit,
            Messages messages) {
        this.links = links;
        this.directory = directory;
        this.policy = policy;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.lockouts = lockouts;
        this.signOut = signOut;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/invitation/{token}")
    String passwordPage(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<UserAccount> account = usable(token);
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "invitation/expired";
        }
        model.addAttribute("account", account.get());
        model.addAttribute("kind", links.find(token).orElseThrow().kind());
        return "invitation/password";
    }

    @PostMapping("/invitation/{token}")
    String setPassword(
            @PathVariable String token,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String confirmPassword,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<SignInLinks.Link> link = links.find(token);
        Optional<UserAccount> account = usable(token);
        if (link.isEmpty() || account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "invitation/expired";
        }
        Optional<PasswordRefusal> refusal =
                policy.check(account.get().username(), password, confirmPassword == null ? password : confirmPassword);
        if (refusal.isPresent()) {
            Map<String, String> errors = new LinkedHashMap<>();
            String field = refusal.get() == PasswordRefusal.MISMATCH ? "confirmPassword" : "password";
            errors.put(
                    field,
                    messages.text(
                            "password.refused." + refusal.get().name(),
                            PasswordPolicy.MINIMUM,
                            PasswordPolicy.MAXIMUM));
            model.addAttribute("errors", errors);
            model.addAttribute("account", account.get());
            model.addAttribute("kind", link.get().kind());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "invitation/password";
        }
        if (!links.use(token)) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "invitation/expired";
        }
        UserAccount user = account.get();
        directory.save(user.withPasswordHash(passwords.encode(password)));
        lockouts.clear(user.username());
        signOut.everywhere(user.username(), user.username(), request.getRemoteAddr(), false);
        audit.record(
                AuditEventType.PASSWORD_SET,
                user.username(),
                user.username(),
                user.agencyId(),
                request.getRemoteAddr(),
                link.get().kind() == LinkKind.INVITATION ? "invitation" : "password reset");
        if (link.get().kind() == LinkKind.PASSWORD_RESET && secondFactor.enrolled(user.username())) {
            return "redirect:/login?passwordSet";
        }
        request.getSession()
                .setAttribute(InvitationProgress.ATTRIBUTE, new InvitationProgress(user.username(), null, List.of()));
        return "redirect:/invitation/authenticator";
    }

    @GetMapping("/invitation/authenticator")
    String authenticatorPage(HttpServletRequest request, Model model) {
        Optional<InvitationProgress> progress = progress(request);
        if (progress.isEmpty()) {
            return "redirect:/login";
        }
        InvitationProgress current = progress.get();
        if (current.secret() == null) {
            current = current.withSecret(secondFactor.newSecret());
            request.getSession().setAttribute(InvitationProgress.ATTRIBUTE, current);
        }
        model.addAttribute("secret", grouped(current.secret()));
        model.addAttribute("username", current.username());
        return "invitation/authenticator";
    }

    @GetMapping(value = "/invitation/authenticator/qr-code.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qrCode(HttpServletRequest request) {
        return progress(request)
                .filter(progress -> progress.secret() != null)
                .map(progress -> ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(MediaType.IMAGE_PNG)
                        .body(secondFactor.qrCode(progress.username(), progress.secret())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/invitation/authenticator")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<InvitationProgress> progress = progress(request);
        if (progress.isEmpty() || progress.get().secret() == null) {
            return "redirect:/invitation/authenticator";
        }
        InvitationProgress current = progress.get();
        List<String> recoveryCodes = secondFactor.enrol(current.username(), current.secret(), code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("errors", Map.of("code", messages.text("invitation.authenticator.wrong")));
            model.addAttribute("secret", grouped(current.secret()));
            model.addAttribute("username", current.username());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "invitation/authenticator";
        }
        request.getSession().setAttribute(InvitationProgress.ATTRIBUTE, current.enrolled(recoveryCodes));
        directory
                .user(current.username())
                .ifPresent(user -> audit.record(
                        AuditEventType.AUTHENTICATOR_ENROLLED,
                        user.username(),
                        user.username(),
                        user.agencyId(),
                        request.getRemoteAddr(),
                        null));
        return "redirect:/invitation/recovery-codes";
    }

    /** The recovery codes, once: the page ends the invitation. */
    @GetMapping("/invitation/recovery-codes")
    String recoveryCodes(HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<InvitationProgress> progress = progress(request);
        if (progress.isEmpty() || progress.get().recoveryCodes().isEmpty()) {
            return "redirect:/login";
        }
        request.getSession().removeAttribute(InvitationProgress.ATTRIBUTE);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("codes", progress.get().recoveryCodes());
        return "invitation/recovery-codes";
    }

    private Optional<UserAccount> usable(String token) {
        return links.find(token)
                .flatMap(link -> directory.user(link.username()))
                .filter(UserAccount::enabled);
    }

    private static Optional<InvitationProgress> progress(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null
                        && session.getAttribute(InvitationProgress.ATTRIBUTE) instanceof InvitationProgress progress
                ? Optional.of(progress)
                : Optional.empty();
    }

    /** The secret in groups of four, easier to type into an app. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
