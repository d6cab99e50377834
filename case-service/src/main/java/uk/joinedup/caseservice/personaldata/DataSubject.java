package uk.joinedup.caseservice.personaldata;

import java.util.Objects;

/**
 * Whose personal data an event holds: a person, a family, or a household that early identification assembled.
 * Its {@link #keyId()} names the key the event store seals the event under; destroying that key erases them.
 */
public record DataSubject(Kind kind, String id) {

    /** The kinds of subject, each with its own keys. */
    public enum Kind {
        PERSON("person"),
        FAMILY("family"),
        CANDIDATE("candidate");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    public DataSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static DataSubject person(String id) {
        return new DataSubject(Kind.PERSON, id);
    }

    public static DataSubject family(String id) {
        return new DataSubject(Kind.FAMILY, id);
    }

    public static DataSubject candidate(String id) {
        return new DataSubject(Kind.CANDIDATE, id);
    }

    /** The id of the subject's key: {@code person/<id>}, {@code family/<id>} or {@code candidate/<id>}. */
    public String keyId() {
        return kind.prefix + "/" + id;
    }

    @Override
    public String toString() {
        return keyId();
    }
}
