package org.backroot.report.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A small, honest line chart as a PNG for the printed report: the y axis starts at zero, the
 * unit is labelled, missing days leave gaps, and marked days (flares) get a band.
 *
 * @param values one value per day, null where nothing was logged
 * @param marked indexes of days to shade (for example flare days)
 */
public record LineChart(String title, String unit, double yMax, List<String> xLabels, List<Double> values, List<Integer> marked) {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 420;
    private static final int LEFT = 90;
    private static final int RIGHT = 30;
    private static final int TOP = 60;
    private static final int BOTTOM = 70;
    private static final Color INK = new Color(0x1F2A28);
    private static final Color GRID = new Color(0xDDD6CA);
    private static final Color LINE = new Color(0x0D5C58);
    private static final Color FLARE = new Color(0xF6D9C8);

    public LineChart {
        if (yMax <= 0) throw new IllegalArgumentException("yMax must be positive");
        if (xLabels.size() != values.size()) throw new IllegalArgumentException("one label per value");
        xLabels = List.copyOf(xLabels);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        marked = List.copyOf(marked);
    }

    /** The chart as a data URI ({@code data:image/png;base64,...}) for an {@code <img>}. */
    public String dataUri() {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
    }

    byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawMarks(g);
            drawAxes(g);
            drawLine(g);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double x(int index) {
        int n = Math.max(1, values.size() - 1);
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) index / n;
    }

    private double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - Math.min(value, yMax) / yMax);
    }

    private void drawMarks(Graphics2D g) {
        g.setColor(FLARE);
        double step = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, values.size() - 1);
        for (int i : marked) {
            g.fillRect((int) (x(i) - step / 2), TOP, (int) Math.max(2, step), HEIGHT - TOP - BOTTOM);
        }
    }

    private void drawAxes(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int tick = 0; tick <= 4; tick++) {
            double value = yMax * tick / 4;
            int yy = (int) y(value);
            g.setColor(GRID);
            g.drawLine(LEFT, yy, WIDTH - RIGHT, yy);
            g.setColor(INK);
            g.drawString(format(value), 20, yy + 8);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(title + " (" + unit + ")", LEFT, 36);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        int every = Math.max(1, values.size() / 6);
        for (int i = 0; i < xLabels.size(); i += every) {
            g.drawString(xLabels.get(i), (int) x(i) - 30, HEIGHT - 30);
        }
    }

    private void drawLine(Graphics2D g) {
        g.setColor(LINE);
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D path = new Path2D.Double();
        boolean penDown = false;
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null) {
                penDown = false;
                continue;
            }
            if (penDown) path.lineTo(x(i), y(v)); else path.moveTo(x(i), y(v));
            penDown = true;
            g.fillOval((int) x(i) - 4, (int) y(v) - 4, 8, 8);
        }
        g.draw(path);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
