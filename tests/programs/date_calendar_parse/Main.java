import java.text.DateFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/** GregorianCalendar fields, set/add/clear, lenience, and SimpleDateFormat.parse. */
public class Main {
    static final String[] NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_MONTH",
        "DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND",
        "MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"};

    static String fields(Calendar c) {
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < Calendar.FIELD_COUNT; f++) {
            sb.append(NAMES[f]).append('=').append(c.get(f)).append(' ');
        }
        return sb.append(c.getTimeInMillis()).toString();
    }

    static void parse(SimpleDateFormat f, String s) {
        ParsePosition pp = new ParsePosition(0);
        Date d = f.parse(s, pp);
        System.out.println(f.toPattern() + " [" + s + "] -> " + (d == null ? "null" : d + " " + d.getTime()) + " "
                + pp.getIndex() + " " + pp.getErrorIndex());
    }

    public static void main(String[] args) throws Exception {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        Calendar c = Calendar.getInstance(utc, Locale.US);
        c.setTimeInMillis(1700000000123L);
        System.out.println(fields(c));
        System.out.println(c);
        c.setTimeZone(TimeZone.getTimeZone("GMT-05:30"));
        System.out.println(fields(c));
        c.set(Calendar.MONTH, Calendar.FEBRUARY);
        c.set(Calendar.DAY_OF_MONTH, 30);
        System.out.println(fields(c));
        c.add(Calendar.MONTH, 1);
        System.out.println(c.getTime() + " " + c.get(Calendar.DAY_OF_MONTH));
        c.set(2024, Calendar.JANUARY, 31, 23, 59, 58);
        c.add(Calendar.MONTH, 1);
        System.out.println(c.getTime() + " " + c.getActualMaximum(Calendar.DAY_OF_MONTH) + " " + c.getActualMaximum(Calendar.DAY_OF_YEAR));
        c.add(Calendar.YEAR, 1);
        System.out.println(c.getTime());
        c.add(Calendar.DAY_OF_MONTH, -400);
        c.add(Calendar.HOUR_OF_DAY, 5);
        c.add(Calendar.MINUTE, -90);
        c.add(Calendar.SECOND, 3601);
        c.add(Calendar.MILLISECOND, 1500);
        c.add(Calendar.WEEK_OF_YEAR, 3);
        c.add(Calendar.AM_PM, 1);
        System.out.println(c.getTime() + " " + c.getTimeInMillis());
        c.add(Calendar.MONTH, -1000);
        System.out.println(c.getTime() + " " + c.get(Calendar.ERA));

        GregorianCalendar g = new GregorianCalendar(2000, Calendar.FEBRUARY, 29);
        System.out.println(g.getTime() + " " + g.isLeapYear(1900) + " " + g.isLeapYear(2000) + " " + g.isLeapYear(1500)
                + " " + g.isLeapYear(2023) + " " + g.get(Calendar.DAY_OF_WEEK) + " " + g.get(Calendar.WEEK_OF_YEAR));
        g = new GregorianCalendar(2023, 11, 31, 25, 61);
        System.out.println(g.getTime());
        g = new GregorianCalendar(1582, Calendar.OCTOBER, 4);
        g.add(Calendar.DAY_OF_MONTH, 1);
        System.out.println(g.getTime() + " " + g.get(Calendar.DAY_OF_YEAR) + " " + g.getActualMaximum(Calendar.DAY_OF_MONTH)
                + " " + g.getActualMaximum(Calendar.DAY_OF_YEAR));
        g = new GregorianCalendar(1582, Calendar.OCTOBER, 10);
        System.out.println(g.getTime());

        Calendar d = Calendar.getInstance(utc);
        d.clear();
        System.out.println(d.getTimeInMillis() + " " + d.isSet(Calendar.YEAR));
        d.set(Calendar.YEAR, 2020);
        d.set(Calendar.DAY_OF_YEAR, 60);
        System.out.println(d.getTime());
        d.set(Calendar.MONTH, 13);
        d.set(Calendar.DAY_OF_MONTH, 0);
        System.out.println(d.getTime());
        d.set(Calendar.HOUR, 5);
        d.set(Calendar.AM_PM, Calendar.PM);
        System.out.println(d.getTime() + " " + d.get(Calendar.HOUR_OF_DAY) + " " + d.isSet(Calendar.HOUR));
        d.set(Calendar.ERA, GregorianCalendar.BC);
        System.out.println(d.getTime().getTime() + " " + d.get(Calendar.YEAR) + " " + d.get(Calendar.ERA));
        d.setLenient(false);
        d.set(Calendar.ERA, GregorianCalendar.AD);
        d.set(Calendar.MONTH, 1);
        d.set(Calendar.DAY_OF_MONTH, 30);
        try {
            d.getTime();
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        d.set(Calendar.DAY_OF_MONTH, 29);
        d.set(Calendar.HOUR_OF_DAY, 24);
        try {
            d.getTime();
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        System.out.println(d.getMinimum(Calendar.DAY_OF_MONTH) + " " + d.getMaximum(Calendar.DAY_OF_MONTH) + " "
                + d.getLeastMaximum(Calendar.DAY_OF_MONTH) + " " + d.getGreatestMinimum(Calendar.YEAR) + " "
                + d.getMaximum(Calendar.WEEK_OF_YEAR) + " " + d.getFirstDayOfWeek() + " " + d.getMinimalDaysInFirstWeek()
                + " " + Calendar.getInstance(Locale.ROOT).getFirstDayOfWeek());
        Calendar e1 = Calendar.getInstance(utc);
        e1.setTimeInMillis(5000);
        Calendar e2 = (Calendar) e1.clone();
        System.out.println(e1.equals(e2) + " " + e1.compareTo(e2) + " " + (e1.hashCode() == e2.hashCode()));
        e2.add(Calendar.SECOND, 1);
        System.out.println(e1.equals(e2) + " " + e1.before(e2) + " " + e1.after(e2) + " " + e1.compareTo(e2) + " " + e2.getTimeInMillis());
        Calendar mon = Calendar.getInstance(utc);
        mon.setMinimalDaysInFirstWeek(4);
        mon.setFirstDayOfWeek(Calendar.MONDAY);
        for (long day = 10950; day < 11700; day += 61) {
            mon.setTimeInMillis(day * 86400000L);
            System.out.print(mon.get(Calendar.WEEK_OF_YEAR) + "/" + mon.get(Calendar.WEEK_OF_MONTH) + " ");
        }
        System.out.println();

        // Parsing.
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
        f.setTimeZone(utc);
        for (String s : new String[] {"2024-02-29 13:45:10", "2024-02-30 13:45:10", "2024-2-3 1:2:3", "2024-13-01 00:00:00",
                "2024/01/01 00:00:00", "2024-01-01", "x", "", "2024-01-01 10:20:30 trailing", "99999-1-1 0:0:0"}) {
            parse(f, s);
        }
        f.setLenient(false);
        for (String s : new String[] {"2024-02-29 13:45:10", "2024-02-30 13:45:10", "2023-02-29 00:00:00", "2024-01-01 24:00:00"}) {
            parse(f, s);
        }
        try {
            f.parse("2024-02-30 13:45:10");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " " + e.getErrorOffset());
        }
        try {
            new SimpleDateFormat("yyyy-MM-dd").parse("2024/01/01");
        } catch (ParseException e) {
            System.out.println(e.getMessage() + " " + e.getErrorOffset());
        }
        String[][] cases = {
            {"EEE MMM dd HH:mm:ss zzz yyyy", "Tue Nov 14 22:13:20 UTC 2023"},
            {"EEE MMM dd HH:mm:ss zzz yyyy", "Tue Nov 14 22:13:20 GMT+02:00 2023"},
            {"EEE MMM dd HH:mm:ss zzz yyyy", "Tue Nov 14 22:13:20 GMT 2023"},
            {"yyyy-MM-dd'T'HH:mm:ssXXX", "2023-11-14T22:13:20+02:00"},
            {"yyyy-MM-dd'T'HH:mm:ssXXX", "2023-11-14T22:13:20Z"},
            {"yyyy-MM-dd'T'HH:mm:ssX", "2023-11-14T22:13:20-05"},
            {"yyyy-MM-dd HH:mm Z", "2023-11-14 22:13 -0130"},
            {"yyyy-MM-dd HH:mm Z", "2023-11-14 22:13 +0000"},
            {"yyyy-MM-dd HH:mm z", "2023-11-14 22:13 Coordinated Universal Time"},
            {"yyyyMMdd", "20240229"},
            {"yyyyMMddHHmmss", "20240229134510"},
            {"yyMMdd", "991231"},
            {"h:mm a", "12:30 PM"},
            {"h:mm a", "12:30 am"},
            {"K:mm a", "11:59 PM"},
            {"k:mm", "24:30"},
            {"MMMM d", "february 3"},
            {"MMM d, yyyy", "Sep 9, 2001"},
            {"MMMM d, yyyy", "Sep 9, 2001"},
            {"d MMMM yyyy G", "1 March 44 BC"},
            {"EEEE, MMMM d, yyyy", "Monday, March 4, 2024"},
            {"D yyyy", "100 2024"},
            {"yyyy-MM-dd HH:mm:ss.SSS", "2024-01-01 00:00:00.5"},
            {"yyyy-MM-dd HH:mm:ss.SSS", "2024-01-01 00:00:00.123"},
            {"'Date:' yyyy", "Date: 1999"},
            {"''yy", "'05"},
            {"yy", "2005"},
            {"y", "5"},
        };
        for (String[] cs : cases) {
            SimpleDateFormat sf = new SimpleDateFormat(cs[0], Locale.US);
            sf.setTimeZone(utc);
            parse(sf, cs[1]);
        }
        SimpleDateFormat rt = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        rt.setTimeZone(TimeZone.getTimeZone("GMT+03:30"));
        long seed = 11;
        int bad = 0;
        for (int i = 0; i < 3000; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long t = (seed >> 20) % 4000000000000L;
            if (rt.parse(rt.format(new Date(t))).getTime() != t) {
                bad++;
            }
        }
        System.out.println("round trip failures " + bad);
        DateFormat df = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM, Locale.US);
        df.setTimeZone(utc);
        System.out.println(df.parse(df.format(new Date(1700000000000L))).getTime() + " " + df.isLenient());
    }
}
