import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Latency of list pages at several depths, for bench/deep-page.sh. A page at depth d starts after the row at
 * offset d-1, whose sort key the script reads with SQL; the cursor for it is made the way the server makes
 * them (HMAC-SHA256 over the list name and {@code ["<epoch micros>","<id>"]}, keyed from JWT_SECRET). The
 * forged cursor of the first page's last row is first compared with the server's own {@code next_cursor}, so
 * a change of the cursor format stops the run instead of measuring 400s.
 *
 * <pre>java bench/PageLatency.java BASE TOKEN ROUNDS LIST PATH CHECK_MICROS CHECK_ID LABEL:MICROS:ID ...</pre>
 * (LABEL:: for the first page). Env JWT_SECRET. Prints one line per depth and {@code ratio_deep_first=...}.
 */
public final class PageLatency {
    private static final Pattern NEXT = Pattern.compile("\"next_cursor\"\\s*:\\s*(null|\"([^\"]*)\")");
    private static final Pattern ITEM_ID = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        if (args.length < 8) {
            System.err.println("usage: PageLatency BASE TOKEN ROUNDS LIST PATH CHECK_MICROS CHECK_ID LABEL:MICROS:ID...");
            System.exit(2);
        }
        String base = args[0];
        if (!base.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        String token = args[1];
        int rounds = Integer.parseInt(args[2]);
        String list = args[3];
        String path = args[4];
        byte[] key = hmac(System.getenv("JWT_SECRET").getBytes(StandardCharsets.UTF_8),
                "agentdata cursor key v1".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String first = get(http, base + path, token);
        Matcher next = NEXT.matcher(first);
        String forged = cursor(key, list, args[5], args[6]);
        if (!next.find() || next.group(2) == null || !next.group(2).equals(forged)) {
            System.err.println("error: the server's next_cursor differs from the forged one; cursor format changed? "
                    + "server=" + (next.find(0) ? next.group(1) : "none") + " forged=" + forged);
            System.exit(1);
        }

        List<String> labels = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (int i = 7; i < args.length; i++) {
            String[] p = args[i].split(":", 3);
            labels.add(p[0]);
            urls.add(p[1].isEmpty() ? base + path
                    : base + path + "&cursor=" + URLEncoder.encode(cursor(key, list, p[1], p[2]), StandardCharsets.UTF_8));
        }
        int pageSize = -1;
        for (int i = 0; i < urls.size(); i++) {
            String body = get(http, urls.get(i), token);
            int items = countItems(body);
            if (pageSize < 0) {
                pageSize = items;
            }
            if (items != pageSize) {
                System.err.printf("error: page %s has %d items, the first %d%n", labels.get(i), items, pageSize);
                System.exit(1);
            }
        }
        for (int w = 0; w < Math.max(20, rounds / 5); w++) {
            for (String url : urls) {
                get(http, url, token);
            }
        }
        long[][] lat = new long[urls.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < urls.size(); i++) {
                long t0 = System.nanoTime();
                get(http, urls.get(i), token);
                lat[i][r] = System.nanoTime() - t0;
            }
        }
        double firstMedian = 0;
        double lastMedian = 0;
        for (int i = 0; i < urls.size(); i++) {
            long[] l = lat[i];
            Arrays.sort(l);
            double median = l[rounds / 2] / 1e6;
            if (i == 0) {
                firstMedian = median;
            }
            lastMedian = median;
            System.out.printf("  %-22s median=%7.2f ms  p90=%7.2f ms  min=%7.2f ms  (%d requests, %d items each)%n",
                    labels.get(i), median, l[(int) (rounds * 0.9)] / 1e6, l[0] / 1e6, rounds, pageSize);
        }
        System.out.printf("ratio_deep_first=%.2f%n", lastMedian / firstMedian);
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " -> " + res.statusCode() + " " + res.body());
        }
        return res.body();
    }

    private static int countItems(String body) {
        int itemsAt = body.indexOf("\"items\"");
        Matcher m = ITEM_ID.matcher(body);
        int n = 0;
        int from = Math.max(0, itemsAt);
        while (m.find(from)) {
            n++;
            from = m.end();
        }
        return n;
    }

    private static String cursor(byte[] key, String list, String micros, String id) {
        byte[] payload = ("[\"" + micros + "\",\"" + id + "\"]").getBytes(StandardCharsets.UTF_8);
        byte[] name = (list + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(name, name.length + payload.length);
        System.arraycopy(payload, 0, all, name.length, payload.length);
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        return enc.encodeToString(payload) + "." + enc.encodeToString(hmac(key, all));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
