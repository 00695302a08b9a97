package dev.agentdata.application.service.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.agentdata.application.service.WiredServices;
import dev.agentdata.application.service.UseCaseTest;
import dev.agentdata.application.port.in.execution.StartExecutionCommand;
import dev.agentdata.application.port.in.graph.GraphInput;
import dev.agentdata.application.port.in.graph.LinkInput;
import dev.agentdata.application.port.out.Page;
import dev.agentdata.application.port.out.PageRequest;
import dev.agentdata.domain.common.NotFoundException;
import dev.agentdata.domain.common.ValidationException;
import dev.agentdata.domain.common.Violation;
import dev.agentdata.domain.execution.GraphExecution;
import dev.agentdata.domain.graph.Graph;
import dev.agentdata.domain.graph.GraphSummary;
import dev.agentdata.domain.graph.GraphVersionInfo;
import dev.agentdata.domain.graph.Node;
import dev.agentdata.domain.user.UserContext;

/** Graph use cases, on each storage adapter that runs them. */
public abstract class GraphServiceTest extends UseCaseTest {
    private final UserContext ada = app.newActor();
    private final UserContext bob = app.newActor();

    @Test
    void validGraph_create_storesActiveVersionOne_withServerLinkIdsAndMicrosecondTimes() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("first"));

        assertThat(g.version()).isEqualTo(1);
        assertThat(g.active()).isTrue();
        assertThat(g.userId()).isEqualTo(ada.userId());
        assertThat(g.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(g.content().links()).allSatisfy(l -> assertThat(l.id().getMostSignificantBits()).isEqualTo(0xA11CEL));
        assertThat(app.graphQueries.getActive(ada, g.id())).isEqualTo(g);
    }

    @Test
    void invalidGraph_create_listsEveryViolation() {
        GraphInput bad = new GraphInput("", null, false,
                List.of(new Node("a", "no-such-block", null, null, null, null),
                        new Node("a", dev.agentdata.domain.graph.BuiltInBlocks.AGENT_OUTPUT, null, null, null, null)),
                List.of(new LinkInput("a", "ghost", "x", "y", false)));

        assertThatThrownBy(() -> app.graphCommands.create(ada, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path)
                        .contains("name", "nodes[0].block_id", "nodes[1].id", "links[0].sink_id"));
        assertThat(app.graphQueries.list(ada, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void update_storesMaxPlusOne_asTheActiveVersion() {
        Graph v1 = app.graphCommands.create(ada, WiredServices.inputToOutput("first"));
        clock.advanceMillis(10);

        Graph v2 = app.graphCommands.update(ada, v1.id(), WiredServices.inputToOutput("second"));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.active()).isTrue();
        assertThat(app.graphQueries.getActive(ada, v1.id()).content().name()).isEqualTo("second");
        assertThat(app.graphQueries.getVersion(ada, v1.id(), 1).content().name()).isEqualTo("first");
        assertThat(app.graphQueries.listVersions(ada, v1.id())).extracting(GraphVersionInfo::version).containsExactly(2, 1);
    }

    @Test
    void setActiveVersion_switchesBack_andMissingVersionIsNotFound() {
        Graph v1 = app.graphCommands.create(ada, WiredServices.inputToOutput("first"));
        app.graphCommands.update(ada, v1.id(), WiredServices.inputToOutput("second"));

        Graph active = app.graphCommands.setActiveVersion(ada, v1.id(), 1);

        assertThat(active.version()).isEqualTo(1);
        assertThat(active.active()).isTrue();
        assertThatThrownBy(() -> app.graphCommands.setActiveVersion(ada, v1.id(), 9)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphQueries.getVersion(ada, v1.id(), 9)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherUsersGraph_isNotFound_forEveryUseCase() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("mine"));
        UUID id = g.id();

        assertThatThrownBy(() -> app.graphQueries.getActive(bob, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphQueries.getVersion(bob, id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphQueries.listVersions(bob, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphCommands.update(bob, id, WiredServices.inputToOutput("x"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphCommands.setActiveVersion(bob, id, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphCommands.delete(bob, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.starts.start(bob, new StartExecutionCommand(id, OptionalInt.empty(), Map.of("in", 1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.graphQueries.getActive(ada, id)).isEqualTo(g);
        assertThat(app.graphQueries.list(bob, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void sharedVersion_isReadableAndExecutableByAnyone_butOnlyThatVersion() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("shared"));
        app.graphCommands.update(ada, g.id(), WiredServices.inputToOutput("private"));
        app.shared = sharing(g, 1);

        assertThat(app.graphQueries.getVersion(bob, g.id(), 1).content().name()).isEqualTo("shared");
        assertThat(app.starts.start(bob, new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", 1))).userId())
                .isEqualTo(bob.userId());
        assertThatThrownBy(() -> app.graphQueries.getVersion(bob, g.id(), 2)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphQueries.getActive(bob, g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphCommands.delete(bob, g.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sharedActiveVersion_isExecutableWithoutAVersion_untilAnUnsharedVersionBecomesActive() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("shared"));
        app.shared = sharing(g, 1);

        GraphExecution run = app.starts.start(bob, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", 1)));

        assertThat(run.graphVersion()).isEqualTo(1);
        assertThat(run.userId()).isEqualTo(bob.userId());
        app.graphCommands.update(ada, g.id(), WiredServices.inputToOutput("private"));
        assertThatThrownBy(() -> app.starts.start(bob, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", 1)))
                .graphVersion()).isEqualTo(2);
    }

    @Test
    void runOfASharedVersion_takesNodesOfThatVersion_evenOnceItIsNoLongerShared() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("shared"));
        app.shared = sharing(g, 1);
        GraphExecution run = app.starts.start(bob, new StartExecutionCommand(g.id(), OptionalInt.of(1), Map.of("in", 1)));
        String nodeId = g.content().nodes().getFirst().id();

        app.shared = graphId -> graphId.equals(g.id())
                ? Optional.of(new SharedGraph(ada.userId(), Set.of())) : Optional.empty();

        assertThat(app.nodes.add(bob, run.id(), nodeId, Map.of()).nodeId()).isEqualTo(nodeId);
        assertThatThrownBy(() -> app.nodes.add(bob, run.id(), "no-such-node", Map.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> app.graphQueries.getVersion(bob, g.id(), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void delete_removesTheGraphAndItsExecutions() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("doomed"));
        var run = app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", 1)));

        app.graphCommands.delete(ada, g.id());

        assertThatThrownBy(() -> app.graphQueries.getActive(ada, g.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.executionQueries.get(ada, run.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> app.graphCommands.delete(ada, g.id())).isInstanceOf(NotFoundException.class);
    }

    /** Only {@code version} of {@code g} is shared, by its owner. */
    private static SharedGraphVersions sharing(Graph g, int version) {
        return graphId -> graphId.equals(g.id())
                ? Optional.of(new SharedGraph(g.userId(), Set.of(version))) : Optional.empty();
    }

    @Test
    void list_showsStatistics_andTotalWhenAsked() {
        Graph g = app.graphCommands.create(ada, WiredServices.inputToOutput("with runs"));
        app.graphCommands.create(ada, WiredServices.inputToOutput("idle"));
        app.starts.start(ada, new StartExecutionCommand(g.id(), OptionalInt.empty(), Map.of("in", 1)));

        Page<GraphSummary> page = app.graphQueries.list(ada, new PageRequest(1, Optional.empty(), true));

        assertThat(page.total()).hasValue(2);
        assertThat(page.items()).hasSize(1);
        assertThat(page.next()).isPresent();
        GraphSummary s = app.graphQueries.list(ada, PageRequest.first(10)).items().stream()
                .filter(x -> x.id().equals(g.id())).findFirst().orElseThrow();
        assertThat(s.executionCount()).isEqualTo(1);
        assertThat(s.successRate()).isEqualTo(0.0);
        assertThat(app.graphQueries.list(ada, PageRequest.first(10)).total()).isEmpty();
    }
}
