package org.backroot.program;

import java.time.Instant;

/**
 * What one person has done with one lesson: opened it (readAt), and their latest answer to its question.
 *
 * @param lessonId   the lesson's id in the course
 * @param readAt     when they first opened it, or null
 * @param answer     the option id they chose last, or null before answering
 * @param correct    whether that answer was the right one, or null before answering
 * @param answeredAt when they answered last, or null
 */
public record LessonProgress(String lessonId, Instant readAt, String answer, Boolean correct, Instant answeredAt) {

    public boolean read() {
        return readAt != null;
    }

    public boolean answered() {
        return answer != null;
    }
}
