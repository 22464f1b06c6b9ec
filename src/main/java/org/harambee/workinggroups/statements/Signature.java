package org.harambee.workinggroups.statements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One signature of a statement, with the signer's name and place as they were when signing, so the list a closed
 * statement freezes stays what it was. The database allows one per signer and statement.
 */
@Entity
@Table(name = "statement_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long statementId;
    private String signerKey;
    @Enumerated(EnumType.STRING)
    private SignerKind kind;
    private Long organizationId;
    private UUID accountId;
    private String name;
    private String stateCode;
    private String country;
    private boolean namedPublicly;
    private Instant signedAt;

    protected Signature() {
    }

    Signature(Long statementId, Signer signer, Instant now) {
        this.statementId = statementId;
        this.signerKey = signer.key();
        this.kind = signer.kind();
        this.organizationId = signer.organizationId();
        this.accountId = signer.accountId();
        this.name = signer.name();
        this.stateCode = signer.stateCode();
        this.country = signer.country();
        this.namedPublicly = signer.namedPublicly();
        this.signedAt = now;
    }

    /**
     * Whether this signatory's name is shown to a reader: an organization's to everyone, a person's to everyone
     * when they chose so, otherwise only to the statement's owners ({@code owner}) and to the person themselves
     * ({@code reader}: the reading account, null for a visitor). The others count it without a name (decision 49).
     */
    public boolean namedTo(boolean owner, UUID reader) {
        return kind == SignerKind.ORGANIZATION || namedPublicly || owner || reader != null && reader.equals(accountId);
    }

    public Long id() {
        return id;
    }

    public Long statementId() {
        return statementId;
    }

    public String signerKey() {
        return signerKey;
    }

    public SignerKind kind() {
        return kind;
    }

    /** The organization that signed; null for an individual. */
    public Long organizationId() {
        return organizationId;
    }

    /** The account that signed: the individual, or the representative who signed for the organization. */
    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String stateCode() {
        return stateCode;
    }

    public String country() {
        return country;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
