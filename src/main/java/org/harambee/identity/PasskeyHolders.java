package org.harambee.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * The people who hold passkeys, as WebAuthn knows them: an account's random user handle (kept on the account, made
 * with its first passkey), its e-mail address as the name a browser shows in its list of passkeys, and its display
 * name. Read from the account each time, so a changed address or name is what the next passkey gets.
 */
@Component
class PasskeyHolders implements PublicKeyCredentialUserEntityRepository {

    private static final String SELECT = "select passkey_handle, email, display_name, id from account ";

    private final JdbcTemplate jdbc;

    PasskeyHolders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return first(jdbc.query(SELECT + "where passkey_handle = ?", (row, n) -> entity(row.getString(1),
                row.getString(2), row.getString(3)), id.toBase64UrlString()));
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String email) {
        return first(jdbc.query(SELECT + "where email = ? and passkey_handle is not null", (row, n) -> entity(
                row.getString(1), row.getString(2), row.getString(3)), email));
    }

    /** The account's holder, given a handle now when it has none. */
    PublicKeyCredentialUserEntity of(UUID accountId) {
        jdbc.update("update account set passkey_handle = ? where id = ? and passkey_handle is null",
                Bytes.random().toBase64UrlString(), accountId);
        return jdbc.queryForObject(SELECT + "where id = ?", (row, n) -> entity(row.getString(1), row.getString(2),
                row.getString(3)), accountId);
    }

    /** The account's handle; empty when it has never had a passkey. */
    Optional<Bytes> handle(UUID accountId) {
        return Optional.ofNullable(first(jdbc.query("select passkey_handle from account where id = ? and "
                + "passkey_handle is not null", (row, n) -> Bytes.fromBase64(row.getString(1)), accountId)));
    }

    /** Whose passkey a holder's handle is. */
    UUID accountOf(PublicKeyCredentialUserEntity holder) {
        return first(jdbc.query("select id from account where passkey_handle = ?",
                (row, n) -> row.getObject(1, UUID.class), holder.getId().toBase64UrlString()));
    }

    @Override
    public void save(PublicKeyCredentialUserEntity holder) {
        jdbc.update("update account set passkey_handle = ? where email = ? and passkey_handle is null",
                holder.getId().toBase64UrlString(), holder.getName());
    }

    @Override
    public void delete(Bytes id) {
        jdbc.update("update account set passkey_handle = null where passkey_handle = ?", id.toBase64UrlString());
    }

    private static PublicKeyCredentialUserEntity entity(String handle, String email, String displayName) {
        return ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.fromBase64(handle)).name(email)
                .displayName(displayName == null || displayName.isBlank() ? email : displayName).build();
    }

    private static <T> T first(List<T> found) {
        return found.isEmpty() ? null : found.get(0);
    }
}
