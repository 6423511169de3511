package org.backroot.figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.figure.domain.Figure;
import org.backroot.figure.domain.FigureRenderer;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.LibrarySource;

/**
 * Writes every shipped figure (138 activities, 14 self-tests) into one HTML contact sheet,
 * {@code target/figures/index.html}, each at the width it has on a 375 px phone, so a person can look at them all.
 * Run by {@code FigureContactSheetTest}; also runnable as a main.
 */
public final class FigureSheet {

    public static void main(String[] args) throws IOException {
        System.out.println(write(Path.of(args.length > 0 ? args[0] : "target/figures")));
    }

    /** Writes the sheet; returns how many figures it holds. */
    public static int write(Path dir) throws IOException {
        ActivityLibrary library = ActivityLibrary.load(LibrarySource.builtIn(FigureSheet.class.getClassLoader()));
        List<Guide> guides = GuideCatalog.load().all();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>Figures</title><link rel="stylesheet" href="app.css"><link rel="stylesheet" href="figure.css">
                <style>body{margin:0;padding:8px;font:13px system-ui} .cell{width:340px;margin:0 0 10px} .cell p{margin:2px 0}
                .cell .d{color:#555;font-size:11px}</style></head><body>
                """);
        int count = 0;
        for (Activity a : library.all()) {
            cell(html, a.id(), a.figure());
            count++;
        }
        for (Guide g : guides) {
            cell(html, "self-test " + g.key(), g.figure());
            count++;
        }
        html.append("</body></html>");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.html"), html);
        for (String css : List.of("app.css", "figure.css")) {
            Files.copy(Path.of("src/main/resources/static/css", css), dir.resolve(css), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return count;
    }

    private static void cell(StringBuilder html, String name, Figure figure) {
        String svg = FigureRenderer.svg(figure, "f-" + name.replace(' ', '-'));
        String desc = svg.replaceAll("(?s).*<desc[^>]*>(.*?)</desc>.*", "$1");
        html.append("<div class=\"cell\"><p><b>").append(name).append("</b></p><div class=\"figure__frame\">").append(svg)
                .append("</div><p class=\"d\">").append(desc).append("</p></div>\n");
    }

}
