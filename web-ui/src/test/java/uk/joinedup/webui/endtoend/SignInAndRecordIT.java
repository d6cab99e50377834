package uk.joinedup.webui.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three services as processes; a demo keyworker signs in through the real OpenID Connect flow
 * (web-ui → identity-service's password and authenticator code pages → authorization code → tokens), registers a person and records a case note
 * through web-ui's forms, which relay their access token to case-service; the person's page shows the
 * note, and case-service's field messages come back against the fields of the generated form.
 */
class SignInAndRecordIT {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static RunningSystem system;
    private final FormClient browser = new FormClient();

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    void aKeyworkerSignsInRegistersAPersonAndRecordsACaseNote() throws Exception {
        String familyName = "Marsh" + KeyworkerJourneyBrowserIT.letters();
        HttpResponse<String> signInPage = get(system.webUrl() + "/people/new");
        assertThat(signInPage.uri().toString()).startsWith(system.identityUrl() + "/login");

        HttpResponse<String> codePage = post(
                system.identityUrl() + "/login",
                form("username", "jo.carter", "password", RunningSystem.DEMO_PASSWORD, "_csrf", csrf(signInPage)));
        assertThat(codePage.uri().toString()).isEqualTo(system.identityUrl() + "/login/code");
        HttpResponse<String> registerPage = AuthenticatorCodes.submit(
                "jo.carter",
                code -> post(system.identityUrl() + "/login/code", form("code", code, "_csrf", csrf(codePage))));
        assertThat(registerPage.uri().getPath()).isEqualTo("/people/new");
        assertThat(registerPage.body()).contains("Register a person").contains("Jo Carter");

        HttpResponse<String> personPage = post(
                system.webUrl() + "/people/new",
                form(
                        "givenNames", "Tony",
                        "familyName", familyName,
                        "dateOfBirth.day", "14",
                        "dateOfBirth.month", "3",
                        "dateOfBirth.year", "1988",
                        "sexOrGender", "MALE",
                        "postcode", "so14 0pb",
                        "addressLine1", "2 Bevois Valley Road",
                        "town", "Southampton",
                        "_csrf", csrf(registerPage)));
        assertThat(personPage.uri().getPath()).startsWith("/people/");
        assertThat(personPage.body())
                .contains("Registered Tony " + familyName)
                .contains("14 March 1988")
                .contains("SO14 0PB");

        String person = personPage.uri().toString();
        HttpResponse<String> kinds = get(person + "/events/new");
        HttpResponse<String> noteForm =
                post(person + "/events/new", form("type", "CaseNoteWritten", "_csrf", csrf(kinds)));
        assertThat(noteForm.uri().getPath()).endsWith("/events/new/CaseNoteWritten");
        LocalDate occurredOn = LocalDate.now(ZoneId.of("Europe/London")).minusDays(3);
        HttpResponse<String> afterNote = post(
                noteForm.uri().toString(),
                form(
                        "occurredOn.day", String.valueOf(occurredOn.getDayOfMonth()),
                        "occurredOn.month", String.valueOf(occurredOn.getMonthValue()),
                        "occurredOn.year", String.valueOf(occurredOn.getYear()),
                        "values[text]", "Released on licence; first appointment kept.",
                        "_csrf", csrf(noteForm)));
        assertThat(afterNote.uri().toString()).isEqualTo(person + "/chronology");
        assertThat(afterNote.body())
                .contains("Case note recorded")
                .contains("Released on licence; first appointment kept.")
                .contains("Recorded by Jo Carter, Hampshire and Isle of Wight Probation")
                .contains(GOV_UK_DATE.format(occurredOn));

        HttpResponse<String> offenceForm = get(person + "/events/new/OffenceProven");
        HttpResponse<String> refused = post(
                offenceForm.uri().toString(),
                form(
                        "occurredOn.day", String.valueOf(occurredOn.getDayOfMonth()),
                        "occurredOn.month", String.valueOf(occurredOn.getMonthValue()),
                        "occurredOn.year", String.valueOf(occurredOn.getYear()),
                        "values[offence]", "",
                        "dates[offenceDate].day", "",
                        "dates[offenceDate].month", "",
                        "dates[offenceDate].year", "",
                        "values[disposal]", "CAUTION",
                        "_csrf", csrf(offenceForm)));
        assertThat(refused.uri().getPath()).endsWith("/events/new/OffenceProven");
        assertThat(refused.body())
                .contains("There is a problem")
                .contains("<a href=\"#values-offence\">Enter the offence</a>")
                .contains("<a href=\"#dates-offenceDate-day\">Enter the date of the offence</a>");
    }

    @Test
    void aWrongPasswordShowsAnErrorAndSignsNobodyIn() throws Exception {
        HttpResponse<String> signInPage = get(system.webUrl() + "/people/new");
        HttpResponse<String> refused = post(
                system.identityUrl() + "/login",
                form("username", "jo.carter", "password", "not-the-password", "_csrf", csrf(signInPage)));
        assertThat(refused.uri().toString()).isEqualTo(system.identityUrl() + "/login?error");
        assertThat(refused.body()).contains("There is a problem").contains("Enter a correct username and password");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.get(url);
    }

    private HttpResponse<String> post(String url, String form) throws IOException, InterruptedException {
        return browser.post(url, form);
    }

    private static String csrf(HttpResponse<String> page) {
        return FormClient.csrf(page);
    }

    private static String form(String... namesAndValues) {
        return FormClient.form(namesAndValues);
    }
}
