package org.backroot.figure.domain;

/** A point or direction in the figure's world: x to the right of the picture, y up, z toward the viewer. */
record Vec(double x, double y, double z) {

    static final Vec ZERO = new Vec(0, 0, 0);
    static final Vec X = new Vec(1, 0, 0);
    static final Vec Y = new Vec(0, 1, 0);
    static final Vec Z = new Vec(0, 0, 1);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double dot(Vec o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec cross(Vec o) {
        return new Vec(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double length() {
        return Math.sqrt(dot(this));
    }

    Vec unit() {
        double l = length();
        return l == 0 ? this : times(1 / l);
    }

    /** This vector turned by {@code degrees} about the unit {@code axis}, right-handed (Rodrigues). */
    Vec rotate(Vec axis, double degrees) {
        if (degrees == 0) return this;
        double a = Math.toRadians(degrees);
        double c = Math.cos(a);
        double s = Math.sin(a);
        return times(c).plus(axis.cross(this).times(s)).plus(axis.times(axis.dot(this) * (1 - c)));
    }
}
