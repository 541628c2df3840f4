package kiln.cli.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before QEMU gets it, that the image is a readable x86-64 ELF with the PVH entry note
 * (ELF-64 Object File Format; Xen's XEN_ELFNOTE_PHYS32_ENTRY = 18, name "Xen"). Returns a
 * one-line problem, or null when the image looks bootable.
 */
final class ImageCheck {
    private ImageCheck() {}

    static String problem(Path image) {
        if (!Files.exists(image)) return "image not found: " + image;
        if (!Files.isRegularFile(image)) return "not a file: " + image;
        if (!Files.isReadable(image)) return "cannot read image " + image + " (permission denied)";
        try (FileChannel ch = FileChannel.open(image)) {
            long size = ch.size();
            ByteBuffer h = read(ch, 0, 64);
            if (h == null || h.getInt(0) != 0x464c457f) return image + " is not an ELF file";
            if (h.get(4) != 2 || h.get(5) != 1 || h.getShort(18) != 0x3e) {
                return image + " is not a 64-bit little-endian x86-64 ELF file";
            }
            long phoff = h.getLong(32);
            int phentsize = Short.toUnsignedInt(h.getShort(54)), phnum = Short.toUnsignedInt(h.getShort(56));
            for (int i = 0; i < phnum; i++) {
                ByteBuffer ph = read(ch, phoff + (long) i * phentsize, 56);
                if (ph == null) break;
                if (ph.getInt(0) != 4) continue; // PT_NOTE
                long off = ph.getLong(8), len = ph.getLong(32);
                if (off < 0 || len < 0 || len > 1 << 20 || off + len > size) continue;
                if (hasPvhNote(read(ch, off, (int) len))) return null;
            }
            return image + " has no PVH entry note: not a Kiln kvm image (was it built for the linux target?)";
        } catch (IOException e) {
            return "cannot read image " + image + ": " + e.getMessage();
        }
    }

    private static boolean hasPvhNote(ByteBuffer notes) {
        if (notes == null) return false;
        int p = 0, n = notes.limit();
        while (p + 12 <= n) {
            int namesz = notes.getInt(p), descsz = notes.getInt(p + 4), type = notes.getInt(p + 8);
            int name = p + 12;
            if (namesz < 0 || descsz < 0 || name + namesz > n) return false;
            if (type == 18 && namesz == 4 && notes.get(name) == 'X' && notes.get(name + 1) == 'e'
                    && notes.get(name + 2) == 'n' && notes.get(name + 3) == 0) {
                return true;
            }
            p = name + align4(namesz) + align4(descsz);
        }
        return false;
    }

    private static int align4(int x) {
        return (x + 3) & ~3;
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) return null;
        }
        return b.flip();
    }
}
