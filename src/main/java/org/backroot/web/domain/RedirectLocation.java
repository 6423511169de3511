package org.backroot.web.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a redirect may send the browser, never decided by the request's {@code Host} header (anyone can forge it):
 * a location on this site is sent as a path, or under the configured base URL when there is one.
 */
public final class RedirectLocation {

    private final String base;

    private RedirectLocation(String base) {
        this.base = base;
    }

    /**
     * @param baseUrl the site's public address ({@code https://backroot.example.org}), or null/blank for relative
     *                redirects
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) address without query or fragment
     */
    public static RedirectLocation of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) return new RedirectLocation(null);
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("backroot.base-url is not an address: " + baseUrl, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("backroot.base-url must be like https://backroot.example.org (scheme, host, "
                    + "optional port), not " + baseUrl);
        }
        String text = uri.toString();
        return new RedirectLocation(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /**
     * The location to send. An absolute address on the host the request named (built from its Host header) becomes
     * its path; a path is prefixed with the base URL when one is configured; other addresses pass unchanged.
     */
    public String rewrite(String location, String requestHost) {
        if (location == null) return null;
        String path = location;
        try {
            URI uri = new URI(location);
            if (uri.isAbsolute()) {
                if (uri.getHost() == null || requestHost == null || !uri.getHost().equalsIgnoreCase(requestHost)) return location;
                path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            }
        } catch (URISyntaxException e) {
            return location;
        }
        if (!path.startsWith("/") || path.startsWith("//")) return path;
        return base == null ? path : base + path;
    }
}
