package org.backroot.figure.domain;

/**
 * An orthonormal body frame: forward, up and right, with {@code right = forward x up}. A rotation "toward" keeps
 * the frame right-handed, so every child segment inherits a proper frame.
 */
record Frame(Vec f, Vec u, Vec r) {

    static Frame of(Vec forward, Vec up) {
        Vec f = forward.unit();
        Vec u = up.unit();
        return new Frame(f, u, f.cross(u));
    }

    /** Turns the whole frame about one of its own axes (or any unit axis). */
    Frame rotate(Vec axis, double degrees) {
        if (degrees == 0) return this;
        return new Frame(f.rotate(axis, degrees), u.rotate(axis, degrees), r.rotate(axis, degrees));
    }

    /** Flexion: the up axis tips toward forward by {@code degrees}. */
    Frame tipForward(double degrees) {
        return rotate(r, -degrees);
    }

    /** Side bend: the up axis tips toward the right by {@code degrees}. */
    Frame tipRight(double degrees) {
        return rotate(f, degrees);
    }

    /** Rotation about the up axis: forward turns toward the right by {@code degrees}. */
    Frame turnRight(double degrees) {
        return rotate(u, -degrees);
    }
}
