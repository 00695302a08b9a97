package dev.agentdata.architecture;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaPackage;

/**
 * Tells storage adapter classes from the rest, with no table: a storage adapter is an adapter package that ships a
 * {@code StorageProvider}; its classes are storage unless they serve only ports that {@code StoragePorts} does not
 * hold (the static block catalog in the memory module).
 */
final class StorageAdapters {
    private StorageAdapters() {
    }

    static boolean isStorageClass(String root, JavaClass target) {
        Optional<String> adapter = ArchitectureRules.adapterOf(root, target.getPackageName());
        if (adapter.isEmpty()) {
            return false;
        }
        Optional<JavaClass> provider = adapterPackage(target.getPackage(), root + ".adapter." + adapter.get())
                .getClassesInPackageTree().stream()
                .flatMap(c -> c.getAllRawInterfaces().stream())
                .filter(i -> i.getName().equals(root + ".application.port.out.storage.StorageProvider"))
                .findFirst();
        if (provider.isEmpty()) {
            return false;
        }
        List<JavaClass> ports = target.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().startsWith(root + ".application.port.out"))
                .toList();
        Set<String> storagePorts = storagePorts(provider.get());
        return ports.isEmpty() || ports.stream().anyMatch(p -> storagePorts.contains(p.getName()));
    }

    private static JavaPackage adapterPackage(JavaPackage start, String name) {
        JavaPackage p = start;
        while (!p.getName().equals(name)) {
            p = p.getParent().orElseThrow(() -> new IllegalStateException(start.getName() + " is outside " + name));
        }
        return p;
    }

    /** The port types {@code StoragePorts} (beside the {@code StorageProvider} interface) holds. */
    private static Set<String> storagePorts(JavaClass providerInterface) {
        return providerInterface.getPackage().getClasses().stream()
                .filter(c -> c.getSimpleName().equals("StoragePorts"))
                .flatMap(c -> c.getFields().stream())
                .map(JavaField::getRawType)
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
    }
}
