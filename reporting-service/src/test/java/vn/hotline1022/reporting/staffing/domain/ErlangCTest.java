package vn.hotline1022.reporting.staffing.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Published worked examples. Every expected figure below was also recomputed independently of this code, from the
 * closed-form factorial formula {@code C = (A^N/N!)·N/(N−A) / (Σ_{k<N} A^k/k! + (A^N/N!)·N/(N−A))} in 40-digit
 * arithmetic (Python mpmath), so the tests check the iterative Erlang B route against the textbook one.
 */
class ErlangCTest {

    private static final ServiceTarget EIGHTY_IN_TWENTY = new ServiceTarget(0.8, 20);

    /**
     * Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example": 100 calls in 30 minutes
     * (200 an hour), average handling time 180 s, 80 % answered within 20 s. Traffic A = 200 × 180 / 3600 = 10
     * Erlangs; the article starts at N = A + 1 = 11 and adds agents until the target is met, at 14 raw agents
     * (before shrinkage and maximum occupancy, which it adds afterwards):
     * <pre>
     *   N   P(wait)   service level (20 s)   ASA        occupancy
     *   11  0.6821    0.3896                 122.78 s   90.9 %
     *   12  0.4494    0.6402                  40.44 s   83.3 %
     *   13  0.2853    0.7956  (just short)    17.12 s   76.9 %
     *   14  0.1741    0.8884                   7.84 s   71.4 %
     * </pre>
     */
    @Test
    void callCentreHelperWorkedExampleNeedsFourteenAgents() {
        assertThat(ErlangC.traffic(200, 180)).isEqualTo(10.0);
        Estimate thirteen = ErlangC.estimate(200, 180, 13, EIGHTY_IN_TWENTY);
        assertThat(thirteen.probabilityOfWaiting()).isCloseTo(0.285270453, within(1e-9));
        assertThat(thirteen.serviceLevel()).isCloseTo(0.7955947884, within(1e-9));
        assertThat(thirteen.meets(EIGHTY_IN_TWENTY)).isFalse();

        Estimate staffed = ErlangC.staff(200, 180, EIGHTY_IN_TWENTY);
        assertThat(staffed.agents()).isEqualTo(14);
        assertThat(staffed.trafficErlangs()).isEqualTo(10.0);
        assertThat(staffed.probabilityOfWaiting()).isCloseTo(0.1741319336, within(1e-9));
        assertThat(staffed.serviceLevel()).isCloseTo(0.8883500192, within(1e-9));
        assertThat(staffed.averageSpeedOfAnswerSeconds()).isCloseTo(7.835937012, within(1e-8));
        assertThat(staffed.occupancy()).isCloseTo(10.0 / 14, within(1e-12));

        assertThat(ErlangC.probabilityOfWaiting(11, 10)).isCloseTo(0.6821182047, within(1e-9));
        assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.4493882243, within(1e-9));
    }

    /**
     * Mitan Ltd, "The Erlang-C formula", whose step-by-step calculation uses 360 calls per half hour (720 an hour),
     * an average call duration of 4 minutes, 55 agents and a target answer time of 15 s. Traffic A = 12 calls/min ×
     * 4 min = 48 Erlangs; occupancy 48/55 = 0.8727; P(wait) = 0.2387; ASA = 0.2387 × 240 s / (55 − 48) = 8.18 s;
     * answered within 15 s: 1 − 0.2387 × e^(−7 × 15/240) = 0.8459. With 54 agents it would be 0.7929, just short of
     * 80 %, so for "80 % within 15 s" 55 is also the fewest.
     */
    @Test
    void mitanWorkedExampleOfFiftyFiveAgents() {
        ServiceTarget fifteen = new ServiceTarget(0.8, 15);
        Estimate e = ErlangC.estimate(720, 240, 55, fifteen);
        assertThat(e.trafficErlangs()).isEqualTo(48.0);
        assertThat(e.occupancy()).isCloseTo(0.8727272727, within(1e-9));
        assertThat(e.probabilityOfWaiting()).isCloseTo(0.2387009364, within(1e-9));
        assertThat(e.averageSpeedOfAnswerSeconds()).isCloseTo(8.184032104, within(1e-8));
        assertThat(e.serviceLevel()).isCloseTo(0.8458830922, within(1e-9));

        assertThat(ErlangC.estimate(720, 240, 54, fifteen).serviceLevel()).isCloseTo(0.7929143111, within(1e-9));
        assertThat(ErlangC.staff(720, 240, fifteen).agents()).isEqualTo(55);
    }

    /** Erlang B as in the traffic tables: 2 Erlangs on 5 lines block 3.67 %; 10 on 10 lines 21.46 %, on 15 3.65 %. */
    @Test
    void erlangBMatchesTheTables() {
        assertThat(ErlangC.erlangB(5, 2)).isCloseTo(0.036697248, within(1e-9));
        assertThat(ErlangC.erlangB(10, 10)).isCloseTo(0.21458234, within(1e-8));
        assertThat(ErlangC.erlangB(15, 10)).isCloseTo(0.036496945, within(1e-9));
        assertThat(ErlangC.erlangB(0, 3)).isEqualTo(1.0);
    }

    /** By hand: A = 1 on 2 agents is (1/2!·2/1) / (1 + 1 + 1/2!·2/1) = 1/3. */
    @Test
    void smallestCaseByHand() {
        assertThat(ErlangC.probabilityOfWaiting(2, 1)).isCloseTo(1.0 / 3, within(1e-15));
    }

    /**
     * Hundreds of Erlangs, where A^N and N! are far beyond a double (300^301 ≈ 10^745): still finite and equal to the
     * exact values (A = 300: N = 310 → P(wait) 0.4559306058, N = 320 → 0.1760812817).
     */
    @Test
    void hundredsOfErlangsDoNotOverflow() {
        assertThat(ErlangC.probabilityOfWaiting(310, 300)).isCloseTo(0.4559306058, within(1e-9));
        assertThat(ErlangC.probabilityOfWaiting(320, 300)).isCloseTo(0.1760812817, within(1e-9));
        Estimate big = ErlangC.staff(3600, 300, EIGHTY_IN_TWENTY); // 300 Erlangs
        assertThat(big.agents()).isBetween(301, 330);
        assertThat(big.serviceLevel()).isBetween(0.8, 1.0);
        assertThat(ErlangC.estimate(3600, 300, big.agents() - 1, EIGHTY_IN_TWENTY).meets(EIGHTY_IN_TWENTY)).isFalse();
        assertThat(ErlangC.probabilityOfWaiting(5000, 4900)).isBetween(0.0, 1.0);
    }

    @Test
    void noCallsNeedNoOperators() {
        Estimate none = ErlangC.staff(0, 300, EIGHTY_IN_TWENTY);
        assertThat(none.agents()).isZero();
        assertThat(none.probabilityOfWaiting()).isZero();
        assertThat(none.serviceLevel()).isEqualTo(1.0);
        assertThat(none.occupancy()).isZero();
    }

    @Test
    void anyCallAtAllNeedsOneOperator() {
        // one call a week in this hour: A ≈ 0.0008 Erlangs, and still somebody must pick up
        assertThat(ErlangC.staff(1.0 / 52, 150, EIGHTY_IN_TWENTY).agents()).isEqualTo(1);
        assertThat(ErlangC.staff(0.5, 0, EIGHTY_IN_TWENTY).agents()).isEqualTo(1);
        assertThat(ErlangC.staff(0.5, 0, EIGHTY_IN_TWENTY).serviceLevel()).isEqualTo(1.0);
    }

    @Test
    void noMoreOperatorsThanErlangsIsNeverEnough() {
        // 10 Erlangs: 10 operators are busy all the time on average, so the queue grows without end
        Estimate ten = ErlangC.estimate(200, 180, 10, new ServiceTarget(0.01, 600));
        assertThat(ten.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(ten.serviceLevel()).isZero();
        assertThat(ten.averageSpeedOfAnswerSeconds()).isInfinite();
        assertThat(ten.meets(new ServiceTarget(0.01, 600))).isFalse();
        assertThat(ErlangC.probabilityOfWaiting(9, 10)).isEqualTo(1.0);
        // even the loosest target asks for more than A: 10 Erlangs → 11
        assertThat(ErlangC.staff(200, 180, new ServiceTarget(Double.MIN_VALUE, 600)).agents()).isEqualTo(11);
        // A exactly 3 (a whole number): 3 agents are not enough, 4 is the least
        assertThat(ErlangC.staff(60, 180, new ServiceTarget(1e-9, 600)).agents()).isEqualTo(4);
    }

    @Test
    void aStricterTargetNeverNeedsFewerOperators() {
        int previous = 0;
        for (double level = 0.5; level < 0.999; level += 0.05) {
            int agents = ErlangC.staff(200, 180, new ServiceTarget(level, 20)).agents();
            assertThat(agents).isGreaterThanOrEqualTo(previous);
            previous = agents;
        }
        assertThat(ErlangC.staff(200, 180, new ServiceTarget(0.8, 5)).agents())
                .isGreaterThanOrEqualTo(ErlangC.staff(200, 180, new ServiceTarget(0.8, 60)).agents());
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new ServiceTarget(1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceTarget(0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceTarget(Double.NaN, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceTarget(0.8, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.traffic(-1, 180)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.traffic(Double.NaN, 180)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.traffic(1e12, 3600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.erlangB(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
