package dev.agentdata.adapter.memory.store;

import java.util.List;

/** Postgres' {@code ts_rank} (default weights, normalization 0) in the same float arithmetic, so orders agree. */
final class TsRank {
    private TsRank() {
    }

    static float rank(WebSearchQuery q, TsVector doc) {
        List<String> items = q.operands();
        if (items.isEmpty()) {
            return 0f;
        }
        float res = q.conjunctive() && items.size() > 1 ? and(items, doc) : or(items, doc);
        return res < 0 ? 1e-20f : res;
    }

    private static float or(List<String> items, TsVector doc) {
        float res = 0f;
        for (String item : items) {
            List<TsVector.Pos> post = doc.positions(item);
            if (post == null) {
                continue;
            }
            float resj = 0f;
            float wjm = -1f;
            int jm = 0;
            for (int j = 0; j < post.size(); j++) {
                float w = post.get(j).weight();
                resj = resj + w / ((j + 1) * (j + 1));
                if (w > wjm) {
                    wjm = w;
                    jm = j;
                }
            }
            res = (float) (res + (wjm + resj - wjm / ((jm + 1) * (jm + 1))) / 1.64493406685);
        }
        return res / items.size();
    }

    private static float and(List<String> items, TsVector doc) {
        float res = -1f;
        for (int i = 0; i < items.size(); i++) {
            List<TsVector.Pos> post = doc.positions(items.get(i));
            if (post == null) {
                continue;
            }
            for (int k = 0; k < i; k++) {
                List<TsVector.Pos> ct = doc.positions(items.get(k));
                if (ct == null) {
                    continue;
                }
                for (TsVector.Pos l : post) {
                    for (TsVector.Pos p : ct) {
                        int dist = Math.abs(l.pos() - p.pos());
                        if (dist != 0) {
                            float curw = (float) Math.sqrt(l.weight() * p.weight() * wordDistance(dist));
                            res = res < 0 ? curw : (float) (1.0 - (1.0 - res) * (1.0 - curw));
                        }
                    }
                }
            }
        }
        return res;
    }

    private static float wordDistance(int w) {
        if (w > 100) {
            return 1e-30f;
        }
        return (float) (1.0 / (1.005 + 0.05 * Math.exp(((float) w) / 1.5 - 2)));
    }
}
