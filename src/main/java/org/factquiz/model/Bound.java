package org.factquiz.model;

/** How exactly a quantity is known. */
public enum Bound {
    EXACT, AT_LEAST, AT_MOST, ABOUT;

    /** The relative tolerance of an {@link #ABOUT} value ("rund", "etwa"). */
    public static final double ABOUT_TOLERANCE = 0.1;
}
