package dev.agentdata.adapter.http.event;

import static dev.agentdata.adapter.http.route.Access.READ_GRAPH;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;

import dev.agentdata.adapter.http.HttpToolkit;
import dev.agentdata.adapter.http.auth.CredentialRecheck;
import dev.agentdata.adapter.http.common.BadRequestCollector;
import dev.agentdata.adapter.http.common.PageResponse;
import dev.agentdata.adapter.http.common.PathParameters;
import dev.agentdata.adapter.http.common.QueryParameters;
import dev.agentdata.adapter.http.common.RequestUser;
import dev.agentdata.adapter.http.execution.ExecutionEventResponse;
import dev.agentdata.adapter.http.json.ResponseWriter;
import dev.agentdata.adapter.http.route.ApiService;
import dev.agentdata.adapter.http.route.Routes;
import dev.agentdata.application.port.in.execution.AwaitExecutionEventsUseCase;
import dev.agentdata.application.port.in.execution.AwaitExecutionEventsUseCase.Subscription;
import dev.agentdata.application.port.in.execution.ReadExecutionEventsUseCase;
import dev.agentdata.application.port.in.execution.ReadUserEventsUseCase;
import dev.agentdata.application.port.out.ExecutionEventLog.UserEventBatch;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.application.port.out.UserEventCursor;
import dev.agentdata.domain.execution.ExecutionEvent;
import dev.agentdata.domain.user.UserContext;

/**
 * Execution events: one execution's, replayed after a seq then live until its terminal event, and the caller's
 * graph-level events across executions. {@code Accept: text/event-stream} opens a server-sent event stream; any
 * other {@code Accept} answers a JSON page of the same events.
 */
public final class ExecutionEventsHttpService implements ApiService {
    static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    private static final String EVENT_STREAM = "text/event-stream";
    private static final int STREAM_BATCH = 100;

    private final ResponseWriter responses;
    private final ReadExecutionEventsUseCase executionEvents;
    private final ReadUserEventsUseCase userEvents;
    private final AwaitExecutionEventsUseCase wakeUps;
    private final EventStreamLoop loop;

    public ExecutionEventsHttpService(HttpToolkit http, ReadExecutionEventsUseCase executionEvents,
                                      ReadUserEventsUseCase userEvents, AwaitExecutionEventsUseCase wakeUps,
                                      EventStreamSettings settings) {
        this.responses = http.responses();
        this.executionEvents = executionEvents;
        this.userEvents = userEvents;
        this.wakeUps = wakeUps;
        this.loop = new EventStreamLoop(settings);
    }

    @Override
    public void routes(Routes routes) {
        routes.get("/api/v1/executions/{id}/events", READ_GRAPH, this::ofExecution)
                .get("/api/v1/events", READ_GRAPH, this::ofUser);
    }

    private void ofExecution(ServerRequest req, ServerResponse res) {
        UUID id = PathParameters.id(req, "id", "execution");
        UserContext actor = RequestUser.of(req);
        BadRequestCollector errors = new BadRequestCollector();
        long after = resumePoint(req, errors).map(s -> seq(s, errors)).orElse(0L);
        if (!wantsStream(req)) {
            int limit = limit(req, errors);
            errors.check();
            List<ExecutionEvent> events = executionEvents.after(actor, id, after, limit + 1);
            boolean more = events.size() > limit;
            List<ExecutionEvent> page = more ? events.subList(0, limit) : events;
            responses.json(res, Status.OK_200, new PageResponse<>(page.stream().map(ExecutionEventResponse::from)
                    .toList(), more ? Long.toString(page.getLast().seq()) : null, null));
            return;
        }
        errors.check();
        Subscription subscription = wakeUps.subscribe(id, actor.userId());
        long[] last = {after};
        List<ExecutionEvent> first;
        try {
            first = executionEvents.after(actor, id, after, STREAM_BATCH);
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
        List<List<ExecutionEvent>> pending = new ArrayList<>(List.of(first));
        boolean[] over = {first.isEmpty() && after > 0 && endedAt(actor, id, after)};
        loop.run(res.sink(SseSink.TYPE), () -> {
            if (over[0]) {
                // resumed after the terminal event: nothing more will come
                return new EventStreamLoop.Batch(List.of(), true);
            }
            List<ExecutionEvent> events = pending.isEmpty()
                    ? executionEvents.after(actor, id, last[0], STREAM_BATCH) : pending.removeFirst();
            List<EventStreamLoop.Frame> frames = new ArrayList<>();
            boolean ended = false;
            for (ExecutionEvent e : events) {
                frames.add(frame(Long.toString(e.seq()), e));
                last[0] = e.seq();
                ended = e.endsExecution();
            }
            return new EventStreamLoop.Batch(frames, ended);
        }, subscription, credential(req));
    }

    private void ofUser(ServerRequest req, ServerResponse res) {
        UserContext actor = RequestUser.of(req);
        BadRequestCollector errors = new BadRequestCollector();
        Optional<UserEventCursor> resume = resumePoint(req, errors).flatMap(token -> {
            Optional<UserEventCursor> c = UserEventCursor.fromToken(token);
            if (c.isEmpty()) {
                errors.add("Last-Event-ID", "not an event id this stream sent");
            }
            return c;
        });
        errors.check();
        if (!wantsStream(req)) {
            // a page is read whole, so its next cursor may start at the horizon after it
            UserEventBatch batch = userEvents.next(actor, resume);
            long lastId = batch.events().isEmpty() ? 0 : batch.events().getLast().id();
            responses.json(res, Status.OK_200, new PageResponse<>(batch.events().stream()
                    .map(ExecutionEventResponse::from).toList(), batch.next().token(lastId), null));
            return;
        }
        Subscription subscription = wakeUps.subscribe(null, actor.userId());
        UserEventCursor[] cursor = new UserEventCursor[1];
        try {
            cursor[0] = resume.isPresent() ? resume.get() : userEvents.next(actor, Optional.empty()).next();
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
        loop.run(res.sink(SseSink.TYPE), () -> {
            UserEventCursor from = cursor[0];
            UserEventBatch batch = userEvents.next(actor, Optional.of(from));
            cursor[0] = batch.next();
            // an id resumes from the horizon this batch was read at: a client cut off mid-batch misses nothing
            return new EventStreamLoop.Batch(batch.events().stream().map(e -> frame(from.token(e.id()), e)).toList(),
                    false);
        }, subscription, credential(req));
    }

    /** Whether the event {@code seq} of the execution was its terminal one. */
    private boolean endedAt(UserContext actor, UUID id, long seq) {
        List<ExecutionEvent> at = executionEvents.after(actor, id, seq - 1, 1);
        return !at.isEmpty() && at.getFirst().endsExecution();
    }

    private EventStreamLoop.Frame frame(String id, ExecutionEvent e) {
        return new EventStreamLoop.Frame(id, e.type().wireName(),
                new String(responses.bytes(ExecutionEventResponse.from(e)), StandardCharsets.UTF_8));
    }

    /** {@code Last-Event-ID} (a reconnect), else the {@code after} query parameter. */
    private static Optional<String> resumePoint(ServerRequest req, BadRequestCollector errors) {
        Optional<String> header = req.headers().first(LAST_EVENT_ID).map(String::trim).filter(s -> !s.isEmpty());
        return header.isPresent() ? header : QueryParameters.single(req.query(), "after", errors);
    }

    private static long seq(String value, BadRequestCollector errors) {
        try {
            long seq = Long.parseLong(value);
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("after", "must be an event id: an integer of at least 0");
        return 0;
    }

    private static int limit(ServerRequest req, BadRequestCollector errors) {
        Optional<String> raw = QueryParameters.single(req.query(), "limit", errors);
        if (raw.isEmpty()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.get());
            if (limit >= 1 && limit <= PageRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("limit", "must be an integer from 1 to " + PageRequest.MAX_LIMIT);
        return PageRequest.DEFAULT_LIMIT;
    }

    /** Only an explicit {@code text/event-stream} opens a stream; {@code *}{@code /*} and the rest get a page. */
    private static boolean wantsStream(ServerRequest req) {
        for (HttpMediaType type : req.headers().acceptedTypes()) {
            if (EVENT_STREAM.equalsIgnoreCase(type.mediaType().text()) && type.qualityFactor() > 0) {
                return true;
            }
        }
        return false;
    }

    private static CredentialRecheck credential(ServerRequest req) {
        return req.context().get(CredentialRecheck.class).orElse(() -> false);
    }
}
