package dev.crossmap.layout;

/** A monospace font without a toolkit: 7 units per character, 30 characters a line, 14 units a line. */
final class FakeMeasure implements TextMeasure {
    @Override
    public Size measure(String label, int depth) {
        int lines = 1 + Math.max(0, label.length() - 1) / 30;
        int longest = Math.min(label.length(), 30);
        return new Size(7 * longest + (depth <= 1 ? 20 : 0), 14 * lines + (depth == 0 ? 10 : 0));
    }
}
