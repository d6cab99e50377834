package uk.joinedup.caseservice.agency;

import java.util.Optional;

/**
 * The staff directory: who a username belongs to. Features ask it for a practitioner's name and agency
 * instead of taking them from a request; an adapter in {@code infrastructure.directory} answers from
 * identity-service, for the signed-in user whose request it serves.
 */
public interface PractitionerDirectory {

    /**
     * The practitioner who signs in with {@code username}; empty when nobody of that name can sign in.
     *
     * @throws DirectoryUnavailable when the directory cannot be asked
     */
    Optional<Practitioner> find(String username);

    /**
     * The practitioner who signs in with {@code username}.
     *
     * @throws NotInStaffDirectory when nobody of that name can sign in
     * @throws DirectoryUnavailable when the directory cannot be asked
     */
    default Practitioner require(String username) {
        return find(username).orElseThrow(NotInStaffDirectory::new);
    }
}
