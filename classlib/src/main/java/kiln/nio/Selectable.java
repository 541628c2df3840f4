package kiln.nio;

import kiln.net.socket.Watchable;

/**
 * What {@link StackSelector} needs of a channel. Called by the selector with the stack lock held,
 * so implementations must not take a channel's own monitors (channels take those before the stack
 * lock; the other order would deadlock): they read volatile state only.
 */
interface Selectable {
    /** The socket whose readiness the selector watches, or null while there is none yet. */
    Watchable watchable();

    /** The SelectionKey operations ready, given the socket's readiness bits. */
    int translateReadyOps(int socketOps);

    /** The selectors this channel is registered with, told when {@link #watchable()} changes. */
    Registrations registrations();
}
