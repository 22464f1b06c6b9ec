package org.harambee.identity;

import io.nayuki.qrcodegen.QrCode;
import org.springframework.web.util.HtmlUtils;

/** A QR code as an SVG image drawn here: dark modules as one path, a quiet zone of four modules around. */
final class QrCodes {

    private static final int QUIET = 4;

    private QrCodes() {
    }

    /** The SVG element of a QR code of {@code text}, labelled for screen readers with {@code label}. */
    static String svg(String text, String label) {
        QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = code.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\""
                + HtmlUtils.htmlEscape(label) + "\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"240\" height=\"240\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\""
                + " fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
