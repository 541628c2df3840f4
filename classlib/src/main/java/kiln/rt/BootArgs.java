package kiln.rt;

/**
 * Boot words to system properties and program arguments.
 *
 * On the linux target every word is a program argument. On kvm the words come from the kernel
 * command line: {@code key=value} words before {@code --} become system properties, the words
 * after {@code --} become main's arguments, and any other word before {@code --} is ignored with a
 * warning on standard error (it is most likely a typo in a boot option).
 */
final class BootArgs {
    private BootArgs() {}

    static String[] parse() {
        int n = Platform.argc();
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[Platform.argLength(i)];
            Platform.argCopy(i, b);
            words[i] = new String(b); // the platform's boot words are UTF-8, String(byte[]) decodes UTF-8
        }
        if (Platform.isHosted()) {
            return words;
        }
        int i = 0;
        for (; i < n && !words[i].equals("--"); i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                System.setProperty(words[i].substring(0, eq), words[i].substring(eq + 1));
            } else {
                System.err.println("kiln: ignoring boot word '" + words[i] + "' (expected key=value before --)");
            }
        }
        int first = i < n ? i + 1 : n;
        String[] args = new String[n - first];
        for (int j = first; j < n; j++) {
            args[j - first] = words[j];
        }
        return args;
    }
}
