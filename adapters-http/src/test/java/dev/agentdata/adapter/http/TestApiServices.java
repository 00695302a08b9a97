package dev.agentdata.adapter.http;

import java.util.List;

import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.application.port.in.apikey.AuthenticateApiKeyUseCase;
import dev.agentdata.application.port.in.user.GetOrCreateUserUseCase;

/** What an HTTP test serves: the use cases authentication calls and the feature services, real or fake. */
interface TestApiServices {
    GetOrCreateUserUseCase identities();

    AuthenticateApiKeyUseCase apiKeys();

    List<ApiService> services(HttpToolkit http);

    /** The API over these services with {@code settings}. */
    default HttpApi api(HttpSettings settings) {
        HttpToolkit http = HttpToolkit.of(settings);
        return new HttpApi(http, identities(), apiKeys(), services(http));
    }
}
