package org.harambee.accountability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * One recommendation as a file of the Universal Periodic Review gives it, checked: where it is in the file (the
 * line its row starts on), its identity (session, the two states, the text) and what else the file says of it.
 */
record UprRow(int line, int session, String stateUnderReview, String underReviewRegion,
        String underReviewOrganizations, String recommendingState, String recommendingRegion,
        String recommendingOrganizations, String text, Response response, Integer action, Set<String> issues) {

    /** The recommendation's identity: the same in every file that has it, whatever its spacing or line. */
    String fingerprint() {
        return sha256(session + "\u001f" + stateUnderReview + "\u001f" + recommendingState + "\u001f"
                + text.replaceAll("\\s+", " "));
    }

    /** What an import may correct, in one value: equal when nothing changed. */
    String details() {
        return sha256(underReviewRegion + "\u001f" + underReviewOrganizations + "\u001f" + recommendingRegion
                + "\u001f" + recommendingOrganizations + "\u001f" + response + "\u001f" + action + "\u001f"
                + String.join("\u001e", new TreeSet<>(issues)));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("Every Java runtime has SHA-256", absent);
        }
    }
}
