package vn.hotline1022.knowledge.search.learn;

/**
 * The learner's grid only needs the order of each blend's scores: the lexical and model scores of one depth's
 * candidates are put on the blends' scale once (see {@link Blend.Mode}) and every weight reuses them.
 */
final class BlendScales {
    final double[] lexical;
    final double[] model;
    final double[] logLexical;
    final double[] logModel;
    final double[] out;
    int depth;

    BlendScales(int n) {
        lexical = new double[n];
        model = new double[n];
        logLexical = new double[n];
        logModel = new double[n];
        out = new double[n];
    }

    void set(double[] scores, double[] likelihood, int depth, double questionWords) {
        this.depth = depth;
        double bestLexical = 0;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < depth; i++) {
            bestLexical = Math.max(bestLexical, scores[i]);
            bestLikelihood = Math.max(bestLikelihood, likelihood[i]);
        }
        for (int i = 0; i < depth; i++) {
            lexical[i] = bestLexical > 0 ? scores[i] / bestLexical : 0;
            boolean none = questionWords == 0 || Double.isInfinite(likelihood[i]);
            logModel[i] = none ? Double.NEGATIVE_INFINITY : (likelihood[i] - bestLikelihood) / questionWords;
            model[i] = none ? 0 : Math.exp(logModel[i]);
            logLexical[i] = Math.log(lexical[i]);
        }
    }

    /** LINEAR as the served blend computes it; GEOMETRIC as its logarithm, which orders the same. */
    double[] blend(Blend.Mode mode, double weight) {
        for (int i = 0; i < depth; i++) {
            if (mode == Blend.Mode.GEOMETRIC) {
                out[i] = (weight < 1 ? (1 - weight) * logLexical[i] : 0) + (weight > 0 ? weight * logModel[i] : 0);
            } else {
                out[i] = (1 - weight) * lexical[i] + weight * model[i];
            }
        }
        return out;
    }
}
