package java.lang;

import java.util.concurrent.ThreadFactory;

/** The builders behind Thread.ofPlatform() and Thread.ofVirtual(). */
final class ThreadBuilders {
    private ThreadBuilders() {}

    private abstract static class Base {
        String name;
        long counter = -1;
        boolean inherit = true;
        Thread.UncaughtExceptionHandler handler;

        void setName(String name) {
            if (name == null) {
                throw new NullPointerException();
            }
            this.name = name;
            this.counter = -1;
        }

        void setName(String prefix, long start) {
            if (prefix == null) {
                throw new NullPointerException();
            }
            if (start < 0) {
                throw new IllegalArgumentException("'start' is negative");
            }
            this.name = prefix;
            this.counter = start;
        }

        /** The next thread's name; a counted name advances the counter. */
        String nextName() {
            if (name != null && counter >= 0) {
                return name + counter++;
            }
            return name;
        }

        void setHandler(Thread.UncaughtExceptionHandler ueh) {
            if (ueh == null) {
                throw new NullPointerException();
            }
            handler = ueh;
        }
    }

    static final class PlatformBuilder extends Base implements Thread.Builder.OfPlatform {
        private ThreadGroup group;
        private Boolean daemon;
        private int priority;
        private long stackSize;

        @Override
        public OfPlatform name(String name) {
            setName(name);
            return this;
        }

        @Override
        public OfPlatform name(String prefix, long start) {
            setName(prefix, start);
            return this;
        }

        @Override
        public OfPlatform inheritInheritableThreadLocals(boolean inherit) {
            this.inherit = inherit;
            return this;
        }

        @Override
        public OfPlatform uncaughtExceptionHandler(Thread.UncaughtExceptionHandler ueh) {
            setHandler(ueh);
            return this;
        }

        @Override
        public OfPlatform group(ThreadGroup group) {
            if (group == null) {
                throw new NullPointerException();
            }
            this.group = group;
            return this;
        }

        @Override
        public OfPlatform daemon(boolean on) {
            daemon = on;
            return this;
        }

        @Override
        public OfPlatform priority(int priority) {
            if (priority < Thread.MIN_PRIORITY || priority > Thread.MAX_PRIORITY) {
                throw new IllegalArgumentException();
            }
            this.priority = priority;
            return this;
        }

        @Override
        public OfPlatform stackSize(long stackSize) {
            if (stackSize < 0) {
                throw new IllegalArgumentException();
            }
            this.stackSize = stackSize;
            return this;
        }

        @Override
        public Thread unstarted(Runnable task) {
            return Thread.create(group, task, nextName(), stackSize, false, inherit, handler, priority, daemon);
        }

        @Override
        public Thread start(Runnable task) {
            Thread t = unstarted(task);
            t.start();
            return t;
        }

        @Override
        public ThreadFactory factory() {
            return this::unstarted;
        }
    }

    static final class VirtualBuilder extends Base implements Thread.Builder.OfVirtual {
        @Override
        public OfVirtual name(String name) {
            setName(name);
            return this;
        }

        @Override
        public OfVirtual name(String prefix, long start) {
            setName(prefix, start);
            return this;
        }

        @Override
        public OfVirtual inheritInheritableThreadLocals(boolean inherit) {
            this.inherit = inherit;
            return this;
        }

        @Override
        public OfVirtual uncaughtExceptionHandler(Thread.UncaughtExceptionHandler ueh) {
            setHandler(ueh);
            return this;
        }

        @Override
        public Thread unstarted(Runnable task) {
            return Thread.create(null, task, nextName(), 0, true, inherit, handler, 0, null);
        }

        @Override
        public Thread start(Runnable task) {
            Thread t = unstarted(task);
            t.start();
            return t;
        }

        @Override
        public ThreadFactory factory() {
            return this::unstarted;
        }
    }
}
