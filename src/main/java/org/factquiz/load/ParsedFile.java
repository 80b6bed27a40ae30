package org.factquiz.load;

import java.util.Map;
import org.factquiz.model.Location;

/**
 * A data file read into its Jackson-bound form, with the place of every value in it, keyed by
 * JSON pointer ({@code /statements/3/subject}).
 */
public record ParsedFile<T>(String file, T content, Map<String, Location> places) {
    /** The place of the value at {@code pointer}, or of its nearest enclosing value. */
    public Location at(String pointer) {
        String p = pointer;
        while (true) {
            Location location = places.get(p);
            if (location != null) {
                return location;
            }
            int cut = p.lastIndexOf('/');
            if (cut < 0) {
                return new Location(file, 1, 1);
            }
            p = p.substring(0, cut);
        }
    }
}
