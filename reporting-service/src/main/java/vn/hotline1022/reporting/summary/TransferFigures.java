package vn.hotline1022.reporting.summary;

import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.transfers.CompletedTransfer;
import vn.hotline1022.reporting.transfers.Dial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Transfer success per unit (completed transfers) and dial outcomes per unit and masked number. */
final class TransferFigures {

    private TransferFigures() {
    }

    static List<Summary.UnitTransfers> byUnit(List<CompletedTransfer> completed, List<Dial> dials) {
        Map<String, long[]> units = new TreeMap<>(); // transfers, connected, dials, busy, noAnswer
        for (CompletedTransfer t : completed) {
            long[] u = units.computeIfAbsent(t.unitCode(), k -> new long[5]);
            u[0]++;
            u[1] += t.connected() ? 1 : 0;
        }
        for (Dial d : dials) {
            long[] u = units.computeIfAbsent(d.unitCode(), k -> new long[5]);
            u[2]++;
            u[3] += "BUSY".equals(d.outcome()) ? 1 : 0;
            u[4] += "NO_ANSWER".equals(d.outcome()) ? 1 : 0;
        }
        List<Summary.UnitTransfers> result = new ArrayList<>();
        units.forEach((unit, u) -> result.add(new Summary.UnitTransfers(unit, u[0], u[1],
                SummaryQuery.round(Percentiles.ratio(u[1], u[0])), u[2],
                SummaryQuery.round(Percentiles.ratio(u[3], u[2])), SummaryQuery.round(Percentiles.ratio(u[4], u[2])))));
        return result;
    }

    static List<Summary.NumberTransfers> byNumber(List<Dial> dials) {
        Map<String, long[]> numbers = new TreeMap<>(); // dials, connected, busy, noAnswer, other
        for (Dial d : dials) {
            long[] n = numbers.computeIfAbsent(d.unitCode() + " " + d.number(), k -> new long[5]);
            n[0]++;
            switch (d.outcome()) {
                case "CONNECTED" -> n[1]++;
                case "BUSY" -> n[2]++;
                case "NO_ANSWER" -> n[3]++;
                default -> n[4]++;
            }
        }
        List<Summary.NumberTransfers> result = new ArrayList<>();
        numbers.forEach((key, n) -> {
            String[] parts = key.split(" ", 2);
            result.add(new Summary.NumberTransfers(parts[0], parts[1], n[0], n[1], n[2], n[3], n[4],
                    SummaryQuery.round(Percentiles.ratio(n[1], n[0])), SummaryQuery.round(Percentiles.ratio(n[2], n[0])),
                    SummaryQuery.round(Percentiles.ratio(n[3], n[0]))));
        });
        return result;
    }
}
