/*
 * console.c — the 16550A UARTs: COM1 = standard output, COM2 = standard error, COM3 = control
 * channel of the exit protocol (exit.c, docs/boot.md).
 *
 * Writing fast: with the FIFOs on, LSR.THRE (bit 5) means the 16-byte transmit FIFO is empty, so
 * after one LSR read we can push 16 bytes with a single `rep outsb` (under KVM one VM exit for the
 * whole burst). QEMU sends each byte to its chardev as it is written; when the chardev is busy the
 * bytes stay in the FIFO and THRE stays clear until they are sent, so nothing is dropped.
 * Registers: National Semiconductor PC16550D data sheet.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

#define UART_THR 0 /* transmit holding register (write) */
#define UART_RBR 0 /* receive buffer register (read) */
#define UART_DLL 0 /* divisor latch, low (DLAB=1) */
#define UART_IER 1
#define UART_DLM 1
#define UART_FCR 2
#define UART_LCR 3
#define UART_MCR 4
#define UART_LSR 5
#define LSR_THRE 0x20 /* transmit FIFO empty */
#define LSR_TEMT 0x40 /* FIFO and shift register empty: everything sent */
#define UART_FIFO 16

static const uint16_t base[3] = {0x3f8, 0x2f8, 0x3e8};
static uint8_t ready[3];

/* Programs a UART on first use, so ports nobody writes cost nothing at boot. */
static void init(int port) {
    uint16_t b = base[port];
    kiln_outb(b + UART_IER, 0x00); /* no interrupts: we poll */
    kiln_outb(b + UART_LCR, 0x80); /* DLAB on */
    kiln_outb(b + UART_DLL, 0x01); /* divisor 1: 115200 baud (meaningless to QEMU) */
    kiln_outb(b + UART_DLM, 0x00);
    kiln_outb(b + UART_LCR, 0x03); /* 8 data bits, no parity, 1 stop bit, DLAB off */
    kiln_outb(b + UART_FCR, 0x07); /* FIFOs on and cleared */
    kiln_outb(b + UART_MCR, 0x03); /* DTR, RTS */
    ready[port] = 1;
}

void kiln_kvm_console_write(int port, const void *buf, size_t len) {
    if (!ready[port]) init(port);
    uint16_t b = base[port];
    const uint8_t *p = buf;
    while (len > 0) {
        while (!(kiln_inb(b + UART_LSR) & LSR_THRE)) {
            __asm__ volatile("pause");
        }
        size_t n = len < UART_FIFO ? len : UART_FIFO;
        size_t count = n;
        __asm__ volatile("rep outsb" : "+S"(p), "+c"(count) : "d"((uint16_t)(b + UART_THR)) : "memory");
        len -= n;
    }
}

void kiln_kvm_console_flush(int port) {
    if (!ready[port]) return;
    while (!(kiln_inb(base[port] + UART_LSR) & LSR_TEMT)) {
        __asm__ volatile("pause");
    }
}

void kiln_kvm_puts(int port, const char *s) { kiln_kvm_console_write(port, s, strlen(s)); }

void kiln_kvm_put_hex(int port, uint64_t v, int digits) {
    char buf[18];
    buf[0] = '0';
    buf[1] = 'x';
    for (int i = 0; i < digits; i++) {
        buf[2 + digits - 1 - i] = "0123456789abcdef"[(v >> (4 * i)) & 15];
    }
    kiln_kvm_console_write(port, buf, 2 + (size_t)digits);
}

void kiln_kvm_put_dec(int port, int64_t v) {
    char buf[21];
    int i = sizeof buf;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[--i] = '-';
    kiln_kvm_console_write(port, buf + i, sizeof buf - (size_t)i);
}

/* ---- rt.h platform API ---- */

void kiln_plat_write(int fd, const void *buf, size_t len) {
    kiln_kvm_console_write(fd == 2 ? KILN_CONSOLE_ERR : KILN_CONSOLE_OUT, buf, len);
}

/* Serial input is not implemented yet: standard input is always at its end. */
long kiln_plat_read(int fd, void *buf, size_t len) {
    (void)fd;
    (void)buf;
    (void)len;
    return 0;
}
