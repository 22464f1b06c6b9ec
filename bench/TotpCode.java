import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the code an authenticator app shows now for a Base32 key (RFC 6238: HMAC-SHA1, 30-second steps, six
 * digits): what a benchmark types at the second step of a sign-in as a demo account whose role requires a second
 * factor (the key is printed with the demo passwords).
 *
 * Usage: bench/java.sh TotpCode.java KEY
 */
public class TotpCode {

    public static void main(String[] args) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String key = args[0].replace(" ", "").toUpperCase(Locale.ROOT);
        byte[] secret = new byte[key.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int next = 0;
        for (char c : key.toCharArray()) {
            buffer = buffer << 5 | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                secret[next++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Instant.now().getEpochSecond() / 30).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16 | (hash[offset + 2] & 0xff) << 8
                | hash[offset + 3] & 0xff;
        System.out.printf("%06d%n", binary % 1_000_000);
    }
}
