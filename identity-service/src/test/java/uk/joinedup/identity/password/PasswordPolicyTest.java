package uk.joinedup.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** NCSC and NIST SP 800-63B password rules: length and a deny-list, nothing else. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThat(policy.check("sam.patel", "eleven chrs", null)).contains(PasswordRefusal.TOO_SHORT);
        assertThat(policy.check("sam.patel", "twelve chars", null)).isEmpty();
    }

    @Test
    void acceptsLongPasswordsUpTo256Characters() {
        assertThat(policy.check("sam.patel", "x".repeat(11) + " ".repeat(117), null))
                .isEmpty();
        assertThat(policy.check("sam.patel", "long pass ".repeat(25) + "abcdef", null))
                .isEmpty();
        assertThat(policy.check("sam.patel", "long pass ".repeat(25) + "abcdefg", null))
                .contains(PasswordRefusal.TOO_LONG);
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(policy.check("sam.patel", "only lower case words here", null))
                .isEmpty();
        assertThat(policy.check("sam.patel", "ÄÖÜ äöü 日本語 パスワード", null)).isEmpty();
    }

    @Test
    void refusesDenyListedPasswordsIgnoringCase() {
        assertThat(policy.check("sam.patel", "password1234", null)).contains(PasswordRefusal.COMMON);
        assertThat(policy.check("sam.patel", "QWERTYUIOP123", null)).contains(PasswordRefusal.COMMON);
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(policy.check("sam.patel", "my name is sam.patel ok", null))
                .contains(PasswordRefusal.CONTAINS_USERNAME);
    }

    @Test
    void refusesAConfirmationThatDiffers() {
        assertThat(policy.check("sam.patel", "a good long password", "a good long passwork"))
                .contains(PasswordRefusal.MISMATCH);
        assertThat(policy.check("sam.patel", "a good long password", "a good long password"))
                .isEmpty();
    }
}
