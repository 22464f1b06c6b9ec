package org.harambee.identity;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.harambee.site.EditedVersion;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts: roles, enabling and disabling. Administrators make them on the accounts page;
 * other capabilities may too (membership grants {@link Role#REPRESENTATIVE}, for example). Every change
 * is audited, and no change may leave the network without an administrator who can sign in.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class AccountAdministration {

    private final Accounts accounts;
    private final AuditLog auditLog;

    AccountAdministration(Accounts accounts, AuditLog auditLog) {
        this.accounts = accounts;
        this.auditLog = auditLog;
    }

    /** The account with this e-mail address (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> accountIdFor(String email) {
        return accounts.findByEmail(Account.normalize(email)).map(Account::id);
    }

    /** The enabled accounts with a role among these ids, by id: whom to write to. */
    @Transactional(readOnly = true)
    public Map<UUID, AccountContact> contacts(Collection<UUID> ids) {
        Map<UUID, AccountContact> found = new HashMap<>();
        if (!ids.isEmpty()) {
            accounts.findAllById(ids).stream().filter(account -> account.enabled() && !account.roles().isEmpty())
                    .forEach(account -> found.put(account.id(), AccountContact.of(account)));
        }
        return found;
    }

    /** The enabled account with a role at this e-mail address (any case), if there is one. */
    @Transactional(readOnly = true)
    public Optional<AccountContact> contactFor(String email) {
        return accounts.findByEmail(Account.normalize(email))
                .filter(account -> account.enabled() && !account.roles().isEmpty()).map(AccountContact::of);
    }

    @Transactional
    public void grant(UUID accountId, Role role) {
        Account account = existing(accountId);
        if (account.grant(role)) {
            auditLog.record("role.granted", account.email(), role.name());
        }
    }

    /** @throws LastAdministratorException when this would remove the last administrator who can sign in */
    @Transactional
    public void revoke(UUID accountId, Role role) {
        if (role == Role.ADMIN) {
            keepAnAdministratorBesides(accountId);
        }
        Account account = existing(accountId);
        if (account.revoke(role)) {
            auditLog.record("role.revoked", account.email(), role.name());
        }
    }

    /**
     * Grants and revokes so that the account has exactly these roles; each change is audited. Refused when the
     * account changed since the form showed version {@code seen} ({@link EditedVersion}).
     */
    @Transactional
    public void changeRoles(UUID accountId, Long seen, Set<Role> wanted) {
        Account account = existing(accountId);
        EditedVersion.require(seen, account.version(), Account.class, accountId);
        Set<Role> current = account.roles();
        for (Role role : Role.values()) {
            if (wanted.contains(role) && !current.contains(role)) {
                grant(accountId, role);
            } else if (!wanted.contains(role) && current.contains(role)) {
                revoke(accountId, role);
            }
        }
    }

    /**
     * The account can no longer sign in; its sessions end on their next request.
     * @throws LastAdministratorException when this is the last administrator who can sign in
     */
    @Transactional
    public void disable(UUID accountId) {
        keepAnAdministratorBesides(accountId);
        Account account = existing(accountId);
        if (account.enabled()) {
            account.disable();
            auditLog.record("account.disabled", account.email(), null);
        }
    }

    @Transactional
    public void enable(UUID accountId) {
        Account account = existing(accountId);
        if (!account.enabled()) {
            account.enable();
            auditLog.record("account.enabled", account.email(), null);
        }
    }

    @Transactional(readOnly = true)
    Optional<AccountView> find(UUID accountId) {
        return accounts.findById(accountId).map(AccountView::of);
    }

    /** Accounts whose e-mail address or name contains the text, optionally only those with a role. */
    @Transactional(readOnly = true)
    Page<AccountView> search(String text, Role role, int page, int size) {
        Specification<Account> matching = (account, query, criteria) -> {
            query.distinct(true);
            Stream.Builder<Predicate> conditions = Stream.builder();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                conditions.add(criteria.or(criteria.like(criteria.lower(account.get("email")), like, '\\'),
                        criteria.like(criteria.lower(account.get("displayName")), like, '\\')));
            }
            if (role != null) {
                Join<Account, Role> roles = account.join("roles");
                conditions.add(criteria.equal(roles, role));
            }
            return criteria.and(conditions.build().toArray(Predicate[]::new));
        };
        return accounts.findAll(matching, PageRequest.of(Math.max(page, 0), size, Sort.by("email")))
                .map(AccountView::of);
    }

    private Account existing(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
    }

    /**
     * Locks every administrator's account (so that two administrators cannot each remove the other at
     * once) and refuses when no other administrator could still sign in.
     */
    private void keepAnAdministratorBesides(UUID accountId) {
        List<Account> administrators = accounts.lockAll(accounts.idsWithRole(Role.ADMIN));
        boolean concerned = administrators.stream().anyMatch(
                account -> account.id().equals(accountId) && account.isAdministrator() && account.canSignIn());
        boolean another = administrators.stream()
                .anyMatch(account -> !account.id().equals(accountId) && account.isAdministrator() && account.canSignIn());
        if (concerned && !another) {
            throw new LastAdministratorException();
        }
    }

    static Set<Role> rolesOf(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
