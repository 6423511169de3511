package org.backroot.account;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/export} (zip of CSV and JSON) and {@code DELETE /api/v1/me} (with the email as confirmation). */
@RestController
class PersonalDataApiController {

    record DeleteRequest(String confirmEmail) {
    }

    private final PersonalDataService personalData;

    PersonalDataApiController(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/api/v1/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("backroot-export.zip").build().toString())
                .body(personalData.exportZip(user.id()));
    }

    @DeleteMapping("/api/v1/me")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) DeleteRequest request) {
        personalData.delete(user.id(), request == null ? null : request.confirmEmail());
        return ResponseEntity.noContent().build();
    }
}
