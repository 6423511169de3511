package org.backroot.backup;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.backup.domain.BackupFile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backups for administrators (the security configuration lets only ADMIN into /api/v1/admin/**). */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupApiController {

    record BackupJson(String file, long size, Instant created) {
        static BackupJson of(BackupFile b) {
            return new BackupJson(b.name(), b.size(), b.created());
        }
    }

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    @PostMapping
    ResponseEntity<BackupJson> create() {
        BackupFile made = backups.create();
        return ResponseEntity.created(URI.create("/api/v1/admin/backups/" + made.name())).body(BackupJson.of(made));
    }

    @GetMapping
    List<BackupJson> list() {
        if (!backups.available()) throw new BackupUnavailableException();
        return backups.list().stream().map(BackupJson::of).toList();
    }
}
