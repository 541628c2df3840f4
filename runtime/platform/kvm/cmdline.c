/*
 * cmdline.c — boot words: the PVH command line split into words.
 *
 * Rules (kiln run quotes program arguments to survive them, see kiln.cli.run.BootWords):
 *   - unquoted spaces, tabs and newlines separate words;
 *   - a double quote starts or ends a quoted part, in which spaces are ordinary characters; the
 *     quotes themselves are dropped, and "" is an empty word;
 *   - a backslash, quoted or not, makes the next character ordinary (\" \\ \  ); a backslash at the
 *     very end is kept as itself.
 * The words are copied to early pages at boot, so the loader's copy of the line may be overwritten.
 */
#include <kiln/rt.h>
#include "kvm.h"

/* No SSE in the platform layer: see kvm.h. */
#pragma GCC target("general-regs-only")

static int argc;
static char **argv;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void kiln_kvm_cmdline_init(const char *line) {
    size_t len = strlen(line);
    size_t max_words = len / 2 + 1;
    char **words = kiln_kvm_early_alloc(max_words * sizeof(char *) + len + 1);
    char *out = (char *)(words + max_words);
    int n = 0;
    const char *p = line;
    for (;;) {
        while (is_space(*p)) p++;
        if (*p == 0) break;
        words[n++] = out;
        int quoted = 0;
        for (; *p && (quoted || !is_space(*p)); p++) {
            if (*p == '"') {
                quoted = !quoted;
            } else if (*p == '\\' && p[1] != 0) {
                *out++ = *++p;
            } else {
                *out++ = *p;
            }
        }
        *out++ = 0;
    }
    argc = n;
    argv = words;
}

int kiln_plat_argc(void) { return argc; }

const char *kiln_plat_argv(int i) { return i >= 0 && i < argc ? argv[i] : NULL; }

int kiln_plat_is_hosted(void) { return 0; }
