package uk.joinedup.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet: at least {@value #MINIMUM} and at most {@value #MAXIMUM}
 * characters, any characters, no composition rules and no expiry; not on the shipped deny-list of
 * common and breached passwords ({@code passwords/common-passwords.txt}, compared ignoring case) and
 * not containing the username.
 */
@Component
public class PasswordPolicy {

    public static final int MINIMUM = 12;
    public static final int MAXIMUM = 256;
    static final String DENY_LIST = "passwords/common-passwords.txt";

    private final PasswordValidator validator;

    public PasswordPolicy() {
        this.validator = new PasswordValidator(List.of(
                new LengthRule(MINIMUM, MAXIMUM),
                new DictionaryRule(new WordListDictionary(denyList())),
                new UsernameRule(false, true)));
    }

    /** The first reason the password is refused for, or empty when it may be used. */
    public Optional<PasswordRefusal> check(String username, String password, String confirmation) {
        if (password == null) {
            return Optional.of(PasswordRefusal.TOO_SHORT);
        }
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        if (!result.isValid()) {
            return result.getDetails().stream().map(PasswordPolicy::refusal).findFirst();
        }
        if (confirmation != null && !confirmation.equals(password)) {
            return Optional.of(PasswordRefusal.MISMATCH);
        }
        return Optional.empty();
    }

    private static PasswordRefusal refusal(RuleResultDetail detail) {
        return switch (detail.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> PasswordRefusal.TOO_SHORT;
            case LengthRule.ERROR_CODE_MAX -> PasswordRefusal.TOO_LONG;
            case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> PasswordRefusal.COMMON;
            default -> PasswordRefusal.CONTAINS_USERNAME;
        };
    }

    private static ArrayWordList denyList() {
        try (InputStream in = new ClassPathResource(DENY_LIST).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] words = reader.lines().filter(line -> !line.isBlank()).toArray(String[]::new);
            return new ArrayWordList(words, false, new ArraysSort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password deny-list " + DENY_LIST, e);
        }
    }
}
