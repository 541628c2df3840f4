package kiln.net.sim;

import java.util.Random;

import kiln.net.Entropy;

/** Deterministic "randomness" for simulations: the same seed gives the same ports, ids and sequence numbers. */
public final class SeededEntropy implements Entropy {
    private final Random random;

    public SeededEntropy(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }
}
