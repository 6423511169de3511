package org.backroot.report;

import org.backroot.account.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The PDF progress report, for the API ({@code /api/v1/report.pdf}) and from the pages ({@code /report.pdf}). */
@RestController
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping({"/api/v1/report.pdf", "/report.pdf"})
    ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("backroot-report.pdf").build().toString())
                .body(reports.pdf(user.id()));
    }
}
