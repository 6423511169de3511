package org.backroot.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.backroot.care.domain.Author;
import org.backroot.care.domain.Scope;
import org.backroot.care.domain.Scopes;
import org.backroot.shared.Ids;
import org.backroot.shared.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Care threads and their messages, keyed by the person. A thread is found by its id through the non-unique index on
 * {@code care_thread.id}, always together with the caller, who must be one of its two sides.
 */
@Repository
class CareThreadRepository {

    /** A thread's two sides; {@code scopes} is empty once the link is gone. */
    record StoredThread(String id, String personId, String clinicianId, Optional<Scopes> scopes) {
        boolean open() {
            return scopes.isPresent() && scopes.get().allows(Scope.MESSAGES);
        }
    }

    /** A thread as a list shows it: the other side's name, how many messages and how many of them are unread. */
    record ThreadRow(StoredThread thread, String otherName, int messages, int unread, Instant lastMessageAt) {
    }

    record StoredMessage(int number, Author author, String text, Instant sentAt, Instant readAt) {
    }

    private static final String THREAD_WITH_LINK = """
            SELECT t.id, t.user_id, t.clinician_id, l.scopes FROM care_thread t
            LEFT JOIN care_link l ON l.user_id = t.user_id AND l.clinician_id = t.clinician_id
            """;

    private final JdbcClient jdbc;

    CareThreadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The thread of this link, created the first time it is asked for. */
    /** Removes every thread with this clinician, their messages with them (the clinician's account is being deleted). */
    int deleteClinician(String clinicianId) {
        return jdbc.sql("DELETE FROM care_thread WHERE clinician_id = :clinician").param("clinician", clinicianId).update();
    }

    String ensure(String personId, String clinicianId, Instant now) {
        jdbc.sql("""
                INSERT INTO care_thread (user_id, clinician_id, id, created_at) VALUES (:user, :clinician, :id, :at)
                ON CONFLICT (user_id, clinician_id) DO NOTHING""")
                .param("user", personId).param("clinician", clinicianId).param("id", Ids.newId())
                .param("at", Timestamps.format(now)).update();
        return jdbc.sql("SELECT id FROM care_thread WHERE user_id = :user AND clinician_id = :clinician")
                .param("user", personId).param("clinician", clinicianId).query(String.class).single();
    }

    /** The thread with this id where {@code userId} is one of the two sides; empty for anyone else. */
    Optional<StoredThread> find(String threadId, String userId) {
        return jdbc.sql(THREAD_WITH_LINK + " WHERE t.id = :id AND (t.user_id = :me OR t.clinician_id = :me)")
                .param("id", threadId).param("me", userId).query(CareThreadRepository::thread).list().stream().findFirst();
    }

    /** The person's threads with the clinician's name, the latest conversation first. */
    List<ThreadRow> ofPerson(String personId) {
        return jdbc.sql(THREAD_LIST.formatted("t.clinician_id", "t.user_id = :me"))
                .param("me", personId).param("other", Author.CLINICIAN.code()).query(CareThreadRepository::row).list();
    }

    /** The clinician's threads (linked or not: the caller keeps those it may open) with the person's name. */
    List<ThreadRow> ofClinician(String clinicianId) {
        return jdbc.sql(THREAD_LIST.formatted("t.user_id", "t.clinician_id = :me"))
                .param("me", clinicianId).param("other", Author.PERSON.code()).query(CareThreadRepository::row).list();
    }

    private static final String THREAD_LIST = """
            SELECT t.id, t.user_id, t.clinician_id, l.scopes, u.display_name, t.message_count,
                   (SELECT COUNT(*) FROM care_message m WHERE m.user_id = t.user_id AND m.thread_id = t.id
                      AND m.author = :other AND m.read_at IS NULL) AS unread,
                   t.last_message_at
            FROM care_thread t JOIN app_user u ON u.id = %s
            LEFT JOIN care_link l ON l.user_id = t.user_id AND l.clinician_id = t.clinician_id
            WHERE %s ORDER BY COALESCE(t.last_message_at, t.created_at) DESC, t.id""";

    /** Adds a message at the end of the thread and answers its number. Serialised per thread by the row update. */
    int append(String personId, String threadId, Author author, String text, Instant sentAt) {
        String at = Timestamps.format(sentAt);
        jdbc.sql("UPDATE care_thread SET message_count = message_count + 1, last_message_at = :at WHERE user_id = :user AND id = :thread")
                .param("at", at).param("user", personId).param("thread", threadId).update();
        int number = jdbc.sql("SELECT message_count FROM care_thread WHERE user_id = :user AND id = :thread")
                .param("user", personId).param("thread", threadId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO care_message (user_id, thread_id, seq, author, body, sent_at) VALUES (:user, :thread, :seq, :author, :body, :at)""")
                .param("user", personId).param("thread", threadId).param("seq", number).param("author", author.code())
                .param("body", text).param("at", at).update();
        return number;
    }

    /** Marks the messages {@code author} wrote as read now, those not read before; answers how many. */
    int markRead(String personId, String threadId, Author author, Instant at) {
        return jdbc.sql("""
                UPDATE care_message SET read_at = :at
                WHERE user_id = :user AND thread_id = :thread AND author = :author AND read_at IS NULL""")
                .param("at", Timestamps.format(at)).param("user", personId).param("thread", threadId).param("author", author.code()).update();
    }

    /** The thread's messages, oldest first. */
    List<StoredMessage> messages(String personId, String threadId) {
        return jdbc.sql("SELECT seq, author, body, sent_at, read_at FROM care_message WHERE user_id = :user AND thread_id = :thread ORDER BY seq")
                .param("user", personId).param("thread", threadId)
                .query((rs, n) -> new StoredMessage(rs.getInt(1), Author.fromCode(rs.getString(2)), rs.getString(3),
                        Timestamps.parse(rs.getString(4)), Timestamps.parse(rs.getString(5)))).list();
    }

    /**
     * One query for the navigation: a person's unread messages from their clinicians, and whether they have any
     * clinician who takes messages.
     */
    Nav personNav(String personId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM care_message WHERE user_id = :me AND author = 'clinician' AND read_at IS NULL),
                       (SELECT COUNT(*) FROM care_link WHERE user_id = :me AND scopes LIKE '%messages%')""")
                .param("me", personId).query((rs, n) -> new Nav(rs.getInt(1), rs.getInt(2) > 0)).single();
    }

    /** One query for the navigation: a clinician's unread messages in the threads they may still open. */
    Nav clinicianNav(String clinicianId) {
        int unread = jdbc.sql("""
                SELECT COUNT(*) FROM care_message m
                JOIN care_thread t ON t.user_id = m.user_id AND t.id = m.thread_id
                JOIN care_link l ON l.user_id = t.user_id AND l.clinician_id = t.clinician_id
                WHERE t.clinician_id = :me AND l.scopes LIKE '%messages%' AND m.author = 'person' AND m.read_at IS NULL""")
                .param("me", clinicianId).query(Integer.class).single();
        return new Nav(unread, true);
    }

    /** What the navigation shows: unread messages, and whether to show the link at all. */
    record Nav(int unread, boolean show) {
    }

    private static StoredThread thread(ResultSet rs, int n) throws SQLException {
        String scopes = rs.getString(4);
        return new StoredThread(rs.getString(1), rs.getString(2), rs.getString(3), Optional.ofNullable(scopes).map(Scopes::stored));
    }

    private static ThreadRow row(ResultSet rs, int n) throws SQLException {
        return new ThreadRow(thread(rs, n), rs.getString(5), rs.getInt(6), rs.getInt(7), Timestamps.parse(rs.getString(8)));
    }
}
