/** char arithmetic: promotion to int, increments, casts, char ranges in loops, Caesar cipher, char as array index. */
public class Main {
    public static void main(String[] args) {
        char c = 'A';
        c++;
        c += 2;
        char d = (char) (c + 1);
        System.out.println(c + " " + d + " " + (c + d) + " " + (char) (c | 0x20) + " " + (int) Character.MAX_VALUE);
        StringBuilder alpha = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch += 3) alpha.append(ch);
        System.out.println(alpha);
        String msg = "Attack at Dawn, 1944!";
        StringBuilder enc = new StringBuilder();
        for (char ch : msg.toCharArray()) {
            if (ch >= 'a' && ch <= 'z') enc.append((char) ('a' + (ch - 'a' + 13) % 26));
            else if (ch >= 'A' && ch <= 'Z') enc.append((char) ('A' + (ch - 'A' + 13) % 26));
            else if (ch >= '0' && ch <= '9') enc.append((char) ('0' + (ch - '0' + 5) % 10));
            else enc.append(ch);
        }
        System.out.println(enc);
        int[] freq = new int[128];
        String text = "the quick brown fox jumps over the lazy dog";
        for (int i = 0; i < text.length(); i++) freq[text.charAt(i)]++;
        StringBuilder f = new StringBuilder();
        for (char ch = 'a'; ch <= 'z'; ch++) if (freq[ch] > 1) f.append(ch).append(freq[ch]);
        System.out.println("freq " + f + " spaces " + freq[' ']);
        char max = Character.MAX_VALUE;
        max++;
        char min = 0;
        min--;
        System.out.println("wrap " + (int) max + " " + (int) min);
        char digit = '7';
        int value = digit - '0';
        char hex = "0123456789abcdef".charAt(value * 2);
        System.out.println("value " + value + " hex " + hex + " compare " + ('a' < 'b') + " " + (char) 66 + (char) 0x4B);
        char[] word = {'k', 'i', 'l', 'n'};
        for (int i = 0; i < word.length; i++) word[i] -= 32;
        System.out.println(new String(word) + " sum " + (word[0] + word[1] + word[2] + word[3]));
        char sw = 'm';
        switch (sw) {
            case 'a', 'e', 'i', 'o', 'u' -> System.out.println("vowel");
            default -> System.out.println("consonant " + sw);
        }
        short s = (short) 'z';
        byte b = (byte) 'z';
        System.out.println("as short " + s + " as byte " + b + " back " + (char) s);
    }
}
