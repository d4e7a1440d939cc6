package dev.navi.metrics.direction;

/**
 * Weights of the patent control strength (专利控制力) in {@link DirectionModule}.
 *
 * <p>Combined control = (technology·T + product·P + market·M) / (sum of the weights of the components that are
 * defined); a component that is undefined for an actor (e.g. product control when the node has no key-product
 * branch) is dropped and the remaining weights are renormalised.
 *
 * <p>Record quality q = 1 + cite·ĉ + family·f̂ + grant·g + claims·k̂, where ĉ, f̂, k̂ are the record's forward
 * citations, family size and claim count divided by the mean of its application-year cohort (whole dataset), capped
 * at {@value DirectionModule#QUALITY_CAP}, and g is 1 for a granted record, else 0.
 *
 * <p>Market control = (1 − ops)·coverage + ops·(legal events of the actor / legal events in the node), the second
 * term only where the node has transfer, licence or litigation events; otherwise market control = coverage.
 *
 * @param technology weight of technology control in the combined value (default 0.4)
 * @param product    weight of product control (default 0.3)
 * @param market     weight of market control (default 0.3)
 * @param cite       quality weight of normalised forward citations (default 0.4)
 * @param family     quality weight of normalised family size (default 0.3)
 * @param grant      quality weight of the granted flag (default 0.2)
 * @param claims     quality weight of normalised claim count (default 0.1)
 * @param ops        share of operation events (transfers, licences, litigations) in market control (default 0.3)
 */
public record ControlWeights(double technology, double product, double market, double cite, double family,
                             double grant, double claims, double ops) {
    public ControlWeights {
        for (double w : new double[]{technology, product, market, cite, family, grant, claims, ops}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("control weights must be finite and ≥ 0");
            }
        }
        if (technology + product + market <= 0) {
            throw new IllegalArgumentException("at least one of technology, product, market must be > 0");
        }
        if (ops > 1) {
            throw new IllegalArgumentException("ops must be in 0..1: " + ops);
        }
    }

    /** The weights in one Chinese phrase, for the control-strength table's note. */
    public String describeZh() {
        return "技术控制力" + technology + "、产品控制力" + product + "、市场控制力" + market + "；质量系数中被引" + cite + "、同族" + family
                + "、授权" + grant + "、权利要求" + claims + "；市场控制力中运营事件" + ops;
    }

    /** Technology 0.4, product 0.3, market 0.3; cite 0.4, family 0.3, grant 0.2, claims 0.1; ops 0.3. */
    public static ControlWeights defaults() {
        return new ControlWeights(0.4, 0.3, 0.3, 0.4, 0.3, 0.2, 0.1, 0.3);
    }
}
