package org.backroot.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.HeadersTooLargeException;

/**
 * Tomcat's last word on requests it refuses before Spring sees them (a NUL or an encoded slash in the
 * path, an over-long request line, huge headers): problem+json under /api, a short calm page elsewhere,
 * instead of Tomcat's own HTML page. Over-long request lines answer 414 and over-large headers 431.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    /** Longer request targets than this are reported as 414 rather than 431 when Tomcat ran out of header room. */
    static final int LONG_TARGET = 2048;

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) return;
        if (tooLarge(throwable)) {
            // Tomcat parses the request line first: when it ran out of room before the path was read, the line was too long.
            String target = target(request);
            status = target.isEmpty() || target.length() > LONG_TARGET ? 414 : 431;
            response.setStatus(status);
        }
        if (!response.setErrorReported()) return;
        String path = path(request);
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer out = response.getReporter();
            if (out == null) return;
            // When Tomcat could not even read the path (an over-long request line) no page can be chosen: answer as the API does.
            if (path.isEmpty() || BadRequests.isApi(path)) {
                response.setContentType("application/problem+json");
                out.write("{\"type\":\"about:blank\",\"title\":\"" + title(status) + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}");
            } else {
                response.setContentType("text/html");
                out.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>Backroot: we could not read that request</title></head><body><main><h1>We could not read that request</h1>"
                        + "<p>" + detail(status) + " Nothing was saved.</p><p><a href=\"/start\">Back to Backroot</a></p></main></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone; nothing more to say
        }
    }

    private static boolean tooLarge(Throwable t) {
        for (; t != null; t = t.getCause()) {
            if (t instanceof HeadersTooLargeException) return true;
            if (t instanceof IllegalArgumentException && t.getMessage() != null && t.getMessage().toLowerCase().contains("too large")) return true;
        }
        return false;
    }

    private static String path(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null ? "" : uri;
    }

    private static String target(Request request) {
        String query = request.getCoyoteRequest().queryString().toString();
        return path(request) + (query == null ? "" : "?" + query);
    }

    private static String title(int status) {
        return switch (status) {
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 431 -> "Request Header Fields Too Large";
            case 404 -> "Not Found";
            default -> status >= 500 ? "Internal error" : "Bad Request";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 414 -> "The address is too long; send long input in the body.";
            case 431 -> "The request headers are too large.";
            case 404 -> "There is nothing at this address.";
            default -> status >= 500 ? "Something went wrong on our side."
                    : "The address or the request could not be read; check its encoding (no NUL, no encoded slashes or dot segments).";
        };
    }
}
