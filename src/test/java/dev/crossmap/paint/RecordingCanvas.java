package dev.crossmap.paint;

import java.util.ArrayList;
import java.util.List;

/** A canvas that keeps the rounded shapes and centred texts a frame draws, for tests of what the painter puts where. */
final class RecordingCanvas implements MapCanvas {
    /** A rounded rectangle as drawn. */
    record Shape(double x, double y, double w, double h, int fill, int edge) {
    }

    /** A centred text as drawn. */
    record Text(String text, double cx, int ink) {
    }

    /** A monospace measure without a toolkit: 7 px a character, 16 px a line. */
    static final class Mono extends LabelMeasure {
        Mono() {
            for (int level = 0; level < LEVELS; level++) {
                metrics(level, 16, 12);
            }
        }

        @Override
        protected double textWidth(String text, int level) {
            return 7 * text.length();
        }
    }

    final List<Shape> shapes = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();

    @Override
    public void fillRect(double x, double y, double w, double h, int fill) {
    }

    @Override
    public void roundRect(double x, double y, double w, double h, double arc, int fill, int edge, double edgeWidth) {
        shapes.add(new Shape(x, y, w, h, fill, edge));
    }

    @Override
    public void circle(double cx, double cy, double r, int fill, int edge, double edgeWidth) {
    }

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath(int fill) {
    }

    @Override
    public void strokePath(int edge, double width) {
    }

    @Override
    public void label(String[] lines, double x, double baseline, double lineHeight, MapFont font, int ink) {
    }

    @Override
    public void centredText(String text, double cx, double baseline, MapFont font, int ink) {
        texts.add(new Text(text, cx, ink));
    }

    @Override
    public double textWidth(String text, MapFont font) {
        return 6 * text.length();
    }

    @Override
    public void opacity(double opacity) {
    }
}
