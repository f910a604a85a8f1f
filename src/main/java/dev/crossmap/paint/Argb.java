package dev.crossmap.paint;

/**
 * Colours as ARGB ints (alpha in the top byte), and the few operations the map's style needs: the same
 * arithmetic as JavaFX's {@code Color.deriveColor} and {@code interpolate}, so every backend shows the
 * same shade. {@link #NONE} (alpha 0) means "no fill" or "no outline".
 */
public final class Argb {
    /** Nothing: no fill or no outline. */
    public static final int NONE = 0;
    /** Opaque white. */
    public static final int WHITE = 0xffffffff;

    private Argb() {
    }

    /** An opaque colour from 0–255 channels. */
    public static int rgb(int r, int g, int b) {
        return of(r, g, b, 255);
    }

    /** A colour from 0–255 channels and alpha. */
    public static int of(int r, int g, int b, int a) {
        return (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    public static int alpha(int c) {
        return c >>> 24;
    }

    public static int red(int c) {
        return (c >> 16) & 0xff;
    }

    public static int green(int c) {
        return (c >> 8) & 0xff;
    }

    public static int blue(int c) {
        return c & 0xff;
    }

    /** Alpha as 0 to 1. */
    public static double opacity(int c) {
        return alpha(c) / 255.0;
    }

    /** Whether the colour paints anything. */
    public static boolean visible(int c) {
        return alpha(c) > 0;
    }

    /** The colour at this opacity (0 to 1), whatever its own alpha was. */
    public static int withOpacity(int c, double opacity) {
        return (byteOf(opacity * 255) << 24) | (c & 0xffffff);
    }

    /** The colour with its alpha scaled by {@code factor} (JavaFX's {@code deriveColor(0, 1, 1, factor)}). */
    public static int fade(int c, double factor) {
        return (byteOf(alpha(c) * factor) << 24) | (c & 0xffffff);
    }

    /** Scales saturation, brightness and opacity in HSB, as JavaFX's {@code Color.deriveColor(0, s, b, o)} does. */
    public static int derive(int c, double saturation, double brightness, double opacity) {
        double r = red(c) / 255.0;
        double g = green(c) / 255.0;
        double b = blue(c) / 255.0;
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double bright = max;
        double sat = max == 0 ? 0 : (max - min) / max;
        double hue = 0;
        if (sat != 0) {
            double rc = (max - r) / (max - min);
            double gc = (max - g) / (max - min);
            double bc = (max - b) / (max - min);
            hue = r == max ? bc - gc : g == max ? 2 + rc - bc : 4 + gc - rc;
            hue /= 6;
            if (hue < 0) {
                hue += 1;
            }
        }
        if (bright == 0 && brightness > 1) {
            bright = 0.05;
        }
        return hsb(hue, clamp01(sat * saturation), clamp01(bright * brightness), clamp01(opacity(c) * opacity));
    }

    /** The colour {@code t} of the way from {@code a} to {@code b}, alpha included (JavaFX's {@code interpolate}). */
    public static int mix(int a, int b, double t) {
        return of(round(red(a) + (red(b) - red(a)) * t), round(green(a) + (green(b) - green(a)) * t),
                round(blue(a) + (blue(b) - blue(a)) * t), round(alpha(a) + (alpha(b) - alpha(a)) * t));
    }

    /** WCAG's relative luminance of the colour's RGB (alpha left out): 0 for black, 1 for white. */
    public static double luminance(int c) {
        return 0.2126 * linear(red(c)) + 0.7152 * linear(green(c)) + 0.0722 * linear(blue(c));
    }

    /** WCAG's contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white). */
    public static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** CSS's {@code #rrggbb} (alpha left out). */
    public static String hex(int c) {
        return String.format("#%06x", c & 0xffffff);
    }

    private static int hsb(double hue, double sat, double bright, double opacity) {
        double r = bright;
        double g = bright;
        double b = bright;
        if (sat > 0) {
            double h = (hue - Math.floor(hue)) * 6;
            double f = h - Math.floor(h);
            double p = bright * (1 - sat);
            double q = bright * (1 - sat * f);
            double t = bright * (1 - sat * (1 - f));
            switch ((int) h) {
                case 0 -> { r = bright; g = t; b = p; }
                case 1 -> { r = q; g = bright; b = p; }
                case 2 -> { r = p; g = bright; b = t; }
                case 3 -> { r = p; g = q; b = bright; }
                case 4 -> { r = t; g = p; b = bright; }
                default -> { r = bright; g = p; b = q; }
            }
        }
        return of(round(r * 255), round(g * 255), round(b * 255), round(opacity * 255));
    }

    private static double clamp01(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static int round(double v) {
        return (int) Math.round(v);
    }

    private static int byteOf(double v) {
        return clamp((int) Math.round(v));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
