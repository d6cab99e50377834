package uk.joinedup.identity.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.joinedup.identity.mfa.SecondFactor;

/**
 * Development only: {@code /demo/codes} shows each demo user's current and next authenticator code, so
 * that a newcomer can sign in without an authenticator app. It exists only with demo data on, and
 * refuses to start without it (the demo secrets are public, in the source).
 */
@Controller
@ConditionalOnProperty(name = "joinedup.demo-data", havingValue = "true")
class DemoCodesController {

    /** One row of the page. */
    record DemoCode(String username, String displayName, String job, String current, String next) {}

    private final DemoDirectory demo;
    private final SecondFactor secondFactor;

    DemoCodesController(
            @Value("${joinedup.demo-data:false}") boolean demoData, SecondFactor secondFactor, ObjectMapper json) {
        if (!demoData) {
            throw new IllegalStateException("The demo codes page is for demo data only (DEMO_DATA=true)");
        }
        this.demo = DemoDirectoryFile.read(json);
        this.secondFactor = secondFactor;
    }

    @GetMapping("/demo/codes")
    String codes(Model model) {
        List<DemoCode> codes = demo.users().stream()
                .map(user -> {
                    List<String> now = secondFactor.currentAndNext(user.totpSecret());
                    return new DemoCode(user.username(), user.displayName(), user.job(), now.get(0), now.get(1));
                })
                .toList();
        model.addAttribute("codes", codes);
        model.addAttribute("password", demo.password());
        model.addAttribute("secondsLeft", secondFactor.secondsLeftInStep());
        return "demo/codes";
    }
}
