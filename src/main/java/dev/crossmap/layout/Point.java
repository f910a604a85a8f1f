package dev.crossmap.layout;

/**
 * A point in world or screen coordinates (y grows downwards, as on screen).
 *
 * @param x horizontal coordinate
 * @param y vertical coordinate
 */
public record Point(double x, double y) {
}
