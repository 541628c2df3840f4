package java.util;

import java.nio.charset.StandardCharsets;

/**
 * java.util.Base64, written from the javadoc and RFC 4648/2045: the basic, URL-safe and MIME
 * encoders and decoders, withoutPadding, getMimeEncoder(lineLength, separator), encode/decode
 * on byte arrays and strings, with the JDK's exception messages for bad input.
 * Not provided: the ByteBuffer forms and the stream wrappers (wrap).
 */
public class Base64 {
    private Base64() {}

    private static final char[] STD =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final byte[] CRLF = {'\r', '\n'};

    /** Decoding tables: the 6-bit value, -2 for '=', -1 for anything else. */
    private static int[] table(char[] alphabet) {
        int[] t = new int[256];
        Arrays.fill(t, -1);
        for (int i = 0; i < alphabet.length; i++) {
            t[alphabet[i]] = i;
        }
        t['='] = -2;
        return t;
    }

    private static final int[] STD_DEC = table(STD);
    private static final int[] URL_DEC = table(URL);

    private static final Encoder RFC4648 = new Encoder(false, null, -1, true);
    private static final Encoder RFC4648_URLSAFE = new Encoder(true, null, -1, true);
    private static final Encoder RFC2045 = new Encoder(false, CRLF, 76, true);
    private static final Decoder DEC_RFC4648 = new Decoder(false, false);
    private static final Decoder DEC_RFC4648_URLSAFE = new Decoder(true, false);
    private static final Decoder DEC_RFC2045 = new Decoder(false, true);

    public static Encoder getEncoder() {
        return RFC4648;
    }

    public static Encoder getUrlEncoder() {
        return RFC4648_URLSAFE;
    }

    public static Encoder getMimeEncoder() {
        return RFC2045;
    }

    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        for (byte b : lineSeparator) {
            if (STD_DEC[b & 0xff] != -1) {
                throw new IllegalArgumentException(
                        "Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        int lineMax = lineLength & ~3;
        if (lineMax <= 0) {
            return RFC4648;
        }
        return new Encoder(false, lineSeparator.clone(), lineMax, true);
    }

    public static Decoder getDecoder() {
        return DEC_RFC4648;
    }

    public static Decoder getUrlDecoder() {
        return DEC_RFC4648_URLSAFE;
    }

    public static Decoder getMimeDecoder() {
        return DEC_RFC2045;
    }

    public static class Encoder {
        private final boolean isURL;
        private final byte[] newline;
        private final int lineMax;
        private final boolean doPadding;

        private Encoder(boolean isURL, byte[] newline, int lineMax, boolean doPadding) {
            this.isURL = isURL;
            this.newline = newline;
            this.lineMax = lineMax;
            this.doPadding = doPadding;
        }

        private int outLength(int srcLen) {
            long len;
            if (doPadding) {
                len = 4L * ((srcLen + 2L) / 3);
            } else {
                int n = srcLen % 3;
                len = 4L * (srcLen / 3) + (n == 0 ? 0 : n + 1);
            }
            if (lineMax > 0 && len > 0) {
                len += (len - 1) / lineMax * newline.length;
            }
            return len > Integer.MAX_VALUE ? -1 : (int) len;
        }

        public byte[] encode(byte[] src) {
            int len = outLength(src.length);
            if (len < 0) {
                throw new OutOfMemoryError("Encoded size is too large");
            }
            byte[] dst = new byte[len];
            int ret = encode0(src, dst);
            return ret == len ? dst : Arrays.copyOf(dst, ret);
        }

        public int encode(byte[] src, byte[] dst) {
            int len = outLength(src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode0(src, dst);
        }

        public String encodeToString(byte[] src) {
            byte[] e = encode(src);
            return new String(e, StandardCharsets.ISO_8859_1);
        }

        public Encoder withoutPadding() {
            if (!doPadding) {
                return this;
            }
            return new Encoder(isURL, newline, lineMax, false);
        }

        private int encode0(byte[] src, byte[] dst) {
            char[] alpha = isURL ? URL : STD;
            int dp = 0;
            int lineChars = 0;
            int sp = 0;
            int n = src.length;
            while (sp < n) {
                int remain = n - sp;
                int b0 = src[sp] & 0xff;
                int b1 = remain > 1 ? src[sp + 1] & 0xff : 0;
                int b2 = remain > 2 ? src[sp + 2] & 0xff : 0;
                int bits = (b0 << 16) | (b1 << 8) | b2;
                int chars = remain >= 3 ? 4 : remain + 1;
                sp += Math.min(remain, 3);
                if (lineMax > 0 && lineChars == lineMax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    lineChars = 0;
                }
                for (int i = 0; i < 4; i++) {
                    if (i < chars) {
                        dst[dp++] = (byte) alpha[(bits >> (18 - 6 * i)) & 0x3f];
                    } else if (doPadding) {
                        dst[dp++] = '=';
                    }
                }
                lineChars += 4;
            }
            return dp;
        }
    }

    public static class Decoder {
        private final boolean isURL;
        private final boolean isMIME;

        private Decoder(boolean isURL, boolean isMIME) {
            this.isURL = isURL;
            this.isMIME = isMIME;
        }

        private int outLength(byte[] src) {
            int[] dec = isURL ? URL_DEC : STD_DEC;
            int sl = src.length;
            int len = sl;
            if (len == 0) {
                return 0;
            }
            if (len < 2) {
                if (isMIME) {
                    return 0;
                }
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            int paddings = 0;
            if (isMIME) {
                int n = 0;
                int sp = 0;
                while (sp < sl) {
                    int b = src[sp++] & 0xff;
                    if (b == '=') {
                        len -= sl - sp + 1;
                        break;
                    }
                    if (dec[b] == -1) {
                        n++;
                    }
                }
                len -= n;
            } else if (src[sl - 1] == '=') {
                paddings++;
                if (src[sl - 2] == '=') {
                    paddings++;
                }
            }
            if (paddings == 0 && (len & 3) != 0) {
                paddings = 4 - (len & 3);
            }
            return 3 * (int) ((len + 3L) / 4) - paddings;
        }

        public byte[] decode(byte[] src) {
            byte[] dst = new byte[outLength(src)];
            int ret = decode0(src, dst);
            return ret == dst.length ? dst : Arrays.copyOf(dst, ret);
        }

        public byte[] decode(String src) {
            return decode(src.getBytes(StandardCharsets.ISO_8859_1));
        }

        public int decode(byte[] src, byte[] dst) {
            int len = outLength(src);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            return decode0(src, dst);
        }

        private int decode0(byte[] src, byte[] dst) {
            int[] dec = isURL ? URL_DEC : STD_DEC;
            int sl = src.length;
            int sp = 0;
            int dp = 0;
            int bits = 0;
            int shift = 18;
            while (sp < sl) {
                int b = dec[src[sp++] & 0xff];
                if (b < 0) {
                    if (b == -2) {
                        if ((shift == 6 && (sp == sl || src[sp++] != '=')) || shift == 18) {
                            throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                        }
                        break;
                    }
                    if (isMIME) {
                        continue;
                    }
                    throw new IllegalArgumentException("Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= b << shift;
                shift -= 6;
                if (shift < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    shift = 18;
                    bits = 0;
                }
            }
            if (shift == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shift == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shift == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (isMIME && dec[src[sp++] & 0xff] < 0) {
                    continue;
                }
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}
