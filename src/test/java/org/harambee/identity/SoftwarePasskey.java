package org.harambee.identity;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passkey kept in software, as an authenticator (a phone, a security key) would keep it: an ES256 key pair made
 * for one site, answering a site's options with what a browser sends (WebAuthn's JSON, its attestation and
 * authenticator data in CBOR, "none" attestation, the person verified). It signs what it is given, for the origin it
 * is told: tests use it to send what a real authenticator would, and what an attacker could (another origin, a
 * challenge used before).
 */
final class SoftwarePasskey {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int USER_PRESENT = 0x01;
    private static final int USER_VERIFIED = 0x04;
    private static final int CREDENTIAL_INCLUDED = 0x40;

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private byte[] userHandle;
    private int signatures;

    SoftwarePasskey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    String id() {
        return BASE64URL.encodeToString(credentialId);
    }

    /** What a browser sends after making this passkey for the creation options, at the origin. */
    String made(String creationOptions, String origin) {
        JsonNode options = JSON.readTree(creationOptions);
        userHandle = Base64.getUrlDecoder().decode(options.get("user").get("id").asString());
        byte[] clientData = clientData("webauthn.create", options.get("challenge").asString(), origin);
        ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
        authenticatorData.writeBytes(sha256(options.get("rp").get("id").asString().getBytes(StandardCharsets.UTF_8)));
        authenticatorData.write(USER_PRESENT | USER_VERIFIED | CREDENTIAL_INCLUDED);
        authenticatorData.writeBytes(ByteBuffer.allocate(4).putInt(signatures).array());
        authenticatorData.writeBytes(new byte[16]);
        authenticatorData.writeBytes(ByteBuffer.allocate(2).putShort((short) credentialId.length).array());
        authenticatorData.writeBytes(credentialId);
        authenticatorData.writeBytes(cbor(publicKey()));
        Map<Object, Object> attestation = new LinkedHashMap<>();
        attestation.put("fmt", "none");
        attestation.put("attStmt", Map.of());
        attestation.put("authData", authenticatorData.toByteArray());
        return "{\"id\":\"" + id() + "\",\"rawId\":\"" + id() + "\",\"type\":\"public-key\",\"response\":{"
                + "\"attestationObject\":\"" + BASE64URL.encodeToString(cbor(attestation)) + "\","
                + "\"clientDataJSON\":\"" + BASE64URL.encodeToString(clientData) + "\",\"transports\":[\"internal\"]},"
                + "\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
    }

    /** What a browser sends after this passkey signed the request options' challenge, at the origin. */
    String shown(String requestOptions, String origin) {
        JsonNode options = JSON.readTree(requestOptions);
        byte[] clientData = clientData("webauthn.get", options.get("challenge").asString(), origin);
        ByteArrayOutputStream authenticatorData = new ByteArrayOutputStream();
        authenticatorData.writeBytes(sha256(options.get("rpId").asString().getBytes(StandardCharsets.UTF_8)));
        authenticatorData.write(USER_PRESENT | USER_VERIFIED);
        authenticatorData.writeBytes(ByteBuffer.allocate(4).putInt(++signatures).array());
        byte[] data = authenticatorData.toByteArray();
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(data);
            signer.update(sha256(clientData));
            signature = signer.sign();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
        return "{\"id\":\"" + id() + "\",\"rawId\":\"" + id() + "\",\"type\":\"public-key\",\"response\":{"
                + "\"authenticatorData\":\"" + BASE64URL.encodeToString(data) + "\","
                + "\"clientDataJSON\":\"" + BASE64URL.encodeToString(clientData) + "\","
                + "\"signature\":\"" + BASE64URL.encodeToString(signature) + "\","
                + "\"userHandle\":\"" + BASE64URL.encodeToString(userHandle) + "\"},"
                + "\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    /** The public key as COSE: EC2 (1: 2), ES256 (3: -7), P-256 (-1: 1), x (-2), y (-3). */
    private Map<Object, Object> publicKey() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        Map<Object, Object> cose = new LinkedHashMap<>();
        cose.put(1, 2);
        cose.put(3, -7);
        cose.put(-1, 1);
        cose.put(-2, coordinate(key.getW().getAffineX()));
        cose.put(-3, coordinate(key.getW().getAffineY()));
        return cose;
    }

    private static byte[] coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** CBOR (RFC 8949) of what WebAuthn needs: integers, byte and text strings, maps. */
    private static byte[] cbor(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value instanceof Integer number) {
            head(out, number >= 0 ? 0 : 1, number >= 0 ? number : -1L - number);
        } else if (value instanceof byte[] bytes) {
            head(out, 2, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            head(out, 3, bytes.length);
            out.writeBytes(bytes);
        } else if (value instanceof Map<?, ?> map) {
            head(out, 5, map.size());
            map.forEach((key, entry) -> {
                write(out, key);
                write(out, entry);
            });
        } else {
            throw new IllegalArgumentException("Not written as CBOR here: " + value);
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long argument) {
        if (argument < 24) {
            out.write(major << 5 | (int) argument);
        } else if (argument < 256) {
            out.write(major << 5 | 24);
            out.write((int) argument);
        } else {
            out.write(major << 5 | 25);
            out.writeBytes(Arrays.copyOfRange(ByteBuffer.allocate(4).putInt((int) argument).array(), 2, 4));
        }
    }
}
