package org.backroot.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.domain.Registration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clinician accounts for administrators (the security configuration lets only ADMIN into /api/v1/admin/**):
 * {@code POST} creates one (201; 400 naming the field; 409 when the email is taken), {@code GET} lists them,
 * {@code POST .../{id}/disable} and {@code .../enable} switch sign-in off and on. Nothing here returns anyone's health
 * data: a clinician account holds none, and an administrator reads no person's records through the app.
 */
@RestController
@RequestMapping("/api/v1/admin/clinicians")
class ClinicianAdminApiController {

    record CreateRequest(String email, String displayName, String password) {
    }

    record ClinicianJson(String id, String email, String displayName, List<String> roles, Instant createdAt, boolean disabled,
            Instant disabledAt) {
        static ClinicianJson of(ClinicianAccountService.Clinician c) {
            var a = c.account();
            return new ClinicianJson(a.id(), a.email().value(), a.displayName(), a.roles().stream().map(Enum::name).sorted().toList(),
                    a.createdAt(), c.disabled(), c.disabledAt());
        }
    }

    private final ClinicianAccountService clinicians;

    ClinicianAdminApiController(ClinicianAccountService clinicians) {
        this.clinicians = clinicians;
    }

    @PostMapping
    ResponseEntity<ClinicianJson> create(@AuthenticationPrincipal CurrentUser admin, @RequestBody(required = false) CreateRequest body) {
        CreateRequest r = body == null ? new CreateRequest(null, null, null) : body;
        var created = clinicians.create(admin.id(), Registration.of(r.email(), r.password(), r.displayName()));
        return ResponseEntity.created(URI.create("/api/v1/admin/clinicians/" + created.account().id())).body(ClinicianJson.of(created));
    }

    @GetMapping
    List<ClinicianJson> list() {
        return clinicians.list().stream().map(ClinicianJson::of).toList();
    }

    @GetMapping("/{id}")
    ClinicianJson get(@PathVariable String id) {
        return ClinicianJson.of(clinicians.get(id));
    }

    @PostMapping("/{id}/disable")
    ClinicianJson disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id) {
        return ClinicianJson.of(clinicians.disable(admin.id(), id));
    }

    @PostMapping("/{id}/enable")
    ClinicianJson enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable String id) {
        return ClinicianJson.of(clinicians.enable(admin.id(), id));
    }
}
