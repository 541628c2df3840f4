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

/*
 * Standard input arrives on COM1's receive side. `kiln run` forwards its own standard input there
 * with one escape so that the end of input can be told (docs/boot.md, "Standard input"): 0xFF 0xFF
 * is a data byte 0xFF, 0xFF 0x00 is end of input. It starts only when the guest asks, with the line
 * "kiln-stdin" on the control channel (COM3), sent once COM1's FIFOs are on: switching them on
 * empties the receive side, so nothing may arrive before. Reading never blocks: it returns what
 * the FIFO holds, or KILN_READ_WOULD_BLOCK, and the scheduler waits for the receive interrupt.
 */
#define LSR_DR 0x01  /* data ready */
#define IER_ERBFI 0x01 /* interrupt when received data is available */
#define MCR_OUT2 0x08  /* gates the UART's interrupt line on PC hardware */
static int rx_escape, rx_eof, rx_requested;

long kiln_plat_read(int fd, void *buf, size_t len) {
    if (fd != 0) return 0;
    if (!ready[KILN_CONSOLE_OUT]) init(KILN_CONSOLE_OUT);
    if (!rx_requested) {
        rx_requested = 1;
        kiln_kvm_puts(KILN_CONSOLE_CTL, "kiln-stdin\n");
        kiln_kvm_console_flush(KILN_CONSOLE_CTL);
    }
    uint16_t b = base[KILN_CONSOLE_OUT];
    uint8_t *out = buf;
    size_t n = 0;
    while (n < len && !rx_eof && (kiln_inb(b + UART_LSR) & LSR_DR)) {
        uint8_t c = kiln_inb(b + UART_RBR);
        if (rx_escape) {
            rx_escape = 0;
            if (c == 0xff) out[n++] = 0xff;
            else if (c == 0x00) rx_eof = 1;
            /* any other escaped byte is not produced by kiln run: dropped */
        } else if (c == 0xff) {
            rx_escape = 1;
        } else {
            out[n++] = c;
        }
    }
    if (n > 0) return (long)n;
    return rx_eof ? 0 : KILN_READ_WOULD_BLOCK;
}

/* kiln.rt.Platform.inputVector(): routes COM1's interrupt (ISA IRQ 4, edge) and enables its
 * receive interrupt; the vector the scheduler waits on for input. */
jint kiln_native_kiln_rt_Platform_inputVector(void) {
    static jint vector = -1;
    if (vector < 0) {
        if (!ready[KILN_CONSOLE_OUT]) init(KILN_CONSOLE_OUT);
        uint16_t b = base[KILN_CONSOLE_OUT];
        vector = kiln_kvm_route_irq(4, 0, 0);
        kiln_outb(b + UART_MCR, 0x03 | MCR_OUT2);
        kiln_outb(b + UART_IER, IER_ERBFI);
    }
    return vector;
}
