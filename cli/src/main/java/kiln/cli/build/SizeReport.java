package kiln.cli.build;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/** A one-line breakdown of an ELF image by loadable segment kind, read from its program headers. */
final class SizeReport {
    private SizeReport() {}

    static String describe(Path elf, int files, int classes) throws IOException {
        long code = 0;
        long data = 0;
        long bss = 0;
        try (RandomAccessFile f = new RandomAccessFile(elf.toFile(), "r")) {
            byte[] hdr = new byte[64];
            f.readFully(hdr);
            ByteBuffer h = ByteBuffer.wrap(hdr).order(ByteOrder.LITTLE_ENDIAN);
            long phoff = h.getLong(32);
            int phentsize = h.getShort(54) & 0xffff;
            int phnum = h.getShort(56) & 0xffff;
            for (int i = 0; i < phnum; i++) {
                byte[] ph = new byte[phentsize];
                f.seek(phoff + (long) i * phentsize);
                f.readFully(ph);
                ByteBuffer p = ByteBuffer.wrap(ph).order(ByteOrder.LITTLE_ENDIAN);
                if (p.getInt(0) != 1) {
                    continue; // PT_LOAD only
                }
                int flags = p.getInt(4);
                long filesz = p.getLong(32);
                long memsz = p.getLong(40);
                if ((flags & 1) != 0) {
                    code += filesz;
                } else {
                    data += filesz;
                }
                bss += memsz - filesz;
            }
        }
        return String.format("code %s, data %s, bss %s; %d classes compiled", BuildCommand.kib(code),
                BuildCommand.kib(data), BuildCommand.kib(bss), classes);
    }
}
