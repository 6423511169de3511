/**
 * Exercise figures: a side-view (or front-view) stick-and-capsule person drawn from key poses declared in the
 * activity library and the self-test guides. Plain Java: {@link org.backroot.figure.domain.FigureParser} reads and
 * validates the {@code figure:} map of a YAML entry, {@link org.backroot.figure.domain.Kinematics} places the body by
 * forward kinematics, {@link org.backroot.figure.domain.FigureRenderer} turns the poses into SVG shapes and frames for
 * the page script, and {@link org.backroot.figure.domain.FigureText} writes the text alternative. Used by the program
 * (activities) and the assessment (self-tests); depends on no other feature.
 */
package org.backroot.figure.domain;
