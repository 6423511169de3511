package org.backroot.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf template to PDF: the same HTML and CSS skills as the pages, laid out for
 * A4 paper by openhtmltopdf. Charts are embedded as PNG data URIs, so nothing is fetched.
 */
@Component
class PdfRenderer {

    private final TemplateEngine templates;

    PdfRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(java.util.Locale.UK, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF report", e);
        }
    }
}
