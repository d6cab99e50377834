package uk.joinedup.identity.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.joinedup.identity.support.Browser;
import uk.joinedup.identity.support.IdentityServiceIT;

/** With demo data, a newcomer signs in as a demo user with the code {@code /demo/codes} shows. */
class DemoCodesIT extends IdentityServiceIT {

    @Test
    void showsEachDemoUsersCurrentCodeWhichSignsThemIn() {
        Browser browser = browser();
        Browser.Page codes = browser.get("/demo/codes");
        assertThat(codes.status()).isEqualTo(200);
        assertThat(codes.body()).contains("sam.patel", "alex.reid", "pat.khan", "joined-up-demo");
        Matcher code = Pattern.compile("data-username=\"kim.osei\">(\\d{6})<").matcher(codes.body());
        assertThat(code.find()).as("kim.osei's code on the page").isTrue();

        browser.get("/login");
        assertThat(browser.post("/login", "username", "kim.osei", "password", "joined-up-demo")
                        .location())
                .endsWith("/login/code");
        browser.get("/login/code");
        assertThat(browser.post("/login/code", "code", code.group(1)).location())
                .endsWith("/account");
    }
}
