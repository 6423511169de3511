package org.backroot.care;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.backroot.account.AuditLog;
import org.backroot.account.CurrentUser;
import org.backroot.account.domain.Role;
import org.backroot.care.domain.Author;
import org.backroot.care.domain.MessageText;
import org.backroot.care.domain.Scope;
import org.backroot.care.domain.WarningSignWords;
import org.backroot.shared.ConflictException;
import org.backroot.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talking with the care team: a thread per link between a person and a clinician who holds the {@code messages}
 * scope. The person always sees their threads, read-only once the clinician no longer takes messages; the clinician
 * sees a thread only while linked with that scope, and each time they open one it is written to the person's access
 * log. Anyone else, and any thread id that is not theirs, gets the same 404 as a thread that does not exist.
 * Backroot itself writes nothing into a thread.
 */
@Service
public class CareMessages {

    /** Audit action: a clinician sent the person a message (detail: the thread id). */
    public static final String SENT = "care.message";
    /** What a clinician's opening of a thread is called in the person's access log. */
    public static final String PART = "messages";

    /** A thread as its lists show it, from the caller's side: who is on the other side, and what is unread. */
    public record ThreadSummary(String id, String personId, String clinicianId, String displayName, int messages, int unread,
                                Instant lastMessageAt, boolean canWrite) {
    }

    /** One message as its reader sees it; {@code mine} when the reader wrote it. */
    public record Message(int number, String author, boolean mine, String text, Instant sentAt, Instant readAt) {
    }

    /** An open thread: who the caller talks with, whether they may still write, and every message, oldest first. */
    public record Conversation(ThreadSummary thread, Author side, List<Message> messages) {
    }

    /** A message just sent, with the warning signs its words suggest (a person's only; empty otherwise). */
    public record Sent(String threadId, Message message, List<String> warningSigns) {
    }

    private final CareThreadRepository threads;
    private final CareLinkRepository links;
    private final CareAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CareMessages(CareThreadRepository threads, CareLinkRepository links, CareAccess access, AuditLog audit, Clock clock) {
        this.threads = threads;
        this.links = links;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The caller's threads, the latest conversation first: for a person one per clinician who takes messages (and the
     * earlier ones that hold messages, read-only); for a clinician one per linked person who shares messages.
     */
    @Transactional
    public List<ThreadSummary> threads(CurrentUser user) {
        List<ThreadSummary> found = new ArrayList<>();
        if (user.roles().contains(Role.PERSON)) {
            links.team(user.id()).stream().filter(l -> l.scopes().allows(Scope.MESSAGES))
                    .forEach(l -> threads.ensure(user.id(), l.clinicianId(), clock.instant()));
            threads.ofPerson(user.id()).stream().filter(r -> r.thread().open() || r.messages() > 0)
                    .forEach(r -> found.add(summary(r.thread(), r.otherName(), r.messages(), r.unread(), r.lastMessageAt())));
        }
        if (user.roles().contains(Role.CLINICIAN)) {
            access.people(user.id()).stream().filter(p -> p.shares(Scope.MESSAGES))
                    .forEach(p -> threads.ensure(p.personId(), user.id(), clock.instant()));
            threads.ofClinician(user.id()).stream().filter(r -> r.thread().open())
                    .forEach(r -> found.add(summary(r.thread(), r.otherName(), r.messages(), r.unread(), r.lastMessageAt())));
        }
        return found;
    }

    /** The caller's summary of one thread. @throws NotFoundException as for a missing thread when it is not theirs */
    @Transactional
    public ThreadSummary thread(CurrentUser user, String threadId) {
        var stored = visible(user, threadId);
        return threads(user).stream().filter(t -> t.id().equals(stored.thread().id())).findFirst().orElseThrow(CareMessages::notFound);
    }

    /**
     * Opens a thread: every message, oldest first, and the other side's unread ones marked read now. A clinician's
     * opening is written to the person's access log first.
     *
     * @throws NotFoundException as for a missing thread when the caller is neither side, or is the clinician and no
     *                           longer linked with the messages scope
     */
    @Transactional
    public Conversation open(CurrentUser user, String threadId) {
        var visible = visible(user, threadId);
        var thread = visible.thread();
        if (visible.side() == Author.CLINICIAN) {
            try {
                access.open(user, thread.personId(), Scope.MESSAGES, PART);
            } catch (NotFoundException e) {
                throw notFound();
            }
        }
        threads.markRead(thread.personId(), thread.id(), visible.side().other(), clock.instant());
        List<Message> messages = threads.messages(thread.personId(), thread.id()).stream()
                .map(m -> message(m, visible.side())).toList();
        return new Conversation(thread(user, threadId), visible.side(), messages);
    }

    /**
     * Sends a message. A person may write while the clinician holds the messages scope; a clinician's message is
     * written to the person's log. A person's message whose words read like a warning sign is still sent; the answer
     * names the signs so the page can point to the check-in's symptom list and to urgent care.
     *
     * @throws NotFoundException        as for a missing thread (see {@link #open})
     * @throws ConflictException        when the person writes to a clinician who no longer takes messages
     * @throws org.backroot.web.domain.ValidationException on {@code text}
     */
    @Transactional
    public Sent send(CurrentUser user, String threadId, String text) {
        var visible = visible(user, threadId);
        var thread = visible.thread();
        if (visible.side() == Author.CLINICIAN) {
            try {
                access.linked(user, thread.personId(), Scope.MESSAGES);
            } catch (NotFoundException e) {
                throw notFound();
            }
        } else if (!thread.open()) {
            throw new ConflictException("This conversation is closed",
                    "This clinician no longer takes messages from you here; the earlier messages stay for you to read.");
        }
        MessageText checked = MessageText.of(text);
        Instant now = clock.instant();
        int number = threads.append(thread.personId(), thread.id(), visible.side(), checked.value(), now);
        if (visible.side() == Author.CLINICIAN) audit.record(user.id(), thread.personId(), SENT, thread.id());
        var sent = new CareThreadRepository.StoredMessage(number, visible.side(), checked.value(), org.backroot.shared.Timestamps.stored(now), null);
        List<String> signs = visible.side() == Author.PERSON ? WarningSignWords.signsIn(checked.value()) : List.of();
        return new Sent(thread.id(), message(sent, visible.side()), signs);
    }

    /**
     * The person's thread with one clinician, created when it does not exist yet: the address another page links to
     * for "ask to talk about it".
     *
     * @throws NotFoundException when that clinician is not in the person's team with the messages scope
     */
    @Transactional
    public String threadWith(CurrentUser person, String clinicianId) {
        var link = links.find(person.id(), clinicianId).filter(l -> l.scopes().allows(Scope.MESSAGES))
                .orElseThrow(() -> new NotFoundException("No such clinician taking messages in your team"));
        return threads.ensure(person.id(), link.clinicianId(), clock.instant());
    }

    /** Which side of the thread the caller is, without opening it. @throws NotFoundException as for a missing thread */
    @Transactional(readOnly = true)
    public Author sideOf(CurrentUser user, String threadId) {
        return visible(user, threadId).side();
    }

    /** The unread count and whether the navigation shows the messages link, in one query. */
    @Transactional(readOnly = true)
    public NavCount nav(CurrentUser user) {
        if (user.roles().contains(Role.CLINICIAN)) {
            var nav = threads.clinicianNav(user.id());
            return new NavCount(nav.unread(), nav.show(), "/care/messages");
        }
        if (user.roles().contains(Role.PERSON)) {
            var nav = threads.personNav(user.id());
            return new NavCount(nav.unread(), nav.show() || nav.unread() > 0, "/care-team/messages");
        }
        return new NavCount(0, false, null);
    }

    /** What the layout's navigation shows: a link to the messages with the unread count. */
    public record NavCount(int unread, boolean show, String href) {
    }

    private record Visible(CareThreadRepository.StoredThread thread, Author side) {
    }

    /** The thread and the caller's side of it; the same 404 for a missing thread and for someone else's. */
    private Visible visible(CurrentUser user, String threadId) {
        if (user == null || threadId == null) throw notFound();
        var thread = threads.find(threadId, user.id()).orElseThrow(CareMessages::notFound);
        if (thread.personId().equals(user.id()) && user.roles().contains(Role.PERSON)) return new Visible(thread, Author.PERSON);
        if (thread.clinicianId().equals(user.id()) && user.roles().contains(Role.CLINICIAN)) return new Visible(thread, Author.CLINICIAN);
        throw notFound();
    }

    private static ThreadSummary summary(CareThreadRepository.StoredThread t, String name, int messages, int unread, Instant last) {
        return new ThreadSummary(t.id(), t.personId(), t.clinicianId(), name, messages, unread, last, t.open());
    }

    private static Message message(CareThreadRepository.StoredMessage m, Author reader) {
        return new Message(m.number(), m.author().code(), m.author() == reader, m.text(), m.sentAt(), m.readAt());
    }

    static NotFoundException notFound() {
        return new NotFoundException("No such thread");
    }
}
