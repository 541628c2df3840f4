package kiln.net.socket;

import java.util.concurrent.locks.LockSupport;

/**
 * A {@link DeviceWaiter} with no device interrupt: the event loop parks until its deadline or an
 * unpark. Right for a stack whose frames all come from the host itself (the loopback interface of
 * a program with no network device) or from a link that unparks the loop when it delivers.
 */
public final class ParkingWaiter implements DeviceWaiter {
    @Override
    public void await(long deadline) {
        if (deadline == Long.MAX_VALUE) {
            LockSupport.park(this);
            return;
        }
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(this, wait);
        }
    }
}
