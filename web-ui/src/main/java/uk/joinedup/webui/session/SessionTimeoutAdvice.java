package uk.joinedup.webui.session;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the timeout warning's timings into every page's model as {@code sessionTimeout}. */
@ControllerAdvice
class SessionTimeoutAdvice {

    private final SessionTimeout timeout;

    SessionTimeoutAdvice(SessionProperties properties) {
        this.timeout = new SessionTimeout(
                properties.idleTimeout().toSeconds(), properties.warning().toSeconds(), KeepAliveController.PATH);
    }

    @ModelAttribute("sessionTimeout")
    SessionTimeout sessionTimeout() {
        return timeout;
    }
}
