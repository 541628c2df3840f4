import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** SimpleDateFormat output for every pattern letter, fixed-offset zones, Date.toString, DateFormat styles. */
public class Main {
    public static void main(String[] args) {
        String[] ids = {"UTC", "GMT", "GMT+2", "GMT+02:00", "GMT-0530", "GMT+5:30", "GMT+24", "GMT+00:00", "GMT-0",
            "Etc/UTC", "GMT+123", "GMT+1:5", "GMT+23:59", "GMT+0:60", "GMT", "GMT-", "GMT+"};
        for (String id : ids) {
            TimeZone z = TimeZone.getTimeZone(id);
            System.out.println(id + " -> " + z.getID() + " " + z.getRawOffset() + " " + z.getOffset(0L) + " "
                    + z.getDisplayName() + " | " + z.getDisplayName(false, TimeZone.SHORT) + " | "
                    + z.getDisplayName(false, TimeZone.LONG, Locale.US) + " " + z.useDaylightTime() + " "
                    + z.getDSTSavings() + " " + z.inDaylightTime(new Date(0)));
        }
        System.out.println(TimeZone.getTimeZone("GMT+02:00") + " " + TimeZone.getDefault().getID() + " "
                + TimeZone.getTimeZone("UTC").hasSameRules(TimeZone.getTimeZone("GMT")));

        long[] times = {1700000000123L, 0, -1, 951782400000L, 946684799999L, 1709251199000L, -12219292800000L,
            -12219292800001L, -62198755200000L, -62135769600000L, 253402300799999L, 1234567890000L, 1104537600000L,
            1230681600000L, 1293753600000L, -2208988800000L};
        for (long t : times) {
            System.out.println(new Date(t) + " " + new Date(t).getTime());
        }

        String[] patterns = {"yyyy-MM-dd HH:mm:ss.SSS z", "EEE, d MMM yyyy HH:mm:ss Z", "EEEE MMMM dd yy h:mm a",
            "G yyyyy.MMMMM.dd GGG hh:mm aaa", "K:mm a, z zzzz", "''h 'o''clock' a, zzzz", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
            "X XX XXX", "Z ZZZZ", "D F u k", "M MM MMM MMMM MMMMM d dd ddd", "y yy yyy yyyy yyyyy", "S SS SSS SSSS",
            "E EE EEE EEEE EEEEE", "H HH h hh a K KK k kk", "w W Y ww YYYY", "LLL LLLL", "'quoted: yMd' y"};
        String[] zones = {"UTC", "GMT-05:30", "GMT+14:00", "GMT"};
        for (String p : patterns) {
            SimpleDateFormat f = new SimpleDateFormat(p, Locale.US);
            for (String zone : zones) {
                f.setTimeZone(TimeZone.getTimeZone(zone));
                StringBuilder sb = new StringBuilder(p).append(" @").append(zone).append(" =>");
                for (long t : times) {
                    if (t < -62135769600000L && p.contains("Y")) {
                        continue; // week years before year 1 differ by design in the JDK
                    }
                    sb.append(" [").append(f.format(new Date(t))).append(']');
                }
                System.out.println(sb);
            }
        }
        // Every day of two years around a leap year, for weeks and days of the year.
        SimpleDateFormat days = new SimpleDateFormat("yyyy-MM-dd E D w W F u Y", Locale.US);
        days.setTimeZone(TimeZone.getTimeZone("UTC"));
        int hash = 0;
        for (long d = 10950; d < 11700; d++) {
            String s = days.format(new Date(d * 86400000L));
            hash = hash * 31 + s.hashCode();
            if (d % 50 == 0 || d % 365 < 9) {
                System.out.println(s);
            }
        }
        System.out.println("days hash " + hash);
        // Days around the Gregorian cutover and in the first centuries.
        SimpleDateFormat old = new SimpleDateFormat("G yyyy-MM-dd EEE D", Locale.US);
        old.setTimeZone(TimeZone.getTimeZone("UTC"));
        for (long d = -141440; d < -141420; d += 3) {
            System.out.print(old.format(new Date(d * 86400000L)) + " | ");
        }
        System.out.println();
        for (long d = -719600; d < -718000; d += 97) {
            System.out.print(old.format(new Date(d * 86400000L)) + " | ");
        }
        System.out.println();

        for (Locale l : new Locale[] {Locale.US, Locale.ROOT, Locale.ENGLISH}) {
            for (int s = DateFormat.FULL; s <= DateFormat.SHORT; s++) {
                DateFormat df = DateFormat.getDateTimeInstance(s, s, l);
                df.setTimeZone(TimeZone.getTimeZone("UTC"));
                System.out.println(l + " " + s + " " + ((SimpleDateFormat) df).toPattern() + " => " + df.format(new Date(1700000000123L))
                        + " | " + DateFormat.getDateInstance(s, l).format(new Date(0)) + " | " + DateFormat.getTimeInstance(s, l).format(new Date(0)));
            }
            System.out.println(new SimpleDateFormat("G EEEE MMMM a", l).format(new Date(-62198755200000L)));
        }
        System.out.println(new SimpleDateFormat().toPattern() + " " + new SimpleDateFormat().format(new Date(1700000000123L)) + " "
                + DateFormat.getInstance().format(new Date(5)) + " " + DateFormat.getDateInstance().format(new Date(5)));
        System.out.println(new SimpleDateFormat("yyyy").format(Long.valueOf(86400000L * 366)));

        String[] bad = {"qqq", "'abc", "yyyy-MM-dd XXXX", "b", "yyyy'"};
        for (String b : bad) {
            try {
                new SimpleDateFormat(b);
                System.out.println(b + " ok");
            } catch (IllegalArgumentException e) {
                System.out.println(b + " " + e.getMessage());
            }
        }
        try {
            new SimpleDateFormat("yyyy").format("2020");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Date a = new Date(1000);
        Date b = new Date(2000);
        System.out.println(a.before(b) + " " + a.after(b) + " " + a.compareTo(b) + " " + a.equals(new Date(1000)) + " "
                + a.hashCode() + " " + new Date(-5000000000000L).hashCode() + " " + ((Date) a.clone()).getTime());
        a.setTime(99);
        System.out.println(a.getTime() + " " + (new Date().getTime() > 1600000000000L));
    }
}
