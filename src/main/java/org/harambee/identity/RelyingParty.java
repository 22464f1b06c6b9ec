package org.harambee.identity;

import com.webauthn4j.util.exception.WebAuthnException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.harambee.site.Installation;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * This installation as a WebAuthn relying party: its id is the host of {@code HARAMBEE_BASE_URL} and the one origin
 * it accepts is that address's scheme, host and port (a base address on port 0, as in tests on a random port, means
 * the port the server listens on). It says what a browser is to make or show (options, as JSON) and checks what the
 * browser answers, with webauthn4j through Spring Security: the challenge, the origin, the relying party, the
 * signature, and that the person was verified on the device (a PIN, a fingerprint, a face): a passkey alone signs
 * in, so it must be two factors by itself.
 */
@Component
class RelyingParty {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final TypeReference<PublicKeyCredential<AuthenticatorAttestationResponse>> MADE =
            new TypeReference<>() {
            };
    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> SHOWN =
            new TypeReference<>() {
            };

    private final Installation installation;
    private final Environment environment;
    private final PasskeyHolders holders;
    private final UserCredentialRepository credentials;
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private volatile Webauthn4JRelyingPartyOperations operations;

    RelyingParty(Installation installation, Environment environment, PasskeyHolders holders,
            UserCredentialRepository credentials) {
        this.installation = installation;
        this.environment = environment;
        this.holders = holders;
        this.credentials = credentials;
    }

    /** What the browser could not make, or show, or what did not pass the checks. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    String id() {
        return installation.baseUrl().getHost();
    }

    /** The origin a passkey must be made and shown at. */
    String origin() {
        URI base = installation.baseUrl();
        int port = base.getPort() == 0 ? environment.getProperty("local.server.port", Integer.class, 0)
                : base.getPort();
        return base.getScheme() + "://" + base.getHost() + (port < 0 ? "" : ":" + port);
    }

    /** What the browser is to make a passkey with, for the holder; their passkeys are not made again. */
    PublicKeyCredentialCreationOptions creationOptions(PublicKeyCredentialUserEntity holder, Bytes challenge) {
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id(id()).name(installation.networkName()).build())
                .user(holder).challenge(challenge)
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED).build())
                .attestation(AttestationConveyancePreference.NONE)
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(
                        ImmutableAuthenticationExtensionsClientInput.credProps))
                .excludeCredentials(descriptors(credentials.findByUserId(holder.getId())))
                .timeout(TIMEOUT).build();
    }

    /**
     * What the browser is to show a passkey with: one of the given ones, or, when none are given, any passkey of
     * this site the person picks.
     */
    PublicKeyCredentialRequestOptions requestOptions(List<CredentialRecord> allowed) {
        return PublicKeyCredentialRequestOptions.builder().challenge(Bytes.random()).rpId(id())
                .allowCredentials(descriptors(allowed)).userVerification(UserVerificationRequirement.REQUIRED)
                .timeout(TIMEOUT).build();
    }

    String json(Object options) {
        return json.writeValueAsString(options);
    }

    /** Checks the passkey the browser made for the creation options and keeps it, named as the person named it. */
    CredentialRecord register(PublicKeyCredentialCreationOptions options, String made, String label)
            throws Refused {
        try {
            PublicKeyCredential<AuthenticatorAttestationResponse> credential = json.readValue(made, MADE);
            AuthenticatorAttestationResponse response = whole(credential);
            if (response.getAttestationObject() == null || response.getClientDataJSON() == null) {
                throw new Refused("The passkey made has no attestation", null);
            }
            return operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(options,
                    new RelyingPartyPublicKey(credential, label)));
        } catch (JacksonException | WebAuthnException | IllegalArgumentException wrong) {
            throw new Refused("The passkey made was not accepted", wrong);
        }
    }

    /** Checks the passkey the browser showed for the request options; returns its holder. */
    PublicKeyCredentialUserEntity authenticate(PublicKeyCredentialRequestOptions options, String shown)
            throws Refused {
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> credential = json.readValue(shown, SHOWN);
            AuthenticatorAssertionResponse response = whole(credential);
            if (response.getAuthenticatorData() == null || response.getClientDataJSON() == null
                    || response.getSignature() == null) {
                throw new Refused("The passkey shown has no signature", null);
            }
            return operations().authenticate(new RelyingPartyAuthenticationRequest(options, credential));
        } catch (JacksonException | WebAuthnException | IllegalArgumentException wrong) {
            throw new Refused("The passkey shown was not accepted", wrong);
        }
    }

    /** The response of a credential that has its id, type and response (a browser's always has). */
    private static <R extends AuthenticatorResponse> R whole(PublicKeyCredential<R> credential) throws Refused {
        if (credential == null || credential.getRawId() == null || credential.getType() == null
                || credential.getResponse() == null) {
            throw new Refused("Not a whole passkey credential", null);
        }
        return credential.getResponse();
    }

    private Webauthn4JRelyingPartyOperations operations() {
        Webauthn4JRelyingPartyOperations made = operations;
        if (made == null) {
            made = new Webauthn4JRelyingPartyOperations(holders, credentials,
                    PublicKeyCredentialRpEntity.builder().id(id()).name(installation.networkName()).build(),
                    Set.of(origin()));
            operations = made;
        }
        return made;
    }

    private static List<PublicKeyCredentialDescriptor> descriptors(List<CredentialRecord> records) {
        return records.stream().map(record -> PublicKeyCredentialDescriptor.builder().id(record.getCredentialId())
                .transports(record.getTransports()).build()).toList();
    }
}
