package uk.joinedup.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.infrastructure.Messages;
import uk.joinedup.identity.mfa.SecondFactor;

/**
 * The sign-in pages: username and password ({@code /login}), then a code ({@code /login/code}) or a
 * recovery code ({@code /login/recovery-code}). A wrong password and an unknown username get the same
 * answer; throttled and locked attempts are answered before the password is even compared, the same
 * for every username.
 */
@Controller
class SignInController {

    static final String THROTTLE_MESSAGE = "throttle";

    private final PasswordCheck passwords;
    private final SecondFactor secondFactor;
    private final SignInThrottle throttle;
    private final TrustedBrowsers browsers;
    private final SignInCompletion completion;
    private final Directory directory;
    private final AuditLog audit;
    private final SignInProperties properties;
    private final Clock clock;
    private final Messages messages;

    SignInController(
            PasswordCheck passwords,
            SecondFactor secondFactor,
            SignInThrottle throttle,
            TrustedBrowsers browsers,
            SignInCompletion completion,
            Directory directory,
            AuditLog audit,
            SignInProperties properties,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.passwords = passwords;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.browsers = browsers;
        this.completion = completion;
        this.directory = directory;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, Model model) {
        if (error != null) {
            Object throttled = model.getAttribute(THROTTLE_MESSAGE);
            Map<String, String> errors = new LinkedHashMap<>();
            if (!(throttled instanceof String refused)) {
                errors.put("username", messages.text("signin.error"));
            } else {
                String[] refusal = refused.split(":", 2);
                errors.put("username", messages.text("signin.refused." + refusal[0], Long.parseLong(refusal[1])));
            }
            model.addAttribute("errors", errors);
        }
        return "login/sign-in";
    }

    @PostMapping("/login")
    String password(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String name = UserAccount.normalise(username);
        String address = request.getRemoteAddr();
        String device = browsers.deviceOf(request, name).orElse(null);
        Optional<String> refusal = refusal(throttle.check(name, address, device));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute(THROTTLE_MESSAGE, refusal.get());
            return "redirect:/login?error";
        }
        Optional<UserAccount> account = passwords.check(name, password);
        if (account.isEmpty()) {
            failed(name, address, device, AuditEventType.SIGN_IN_FAILED);
            return "redirect:/login?error";
        }
        HttpSession session = request.getSession();
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(name, clock.instant()));
        if (!secondFactor.enrolled(name)) {
            return "redirect:/login/no-authenticator";
        }
        return "redirect:/login/code";
    }

    @GetMapping("/login/code")
    String codePage(HttpServletRequest request) {
        return pending(request).isPresent() ? "login/code" : "redirect:/login";
    }

    @PostMapping("/login/code")
    String code(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        String name = pending.get().username();
        String address = request.getRemoteAddr();
        String device = browsers.deviceOf(request, name).orElse(null);
        Optional<String> throttled = throttledSecondStep(request, name, address, device, redirect);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        SecondFactor.Outcome outcome = secondFactor.verify(name, code);
        if (outcome != SecondFactor.Outcome.ACCEPTED) {
            failed(name, address, device, AuditEventType.SECOND_FACTOR_FAILED);
            model.addAttribute(
                    "errors",
                    Map.of(
                            "code",
                            messages.text(
                                    outcome == SecondFactor.Outcome.REPLAYED
                                            ? "signin.code.replayed"
                                            : "signin.code.wrong")));
            return "login/code";
        }
        return "redirect:" + complete(request, response, name, device, "code");
    }

    @GetMapping("/login/recovery-code")
    String recoveryCodePage(HttpServletRequest request) {
        return pending(request).isPresent() ? "login/recovery-code" : "redirect:/login";
    }

    @PostMapping("/login/recovery-code")
    String recoveryCode(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<PendingSignIn> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/login";
        }
        String name = pending.get().username();
        String address = request.getRemoteAddr();
        String device = browsers.deviceOf(request, name).orElse(null);
        Optional<String> throttled = throttledSecondStep(request, name, address, device, redirect);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        if (!secondFactor.useRecoveryCode(name, code)) {
            failed(name, address, device, AuditEventType.SECOND_FACTOR_FAILED);
            model.addAttribute("errors", Map.of("code", messages.text("signin.recovery.wrong")));
            return "login/recovery-code";
        }
        UserAccount account = directory.user(name).orElseThrow();
        audit.record(
                AuditEventType.RECOVERY_CODE_USED,
                name,
                name,
                account.agencyId(),
                address,
                secondFactor.recoveryCodesLeft(name) + " left");
        return "redirect:" + complete(request, response, name, device, "recovery code");
    }

    @GetMapping("/login/no-authenticator")
    String noAuthenticator(HttpServletRequest request) {
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        return "login/no-authenticator";
    }

    private String complete(
            HttpServletRequest request, HttpServletResponse response, String name, String device, String how) {
        UserAccount account = directory.user(name).filter(UserAccount::enabled).orElseThrow();
        return completion.complete(request, response, account, device, how);
    }

    /**
     * A code or recovery code asked for too often: the pending sign-in is dropped and the user goes back
     * to the password page, told how long to wait.
     */
    private Optional<String> throttledSecondStep(
            HttpServletRequest request, String name, String address, String device, RedirectAttributes redirect) {
        Optional<String> refusal = refusal(throttle.check(name, address, device));
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
        redirect.addFlashAttribute(THROTTLE_MESSAGE, refusal.get());
        return Optional.of("redirect:/login?error");
    }

    private Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.passwordCheckedAt().plus(properties.pendingLifetime()).isBefore(clock.instant())) {
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    private void failed(String name, String address, String device, AuditEventType type) {
        boolean locked = throttle.failed(name, address, device);
        Optional<UserAccount> account = directory.user(name);
        if (account.isEmpty()) {
            return; // a username nobody has: nothing to record against, and it may be a mistyped password
        }
        String agency = account.get().agencyId();
        audit.record(type, name, name, agency, address, null);
        if (locked) {
            audit.record(
                    AuditEventType.ACCOUNT_LOCKED, "system", name, agency, address, "for " + properties.lockDuration());
        }
    }

    /** The message key and the minutes or seconds to wait for a refused attempt, as {@code key:amount}. */
    private Optional<String> refusal(SignInThrottle.Verdict verdict) {
        if (verdict instanceof SignInThrottle.Wait wait) {
            return Optional.of("wait:" + (wait.remaining().toSeconds() + 1));
        }
        if (verdict instanceof SignInThrottle.Locked locked) {
            return Optional.of("locked:"
                    + (Duration.between(clock.instant(), locked.until()).toMinutes() + 1));
        }
        if (verdict instanceof SignInThrottle.AddressRefused refused) {
            return Optional.of("address:" + (refused.remaining().toMinutes() + 1));
        }
        return Optional.empty();
    }
}
