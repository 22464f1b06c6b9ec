package org.harambee.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account a sign-in names. An account without a password (invited, not yet set up) gets a
 * hash of a random secret nobody knows, so that checking it costs the same time as a real one and the
 * answer's timing does not tell such an account apart from an unknown address.
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final String unusableHash;

    AccountDetailsService(Accounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.unusableHash = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByEmail(Account.normalize(username))
                .map(account -> new HarambeeUser(account, account.hasPassword() ? account.passwordHash() : unusableHash))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
