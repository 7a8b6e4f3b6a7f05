package vn.hotline1022.reporting.summary;

import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline1022.reporting.figures.Percentiles;
import vn.hotline1022.reporting.transfers.TransferFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Transfer success per unit (completed transfers) and dial outcomes per unit and masked number. */
final class TransferFigures {

    private TransferFigures() {
    }

    static List<Summary.UnitTransfers> byUnit(TransferFacts facts, Bson completedRange, Bson dialRange) {
        Map<String, long[]> units = new TreeMap<>(); // transfers, connected, dials, busy, noAnswer
        for (Document d : facts.transfers().find(completedRange)) {
            long[] u = units.computeIfAbsent(d.getString("unitCode"), k -> new long[5]);
            u[0]++;
            u[1] += Boolean.TRUE.equals(d.getBoolean("connected")) ? 1 : 0;
        }
        for (Document d : facts.attempts().find(dialRange)) {
            long[] u = units.computeIfAbsent(d.getString("unitCode"), k -> new long[5]);
            u[2]++;
            u[3] += "BUSY".equals(d.getString("outcome")) ? 1 : 0;
            u[4] += "NO_ANSWER".equals(d.getString("outcome")) ? 1 : 0;
        }
        List<Summary.UnitTransfers> result = new ArrayList<>();
        units.forEach((unit, u) -> result.add(new Summary.UnitTransfers(unit, u[0], u[1],
                SummaryQuery.round(Percentiles.ratio(u[1], u[0])), u[2],
                SummaryQuery.round(Percentiles.ratio(u[3], u[2])), SummaryQuery.round(Percentiles.ratio(u[4], u[2])))));
        return result;
    }

    static List<Summary.NumberTransfers> byNumber(TransferFacts facts, Bson dialRange) {
        Map<String, long[]> numbers = new TreeMap<>(); // dials, connected, busy, noAnswer, other
        for (Document d : facts.attempts().find(dialRange)) {
            long[] n = numbers.computeIfAbsent(d.getString("unitCode") + " " + d.getString("number"), k -> new long[5]);
            n[0]++;
            switch (d.getString("outcome")) {
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
