package vn.hotline1022.reporting.staffing.domain;

import org.junit.jupiter.api.Test;

import java.util.PriorityQueue;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Erlang A has no short published worked example whose figures could be checked by hand, so it is held to three
 * things that do not share its formulas: Erlang C when nobody hangs up, the infinite-server queue when patience equals
 * the handle time, and a seeded simulation of the queue itself.
 */
class ErlangATest {

    private static final ServiceTarget EIGHTY_IN_TWENTY = new ServiceTarget(0.8, 20);

    /** Callers who would wait thirty years: the Call Centre Helper example of ErlangCTest, 14 agents, again. */
    @Test
    void withEndlessPatienceItIsErlangC() {
        ErlangAEstimate e = ErlangA.estimate(200, 180, 1e9, 14, EIGHTY_IN_TWENTY);
        assertThat(e.probabilityOfWaiting()).isCloseTo(0.1741319336, within(1e-6));
        assertThat(e.serviceLevel()).isCloseTo(0.8883500192, within(1e-6));
        assertThat(e.averageWaitSeconds()).isCloseTo(7.835937012, within(1e-3));
        assertThat(e.probabilityOfAbandoning()).isLessThan(1e-6);
        assertThat(ErlangA.estimate(200, 180, 1e9, 13, EIGHTY_IN_TWENTY).serviceLevel())
                .isCloseTo(0.7955947884, within(1e-6));
        assertThat(ErlangA.staff(200, 180, 1e9, EIGHTY_IN_TWENTY).agents()).isEqualTo(14);
    }

    /**
     * When a waiting caller leaves at the rate a call ends (patience = handle time), every caller in the system leaves
     * at rate μ whatever it is doing, so the number in the system is Poisson(A), as in M/M/∞: a caller waits when at
     * least N are there, and the abandonment rate θ·E[queue] gives P(abandon) = E[(L − N)⁺] / A.
     */
    @Test
    void withPatienceEqualToTheHandleTimeTheCallersInTheSystemArePoisson() {
        double traffic = 10; // 200 calls an hour, 180 s
        for (int agents : new int[] {6, 10, 14}) {
            ErlangAEstimate e = ErlangA.estimate(200, 180, 180, agents, EIGHTY_IN_TWENTY);
            double atLeastN = 0, excess = 0;
            double p = Math.exp(-traffic);
            for (int k = 0; k < 200; k++) {
                atLeastN += k >= agents ? p : 0;
                excess += k > agents ? (k - agents) * p : 0;
                p *= traffic / (k + 1);
            }
            assertThat(e.probabilityOfWaiting()).as("N = " + agents).isCloseTo(atLeastN, within(1e-12));
            assertThat(e.probabilityOfAbandoning()).as("N = " + agents).isCloseTo(excess / traffic, within(1e-12));
            assertThat(e.averageWaitSeconds()).isCloseTo(excess / traffic * 180, within(1e-9));
        }
    }

    @Test
    void aSimulatedQueueAgrees() {
        for (int agents : new int[] {8, 10}) {
            ErlangAEstimate e = ErlangA.estimate(200, 180, 60, agents, EIGHTY_IN_TWENTY);
            double[] simulated = simulate(200, 180, 60, agents, 20, 300_000);
            assertThat(e.probabilityOfWaiting()).as("P(wait), N = " + agents).isCloseTo(simulated[0], within(0.01));
            assertThat(e.probabilityOfAbandoning()).as("P(abandon), N = " + agents).isCloseTo(simulated[1], within(0.01));
            assertThat(e.serviceLevel()).as("answered in 20 s, N = " + agents).isCloseTo(simulated[2], within(0.01));
        }
    }

    @Test
    void theServiceLevelRunsFromNobodyWaitingToEverybodyWhoStays() {
        ErlangAEstimate now = ErlangA.estimate(200, 180, 60, 10, new ServiceTarget(0.8, 0));
        assertThat(now.serviceLevel()).isCloseTo(1 - now.probabilityOfWaiting(), within(1e-12));
        ErlangAEstimate ever = ErlangA.estimate(200, 180, 60, 10, new ServiceTarget(0.8, 100_000));
        assertThat(ever.serviceLevel()).isCloseTo(1 - ever.probabilityOfAbandoning(), within(1e-12));
    }

    @Test
    void hangingUpMakesTooFewOperatorsFiniteAndTheSearchMinimal() {
        // 10 Erlangs on 9 operators: Erlang C's queue would grow for ever; with 60 s patience some callers leave
        ErlangAEstimate nine = ErlangA.estimate(200, 180, 60, 9, EIGHTY_IN_TWENTY);
        assertThat(nine.probabilityOfAbandoning()).isBetween(0.1, 0.5);
        assertThat(nine.occupancy()).isLessThan(1.0);
        ErlangAEstimate staffed = ErlangA.staff(200, 180, 60, EIGHTY_IN_TWENTY);
        assertThat(staffed.meets(EIGHTY_IN_TWENTY)).isTrue();
        assertThat(ErlangA.estimate(200, 180, 60, staffed.agents() - 1, EIGHTY_IN_TWENTY).meets(EIGHTY_IN_TWENTY))
                .isFalse();
        // a busy switchboard, hundreds of callers per patience time: the series' terms pass 10^308, the sum does not
        // (2 400 Erlangs, y = 6 000); summed term by term from j = 0 in double precision (Python) the same formulas
        // give 2 349 operators, answering 0.80072 within 20 s
        ErlangAEstimate big = ErlangA.staff(36_000, 240, 600, EIGHTY_IN_TWENTY);
        assertThat(big.agents()).isEqualTo(2_349);
        assertThat(big.serviceLevel()).isCloseTo(0.8007179312, within(1e-8));
    }

    @Test
    void edgeCases() {
        assertThat(ErlangA.staff(0, 180, 60, EIGHTY_IN_TWENTY).agents()).isZero();
        assertThat(ErlangA.staff(0.1, 180, 60, EIGHTY_IN_TWENTY).agents()).isEqualTo(1);
        assertThat(ErlangA.estimate(200, 180, 60, 0, EIGHTY_IN_TWENTY).probabilityOfAbandoning()).isEqualTo(1.0);
        assertThatThrownBy(() -> ErlangA.staff(200, 180, 0, EIGHTY_IN_TWENTY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangA.staff(200, 180, Double.NaN, EIGHTY_IN_TWENTY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logGammaIsAccurate() {
        assertThat(KummerSeries.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(KummerSeries.logGamma(5)).isCloseTo(Math.log(24), within(1e-14));
        assertThat(KummerSeries.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(KummerSeries.logGamma(171)).isCloseTo(706.5730622457874, within(1e-10));
    }

    /**
     * First come, first served, N operators, calls that leave when their patience runs out before an operator is
     * free: a caller's offered wait is the time until the earliest operator frees up from the callers before it who
     * stayed (those who left never took an operator). Returns P(wait), P(abandon), P(answered within t).
     */
    private static double[] simulate(double callsPerHour, double handleSeconds, double patienceSeconds, int agents,
                                     double t, int calls) {
        SplittableRandom random = new SplittableRandom(1022);
        PriorityQueue<Double> freeAt = new PriorityQueue<>();
        for (int i = 0; i < agents; i++) {
            freeAt.add(0.0);
        }
        double clock = 0;
        int warmUp = calls / 20, waited = 0, abandoned = 0, inTime = 0;
        for (int i = 0; i < calls + warmUp; i++) {
            clock += exponential(random, 3600 / callsPerHour);
            double patience = exponential(random, patienceSeconds);
            double wait = Math.max(0, freeAt.peek() - clock);
            boolean counted = i >= warmUp;
            if (wait > 0 && counted) {
                waited++;
            }
            if (wait > patience) {
                abandoned += counted ? 1 : 0;
                continue;
            }
            inTime += counted && wait <= t ? 1 : 0;
            freeAt.poll();
            freeAt.add(clock + wait + exponential(random, handleSeconds));
        }
        return new double[] {(double) waited / calls, (double) abandoned / calls, (double) inTime / calls};
    }

    private static double exponential(SplittableRandom random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}
