package java.util;

/**
 * Time zones with a fixed offset: "UTC", "GMT", "Etc/UTC", "Etc/GMT" and custom "GMT+hh:mm" IDs
 * (also "GMT+h", "GMT+hhmm"), as the JDK normalises them; a malformed "GMT..." ID gives GMT as in
 * the JDK. Kiln has no time zone database: any other ID (a region such as "Europe/Paris") throws
 * UnsupportedOperationException instead of silently becoming GMT. The default zone is UTC.
 */
public abstract class TimeZone implements java.io.Serializable, Cloneable {
    public static final int SHORT = 0;
    public static final int LONG = 1;

    private static TimeZone defaultZone;

    private String id;

    public TimeZone() {
    }

    public abstract int getOffset(int era, int year, int month, int day, int dayOfWeek, int milliseconds);

    public int getOffset(long date) {
        return getRawOffset();
    }

    public abstract void setRawOffset(int offsetMillis);

    public abstract int getRawOffset();

    public String getID() {
        return id;
    }

    public void setID(String id) {
        this.id = Objects.requireNonNull(id);
    }

    public final String getDisplayName() {
        return getDisplayName(false, LONG);
    }

    public final String getDisplayName(Locale locale) {
        return getDisplayName(false, LONG, locale);
    }

    public final String getDisplayName(boolean daylight, int style) {
        return getDisplayName(daylight, style, Locale.getDefault());
    }

    /**
     * The CLDR names of UTC and GMT in English (the root locale's long name of both is "GMT"); a
     * custom zone is named by its ID. Other locales: UnsupportedOperationException.
     */
    public String getDisplayName(boolean daylight, int style, Locale locale) {
        if (style != SHORT && style != LONG) {
            throw new IllegalArgumentException("Illegal style: " + style);
        }
        String lang = locale.getLanguage();
        if (!lang.isEmpty() && !lang.equals("en")) {
            throw new UnsupportedOperationException("Time zone names in " + locale + " are not supported by Kiln");
        }
        boolean utc = id.equals("UTC") || id.equals("Etc/UTC");
        if (utc || id.equals("GMT") || id.equals("Etc/GMT")) {
            if (style == SHORT) {
                return utc ? "UTC" : "GMT";
            }
            return lang.isEmpty() ? "GMT" : utc ? "Coordinated Universal Time" : "Greenwich Mean Time";
        }
        return id;
    }

    public int getDSTSavings() {
        return 0;
    }

    public abstract boolean useDaylightTime();

    public boolean observesDaylightTime() {
        return useDaylightTime();
    }

    public abstract boolean inDaylightTime(Date date);

    public static synchronized TimeZone getTimeZone(String id) {
        Objects.requireNonNull(id);
        switch (id) {
            case "UTC", "GMT", "Etc/UTC", "Etc/GMT":
                return new FixedOffsetZone(id, 0);
            default:
                break;
        }
        if (id.startsWith("GMT") && !id.equals("GMT0")) {
            TimeZone custom = parseCustom(id);
            return custom != null ? custom : new FixedOffsetZone("GMT", 0);
        }
        throw new UnsupportedOperationException("Time zone \"" + id
                + "\" is not supported by Kiln (no time zone database: only UTC, GMT and GMT+hh:mm)");
    }

    /** "GMT" sign (h, hh, h:mm, hh:mm, hmm or hhmm), hours at most 23; null if malformed. */
    private static TimeZone parseCustom(String id) {
        if (id.length() < 5) {
            return null;
        }
        char sign = id.charAt(3);
        if (sign != '+' && sign != '-') {
            return null;
        }
        String rest = id.substring(4);
        int hours;
        int minutes;
        int colon = rest.indexOf(':');
        if (colon >= 0) {
            String h = rest.substring(0, colon);
            String m = rest.substring(colon + 1);
            if (h.isEmpty() || h.length() > 2 || m.length() != 2 || !digits(h) || !digits(m)) {
                return null;
            }
            hours = Integer.parseInt(h);
            minutes = Integer.parseInt(m);
        } else {
            if (rest.isEmpty() || rest.length() > 4 || !digits(rest)) {
                return null;
            }
            int n = Integer.parseInt(rest);
            hours = rest.length() <= 2 ? n : n / 100;
            minutes = rest.length() <= 2 ? 0 : n % 100;
        }
        if (hours > 23 || minutes > 59) {
            return null;
        }
        String name = "GMT" + sign + (hours < 10 ? "0" : "") + hours + ':' + (minutes < 10 ? "0" : "") + minutes;
        int offset = (hours * 60 + minutes) * 60_000;
        return new FixedOffsetZone(name, sign == '-' ? -offset : offset);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static TimeZone getDefault() {
        return (TimeZone) getDefaultRef().clone();
    }

    static synchronized TimeZone getDefaultRef() {
        if (defaultZone == null) {
            defaultZone = new FixedOffsetZone("UTC", 0);
        }
        return defaultZone;
    }

    public static synchronized void setDefault(TimeZone zone) {
        defaultZone = zone == null ? null : (TimeZone) zone.clone();
    }

    public boolean hasSameRules(TimeZone other) {
        return other != null && getRawOffset() == other.getRawOffset() && useDaylightTime() == other.useDaylightTime();
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
