package org.backroot.care.domain;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an inline SVG, drawn here (no external service sees the invitation). Dark modules on a white square with
 * the standard four-module quiet zone, whatever the page's colour scheme, so phone cameras read it in dark mode too.
 * The text is encoded with medium error correction; the SVG holds no text of its own but the given accessible name.
 */
public final class QrSvg {

    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    /**
     * @param text  what the code holds (a link or a short code)
     * @param label the accessible name of the image (plain text; escaped here)
     */
    public static String of(String text, String label) {
        if (text == null || text.isEmpty()) throw new IllegalArgumentException("a QR code needs text");
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    /** How many modules a side (without the quiet zone) the code for this text has; for tests and sizing. */
    public static int modules(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM).size;
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
