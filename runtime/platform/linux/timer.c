/*
 * timer.c — the linux target's timer and idle wait for the green-thread scheduler: a one-shot
 * ITIMER_REAL whose SIGALRM plays the part of the timer interrupt, and sigsuspend as the halt.
 * The handler only sets the two flags of rt.h, like an interrupt handler on the kvm target.
 */
#include <kiln/rt.h>

#include <signal.h>
#include <string.h>
#include <sys/time.h>

static int installed;

static void on_alarm(int sig) {
    (void)sig;
    kiln_safepoint_requested = 1;
    kiln_wakeup = 1;
}

static void install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sa.sa_flags = SA_RESTART; /* console reads and writes just continue */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    installed = 1;
}

void kiln_plat_timer_arm(int64_t deadline_ns) {
    if (!installed) install();
    struct itimerval it;
    memset(&it, 0, sizeof it);
    if (deadline_ns > 0) {
        int64_t delta = deadline_ns - kiln_plat_nanotime();
        if (delta < 1000) delta = 1000; /* already due: fire (almost) at once; 0 would disarm */
        it.it_value.tv_sec = delta / 1000000000;
        it.it_value.tv_usec = (delta % 1000000000) / 1000;
        if (it.it_value.tv_sec == 0 && it.it_value.tv_usec == 0) it.it_value.tv_usec = 1;
    }
    setitimer(ITIMER_REAL, &it, NULL);
}

void kiln_plat_idle(void) {
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGALRM);
    sigprocmask(SIG_BLOCK, &block, &old);
    while (!kiln_wakeup) sigsuspend(&old);
    kiln_wakeup = 0;
    sigprocmask(SIG_SETMASK, &old, NULL);
}

/* No devices on the linux target: nothing ever fires. */
jlong kiln_native_kiln_rt_Threads_takeIrqPending(void) { return 0; }

/* Standard input on linux is a blocking read(2); there is no input interrupt to wait for. */
jint kiln_native_kiln_rt_Platform_inputVector(void) { return -1; }
