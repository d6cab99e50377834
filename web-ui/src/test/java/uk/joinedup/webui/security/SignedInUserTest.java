package uk.joinedup.webui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class SignedInUserTest {

    private static final OidcIdToken ID_TOKEN = new OidcIdToken(
            "id-token",
            Instant.now(),
            Instant.now().plusSeconds(300),
            Map.of(
                    "sub", "jo.carter",
                    "iss", "http://identity.test",
                    "name", "Name in the ID token",
                    "agency", "agency-in-the-id-token",
                    "roles", List.of("SYSTEM_ADMIN")));

    @Test
    void readsAgencyTeamAndRolesFromUserInfoNeverFromTheIdToken() {
        OidcUserInfo userInfo = new OidcUserInfo(Map.of(
                "sub", "jo.carter",
                "name", "Jo Carter",
                "agency", "southampton-probation",
                "agency_name", "Hampshire and Isle of Wight Probation",
                "agency_kind", "PROBATION",
                "team", "probation-south",
                "team_name", "Southampton South",
                "roles", List.of("KEYWORKER", "TEAM_MANAGER")));

        SignedInUser user = SignedInUser.of(
                new DefaultOidcUser(List.of(new OidcUserAuthority(ID_TOKEN, userInfo)), ID_TOKEN, userInfo));

        assertThat(user)
                .isEqualTo(new SignedInUser(
                        "Jo Carter",
                        "jo.carter",
                        "southampton-probation",
                        "Hampshire and Isle of Wight Probation",
                        "PROBATION",
                        "probation-south",
                        "Southampton South",
                        List.of("KEYWORKER", "TEAM_MANAGER")));
        assertThat(user.manager()).isTrue();
        assertThat(user.administrator()).isFalse();
    }

    @Test
    void withoutUserInfoHasNoAgencyAndNoRoleWhateverTheIdTokenSays() {
        SignedInUser user = SignedInUser.of(new DefaultOidcUser(List.of(new OidcUserAuthority(ID_TOKEN)), ID_TOKEN));

        assertThat(user.name()).isEqualTo("jo.carter");
        assertThat(user.agencyId()).isNull();
        assertThat(user.roles()).isEmpty();
        assertThat(user.practitioner()).isFalse();
        assertThat(user.administrator()).isFalse();
    }

    @Test
    void agencyAndSystemAdministratorsAreAdministrators() {
        assertThat(withRoles("AGENCY_ADMIN").administrator()).isTrue();
        assertThat(withRoles("SYSTEM_ADMIN").administrator()).isTrue();
        assertThat(withRoles("IG_OFFICER", "KEYWORKER").administrator()).isFalse();
        assertThat(withRoles("IG_OFFICER").informationGovernance()).isTrue();
        assertThat(withRoles("KEYWORKER").informationGovernance()).isFalse();
        assertThat(withRoles("ADMIN").administrator())
                .as("the old role name is gone")
                .isFalse();
    }

    @Test
    void aDataOfficerIsNoPractitionerUnlessAlsoAKeyworker() {
        assertThat(withRoles("DATA_OFFICER").dataOfficer()).isTrue();
        assertThat(withRoles("DATA_OFFICER").practitioner()).isFalse();
        assertThat(withRoles("DATA_OFFICER", "KEYWORKER").practitioner()).isTrue();
        assertThat(withRoles("KEYWORKER", "IG_OFFICER").dataOfficer()).isFalse();
    }

    @Test
    void onlyATeamManagerOfAnEarlyHelpAgencyFindsFamiliesEarly() {
        assertThat(inAgencyOfKind("EARLY_HELP", "TEAM_MANAGER").findsFamiliesEarly())
                .isTrue();
        assertThat(inAgencyOfKind("EARLY_HELP", "KEYWORKER").findsFamiliesEarly())
                .isFalse();
        assertThat(inAgencyOfKind("POLICE", "TEAM_MANAGER").findsFamiliesEarly())
                .isFalse();
        assertThat(withRoles("TEAM_MANAGER").findsFamiliesEarly())
                .as("an agency of no known kind")
                .isFalse();
    }

    private static SignedInUser inAgencyOfKind(String kind, String... roles) {
        return new SignedInUser("A", "a", "agency", "Agency", kind, null, null, List.of(roles));
    }

    private static SignedInUser withRoles(String... roles) {
        return new SignedInUser("A", "a", "agency", "Agency", List.of(roles));
    }
}
