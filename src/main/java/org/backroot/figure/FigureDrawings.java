package org.backroot.figure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.backroot.figure.domain.Figure;
import org.backroot.figure.domain.FigureRenderer;
import org.springframework.stereotype.Component;

/**
 * Draws figures for pages, once each: the library and the guides are fixed at start-up, so a drawing is kept
 * after the first time it is asked for.
 */
@Component
public class FigureDrawings {

    /** The id the page gives the SVG's title and description. */
    static final String ID = "figure";

    private final Map<Figure, FigureDrawing> drawn = new ConcurrentHashMap<>();

    public FigureDrawing of(Figure figure) {
        return drawn.computeIfAbsent(figure, f -> new FigureDrawing(FigureRenderer.svg(f, ID), f.moves()));
    }
}
