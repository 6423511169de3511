package org.backroot.insights.domain;

/** Which way a measure moved, read with the measure's "better" direction. */
public enum ChangeDirection {
    IMPROVED, WORSE, SAME
}
