package java.text;

import java.util.Locale;

/** The locales java.text supports: the root locale and English (en, en_US); anything else is refused by name. */
final class TextLocales {
    private TextLocales() {}

    /** Throws UnsupportedOperationException unless locale is ROOT, en or en_US. */
    static Locale check(Locale locale) {
        String lang = locale.getLanguage();
        String country = locale.getCountry();
        boolean ok = (lang.isEmpty() && country.isEmpty()) || (lang.equals("en") && (country.isEmpty() || country.equals("US")));
        if (!ok) {
            throw new UnsupportedOperationException("Locale " + locale
                    + " is not supported by Kiln's java.text (only the root locale, en and en_US)");
        }
        return locale;
    }

    static boolean isUS(Locale locale) {
        return locale.getCountry().equals("US");
    }
}
