package uk.joinedup.webui.caseservice;

import java.util.UUID;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page a new {@code idempotencyKey}, for forms that change something to post as a hidden
 * field (see {@link IdempotencyKeyRelay}). A page shown again after a refusal or a conflict has a new
 * one, so the corrected submission is a new request.
 */
@ControllerAdvice
class IdempotencyKeyAdvice {

    static final String PARAMETER = "idempotencyKey";

    @ModelAttribute(PARAMETER)
    String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
