package org.backroot.figure.domain;

/** A joint of one side ({@code side} is null for a joint of the trunk or head). */
public record Slot(Joint joint, Side side) {

    public Slot {
        if (joint == null) throw new IllegalArgumentException("joint must be given");
        if (joint.sided() != (side != null)) {
            throw new IllegalArgumentException(joint.sided() ? joint.key() + " needs a side" : joint.key() + " has no side");
        }
    }

    static Slot body(Joint joint) {
        return new Slot(joint, null);
    }

    static Slot of(Joint joint, Side side) {
        return new Slot(joint, side);
    }

    @Override
    public String toString() {
        return side == null ? joint.key() : side.code() + "." + joint.key();
    }
}
