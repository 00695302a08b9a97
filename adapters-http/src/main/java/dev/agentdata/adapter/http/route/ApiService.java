package dev.agentdata.adapter.http.route;

/** A feature's share of the HTTP API: it declares each of its routes once, with the access it demands and handler. */
public interface ApiService {
    void routes(Routes routes);
}
