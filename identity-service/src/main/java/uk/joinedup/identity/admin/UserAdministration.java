package uk.joinedup.identity.admin;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.joinedup.identity.audit.AuditEventType;
import uk.joinedup.identity.audit.AuditLog;
import uk.joinedup.identity.directory.Directory;
import uk.joinedup.identity.directory.Role;
import uk.joinedup.identity.directory.UserAccount;
import uk.joinedup.identity.invitation.LinkKind;
import uk.joinedup.identity.invitation.SignInLinks;
import uk.joinedup.identity.login.AccountLockouts;
import uk.joinedup.identity.mfa.SecondFactor;
import uk.joinedup.identity.session.SignOut;

/** What administrators do to users, each change recorded in the audit with who did it and from where. */
@Component
class UserAdministration {

    private final Directory directory;
    private final SignInLinks links;
    private final SignOut signOut;
    private final AccountLockouts lockouts;
    private final SecondFactor secondFactor;
    private final AuditLog audit;

    UserAdministration(
            Directory directory,
            SignInLinks links,
            SignOut signOut,
            AccountLockouts lockouts,
            SecondFactor secondFactor,
            AuditLog audit) {
        this.directory = directory;
        this.links = links;
        this.signOut = signOut;
        this.lockouts = lockouts;
        this.secondFactor = secondFactor;
        this.audit = audit;
    }

    /** Creates the user without a password and issues their invitation link. */
    SignInLinks.Issued create(UserAccount user, Administrator by, String address) {
        directory.save(user);
        record(AuditEventType.USER_CREATED, by, user, address, "roles " + names(user.roles()));
        return issue(user, LinkKind.INVITATION, by, address);
    }

    void correct(UserAccount before, UserAccount after, Administrator by, String address) {
        directory.save(after);
        if (!before.displayName().equals(after.displayName())
                || !java.util.Objects.equals(before.job(), after.job())
                || !java.util.Objects.equals(before.teamId(), after.teamId())
                || !before.agencyId().equals(after.agencyId())) {
            record(AuditEventType.USER_DETAILS_CORRECTED, by, after, address, "team " + after.teamId());
        }
        if (!before.roles().equals(after.roles())) {
            record(
                    AuditEventType.ROLES_ASSIGNED,
                    by,
                    after,
                    address,
                    names(before.roles()) + " to " + names(after.roles()));
        }
    }

    /** Stops the user signing in, at once: their sessions end, refresh tokens and link stop working. */
    void deactivate(UserAccount user, Administrator by, String address) {
        directory.save(user.withEnabled(false));
        links.revoke(user.username());
        signOut.everywhere(user.username(), by.username(), address, false);
        record(AuditEventType.USER_DEACTIVATED, by, user, address, null);
    }

    void reactivate(UserAccount user, Administrator by, String address) {
        directory.save(user.withEnabled(true));
        record(AuditEventType.USER_REACTIVATED, by, user, address, null);
    }

    void unlock(UserAccount user, Administrator by, String address) {
        lockouts.clear(user.username());
        record(AuditEventType.ACCOUNT_UNLOCKED, by, user, address, null);
    }

    /**
     * A link for the user: an invitation (password and authenticator) or a password reset. The link is
     * shown to the administrator once; the audit records that it was issued, never the link.
     */
    SignInLinks.Issued issue(UserAccount user, LinkKind kind, Administrator by, String address) {
        SignInLinks.Issued issued = links.issue(user.username(), kind);
        record(
                kind == LinkKind.INVITATION ? AuditEventType.INVITATION_ISSUED : AuditEventType.PASSWORD_RESET_ISSUED,
                by,
                user,
                address,
                "link " + issued.fingerprint() + "…, expires " + issued.expiresAt());
        return issued;
    }

    /** Removes the user's authenticator and recovery codes, ends their sessions, and issues an invitation to set up another. */
    SignInLinks.Issued resetAuthenticator(UserAccount user, Administrator by, String address) {
        secondFactor.reset(user.username());
        signOut.everywhere(user.username(), by.username(), address, false);
        record(AuditEventType.AUTHENTICATOR_RESET, by, user, address, null);
        return issue(user, LinkKind.INVITATION, by, address);
    }

    private void record(AuditEventType type, Administrator by, UserAccount user, String address, String detail) {
        audit.record(type, by.username(), user.username(), user.agencyId(), address, detail);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
