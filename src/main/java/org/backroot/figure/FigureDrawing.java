package org.backroot.figure;

/**
 * A figure ready for a page ({@code templates/figures/figure.html}).
 *
 * @param svg   inline SVG from {@link org.backroot.figure.domain.FigureRenderer}, text already escaped
 * @param moves true when it has more than one pose, so it gets a Play button
 */
public record FigureDrawing(String svg, boolean moves) {
}
