package dev.agentdata.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The strict Prometheus reader accepts valid text and names each thing a scraper rejects. */
class PrometheusTextTest {
    private static final String HISTOGRAM = """
            # HELP lat_seconds Latency
            # TYPE lat_seconds histogram
            lat_seconds_bucket{route="/a",le="0.1",} 1.0
            lat_seconds_bucket{route="/a",le="+Inf",} 2.0
            lat_seconds_count{route="/a",} 2.0
            lat_seconds_sum{route="/a",} 0.3
            """;

    @Test
    void validText_hasNoProblems() {
        assertThat(PrometheusText.problems(HISTOGRAM + """
                # TYPE up gauge
                up 1
                # TYPE requests_total counter
                requests_total{status="200"} 3.0 1700000000000
                requests_total{status="500",path="a \\"quoted\\" \\\\ value"} NaN
                """)).isEmpty();
    }

    @Test
    void quantilesInAHistogramFamily_areRejected() {
        assertThat(PrometheusText.problems(HISTOGRAM + "lat_seconds{route=\"/a\",quantile=\"0.5\",} 0.1\n"))
                .singleElement().asString().contains("does not belong in a histogram family");
    }

    @Test
    void aSecondType_aTypeAfterSamples_andSplitFamilies_areRejected() {
        assertThat(PrometheusText.problems("""
                # TYPE a gauge
                a 1
                # TYPE b gauge
                b 1
                a{x="1"} 2
                # TYPE b counter
                """)).hasSize(2).anySatisfy(p -> assertThat(p).contains("samples of a are not together"))
                .anySatisfy(p -> assertThat(p).contains("a second TYPE for b"));
        assertThat(PrometheusText.problems("a 1\n# TYPE a gauge\n")).singleElement().asString()
                .contains("TYPE of a after its samples");
    }

    @Test
    void bucketsWithoutInf_notCumulative_orACountThatDisagrees_areRejected() {
        assertThat(PrometheusText.problems("""
                # TYPE h histogram
                h_bucket{le="1"} 5
                h_bucket{le="2"} 4
                h_count 4
                """)).anySatisfy(p -> assertThat(p).contains("cumulative"))
                .anySatisfy(p -> assertThat(p).contains("no le=\"+Inf\" bucket"));
        assertThat(PrometheusText.problems("# TYPE h histogram\nh_bucket{le=\"+Inf\"} 4\nh_count 5\n"))
                .singleElement().asString().contains("_count 5.0 is not the +Inf bucket 4.0");
    }

    @Test
    void malformedLines_andDuplicateSeries_areRejected() {
        assertThat(PrometheusText.problems("a{x=1} 2\nb 1\nb 2\n"))
                .anySatisfy(p -> assertThat(p).contains("not a sample"))
                .anySatisfy(p -> assertThat(p).contains("b{} twice"));
    }
}
