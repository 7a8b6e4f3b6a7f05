package vn.hotline1022.routing.directory.domain;

/**
 * One number of a unit. A placeholder stands for a number the letter asked for but the unit has not sent yet:
 * it is listed so supervisors see the gap, and it is never dialled until a supervisor fills it in.
 */
public record Hotline(String number, String label, LineType lineType, int priority, boolean active, String hours,
                      boolean placeholder) {

    public Hotline {
        hours = hours == null ? OpeningHours.ALWAYS_TEXT : hours;
    }

    public boolean dialable() {
        return active && !placeholder && number != null;
    }

    public OpeningHours openingHours() {
        return OpeningHours.parse(hours);
    }
}
