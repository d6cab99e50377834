package uk.joinedup.webui.caseservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.headerDoesNotExist;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The changes a form's submission sends carry an idempotency key made from the form's key and their place
 * in the submission; reads, and submissions without a well-formed key, carry none.
 */
class IdempotencyKeyRelayTest {

    private static final String KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final RestClient.Builder builder = RestClient.builder().requestInterceptor(new IdempotencyKeyRelay());
    private final MockRestServiceServer caseService =
            MockRestServiceServer.bindTo(builder).build();
    private final Families families = new Families(builder.build());

    @AfterEach
    void endSubmission() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void eachChangeOfASubmissionCarriesTheFormsKeyAndItsPlace() {
        submission(KEY);
        caseService
                .expect(requestTo("/api/families/f1/members"))
                .andExpect(header(IdempotencyKeyRelay.HEADER, KEY + "-1"))
                .andRespond(withNoContent());
        caseService
                .expect(requestTo("/api/families/f1"))
                .andExpect(method(HttpMethod.GET))
                .andExpect(headerDoesNotExist(IdempotencyKeyRelay.HEADER))
                .andRespond(withSuccess("{}", MediaType.APPLICATION_JSON));
        caseService
                .expect(requestTo("/api/families/f1/members/p1/departure"))
                .andExpect(header(IdempotencyKeyRelay.HEADER, KEY + "-2"))
                .andRespond(withNoContent());

        families.addMember("f1", 3, "p1", Relationship.CHILD, LocalDate.of(2026, 1, 5));
        families.family("f1", ChronologyQuery.now());
        families.recordMemberLeft("f1", 4, "p1", LocalDate.of(2026, 2, 5), "Moved out");

        caseService.verify();
    }

    @Test
    void aResentSubmissionCarriesTheSameKeys() {
        for (int sent = 0; sent < 2; sent++) {
            caseService
                    .expect(requestTo("/api/families/f1/reopening"))
                    .andExpect(header(IdempotencyKeyRelay.HEADER, KEY + "-1"))
                    .andRespond(withNoContent());
        }
        for (int sent = 0; sent < 2; sent++) {
            submission(KEY);
            families.reopen("f1", 7, "Asked for help again", null);
        }
        caseService.verify();
    }

    @Test
    void aSubmissionWithoutAWellFormedKeyCarriesNone() {
        String[] keys = {null, "", "not-a-uuid", KEY.toUpperCase(), KEY + "\r\nX-Injected: yes"};
        for (String key : keys) {
            caseService
                    .expect(requestTo("/api/families/f1/reopening"))
                    .andExpect(headerDoesNotExist(IdempotencyKeyRelay.HEADER))
                    .andRespond(withNoContent());
        }
        for (String key : keys) {
            submission(key);
            families.reopen("f1", 7, "Asked for help again", null);
        }
        caseService.verify();
    }

    @Test
    void aCallOutsideAnyPageCarriesNone() {
        caseService
                .expect(requestTo("/api/families/f1/reopening"))
                .andExpect(headerDoesNotExist(IdempotencyKeyRelay.HEADER))
                .andRespond(withNoContent());
        families.reopen("f1", 7, "Asked for help again", null);
        caseService.verify();
        assertThat(RequestContextHolder.getRequestAttributes()).isNull();
    }

    private static void submission(String key) {
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/families/f1/reopening");
        if (key != null) {
            form.addParameter(IdempotencyKeyAdvice.PARAMETER, key);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(form));
    }
}
