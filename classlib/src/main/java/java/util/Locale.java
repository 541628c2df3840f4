package java.util;

/**
 * A language and country pair (no scripts, variants or extensions). Kiln's java.text supports only
 * the root locale and English (en, en_US); other locales can be created and compared, and the
 * formatting classes throw UnsupportedOperationException for them. The default locale is en_US
 * (the differential tests run HotSpot with -Duser.language=en -Duser.country=US).
 */
public final class Locale implements Cloneable, java.io.Serializable {
    public static final Locale ROOT = new Locale("", "");
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale US = new Locale("en", "US");

    private static Locale defaultLocale = US;

    private final String language;
    private final String country;

    /** @deprecated as in the JDK; use {@link #of(String)}. */
    @Deprecated(since = "19")
    public Locale(String language) {
        this(language, "");
    }

    /** @deprecated as in the JDK; use {@link #of(String, String)}. */
    @Deprecated(since = "19")
    public Locale(String language, String country) {
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
    }

    public static Locale of(String language) {
        return of(language, "");
    }

    public static Locale of(String language, String country) {
        Locale l = new Locale(language, country);
        return l.equals(US) ? US : l.equals(ENGLISH) ? ENGLISH : l.equals(ROOT) ? ROOT : l;
    }

    /** Language tags of the form "ll" or "ll-CC" ("und" is the root locale); others are unsupported. */
    public static Locale forLanguageTag(String languageTag) {
        if (languageTag.equals("und") || languageTag.isEmpty()) {
            return ROOT;
        }
        int dash = languageTag.indexOf('-');
        if (dash < 0) {
            return of(languageTag);
        }
        if (languageTag.indexOf('-', dash + 1) >= 0) {
            throw new UnsupportedOperationException("Kiln's Locale supports only language-country tags, not " + languageTag);
        }
        return of(languageTag.substring(0, dash), languageTag.substring(dash + 1));
    }

    public static Locale getDefault() {
        return defaultLocale;
    }

    public static synchronized void setDefault(Locale newLocale) {
        defaultLocale = Objects.requireNonNull(newLocale);
    }

    public String getLanguage() {
        return language;
    }

    public String getCountry() {
        return country;
    }

    public String getVariant() {
        return "";
    }

    public String toLanguageTag() {
        if (language.isEmpty()) {
            return country.isEmpty() ? "und" : "und-" + country;
        }
        return country.isEmpty() ? language : language + "-" + country;
    }

    public String toString() {
        return country.isEmpty() ? language : language + "_" + country;
    }

    public boolean equals(Object o) {
        return o instanceof Locale l && language.equals(l.language) && country.equals(l.country);
    }

    public int hashCode() {
        return language.hashCode() * 31 + country.hashCode();
    }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }
}
