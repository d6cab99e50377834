package uk.joinedup.webui.session;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What the timeout warning's "Stay signed in" calls: any request to web-ui counts as activity, so the
 * answer is empty. Signed-out callers are sent to sign in, which the page takes as its session's end.
 */
@Controller
class KeepAliveController {

    static final String PATH = "/session/keep-alive";

    @GetMapping(PATH)
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
