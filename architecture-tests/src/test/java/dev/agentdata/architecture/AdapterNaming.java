package dev.agentdata.architecture;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The naming condition of {@link ArchitectureRules#repositoryAdaptersAreNamedTechnologyPlusPort(String)}: each
 * repository-like adapter class is {@code <Technology><Port>}, and the technology prefix is read off the classes
 * themselves, so it must be one and the same across an adapter (InMemory..., Postgres..., Caching...).
 */
final class AdapterNaming extends ArchCondition<JavaClass> {
    private final String root;
    /** Adapter name to technology prefix to the first class that used it. */
    private final Map<String, Map<String, JavaClass>> prefixes = new TreeMap<>();

    AdapterNaming(String root) {
        super("be named <technology> + port, with one technology prefix per adapter");
        this.root = root;
    }

    @Override
    public void init(Collection<JavaClass> allObjectsToTest) {
        prefixes.clear();
    }

    @Override
    public void check(JavaClass item, ConditionEvents events) {
        Optional<String> adapter = ArchitectureRules.adapterOf(root, item.getPackageName());
        if (adapter.isEmpty()) {
            return;
        }
        List<String> ports = item.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().startsWith(root + ".application.port.out"))
                .map(JavaClass::getSimpleName)
                .filter(n -> n.endsWith("Repository") || n.endsWith("Ledger"))
                .toList();
        if (ports.isEmpty()) {
            return;
        }
        String name = item.getSimpleName();
        Optional<String> prefix = ports.stream()
                .filter(p -> name.endsWith(p) && name.length() > p.length())
                .map(p -> name.substring(0, name.length() - p.length()))
                .filter(p -> Character.isUpperCase(p.charAt(0)))
                .findFirst();
        if (prefix.isEmpty()) {
            events.add(SimpleConditionEvent.violated(item, item.getName() + " implements " + ports
                    + " but is not named <Technology><Port>"));
            return;
        }
        prefixes.computeIfAbsent(adapter.get(), a -> new TreeMap<>()).putIfAbsent(prefix.get(), item);
    }

    @Override
    public void finish(ConditionEvents events) {
        prefixes.forEach((adapter, byPrefix) -> {
            if (byPrefix.size() > 1) {
                JavaClass example = byPrefix.values().iterator().next();
                events.add(SimpleConditionEvent.violated(example, "adapter " + adapter + " names its classes with "
                        + byPrefix.size() + " technology prefixes " + byPrefix.keySet() + " ("
                        + byPrefix.values().stream().map(JavaClass::getSimpleName).toList() + "); use one"));
            }
        });
    }
}
