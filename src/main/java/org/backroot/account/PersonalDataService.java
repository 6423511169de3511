package org.backroot.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.backroot.account.domain.Email;
import org.backroot.web.domain.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/** A person's right to take all their data with them, and to have it erased. */
@Service
public class PersonalDataService {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);

    private final PersonalDataRepository data;
    private final PersonalClock personalClock;
    private final AccountService accounts;
    private final AccessTokenService tokens;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    PersonalDataService(PersonalDataRepository data, AccountService accounts, AccessTokenService tokens, JsonMapper json,
            PersonalClock personalClock, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.personalClock = personalClock;
        this.data = data;
        this.accounts = accounts;
        this.tokens = tokens;
        this.json = json;
    }

    /** A zip with one CSV and one JSON file per table holding the person's rows, plus a README. */
    @Transactional(readOnly = true)
    public byte[] exportZip(String userId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<String> tables = data.personalTables();
            put(zip, "README.txt", readme(tables));
            var account = accounts.get(userId);
            Map<String, Object> accountView = Map.of("id", account.id(), "email", account.email().value(),
                    "displayName", account.displayName(), "roles", account.roles().stream().map(Enum::name).sorted().toList(),
                    "createdAt", account.createdAt().toString(), "timeZone", personalClock.zone(userId).getId());
            put(zip, "account.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(accountView));
            for (String table : tables) {
                List<Map<String, Object>> rows = data.rows(table, userId);
                put(zip, table + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
                put(zip, table + ".csv", Csv.of(rows));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the account and everything in it, once the person has confirmed with their own email. After the
     * commit the database log is checkpointed, so no copy of the erased rows stays in it (GDPR erasure).
     */
    public void delete(String userId, String confirmEmail) {
        transactions.executeWithoutResult(tx -> deleteInTransaction(userId, confirmEmail));
        if (!data.checkpointLog()) {
            LOG.warn("The database log could not be emptied right after an account deletion; it will be at the next checkpoint");
        }
    }

    private void deleteInTransaction(String userId, String confirmEmail) {
        var account = accounts.get(userId);
        Email typed;
        try {
            typed = new Email(confirmEmail);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("confirmEmail", "type your account email to confirm the deletion");
        }
        if (!typed.equals(account.email())) {
            throw new ValidationException("confirmEmail", "does not match your account email; nothing was deleted");
        }
        events.publishEvent(new AccountDeleting(userId));
        data.deleteAccount(userId, account.email().value());
        tokens.forget(userId);
    }

    private static String readme(List<String> tables) {
        return "Your Backroot data, exported on request.\n\nEach table that holds your data is here twice: as CSV (for "
                + "spreadsheets) and as JSON (for programs).\n\nTables: " + tables.stream().collect(Collectors.joining(", ")) + "\n";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** RFC 4180 CSV: quoted when needed, quotes doubled. */
    static final class Csv {
        private Csv() {
        }

        static String of(List<Map<String, Object>> rows) {
            if (rows.isEmpty()) return "";
            List<String> columns = new ArrayList<>(rows.get(0).keySet());
            StringBuilder out = new StringBuilder(String.join(",", columns)).append("\r\n");
            for (Map<String, Object> row : rows) {
                out.append(columns.stream().map(c -> cell(row.get(c))).collect(Collectors.joining(","))).append("\r\n");
            }
            return out.toString();
        }

        static String cell(Object value) {
            if (value == null) return "";
            String text = value.toString();
            boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
            return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
        }
    }
}
