package org.coopkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coopkit.core.actors.AccessDenied;
import org.coopkit.core.actors.Actor;
import org.coopkit.core.actors.Role;
import org.coopkit.core.persistence.Database;

/**
 * Table-driven wrong-role tests: each row names a role-guarded service method ({@code "VotingService.open"})
 * and the roles its guard accepts. {@link #assertRefused} calls every public overload of that method with an
 * actor lacking those roles and placeholder arguments (null, zero, empty), and expects the named refusal
 * {@link AccessDenied} with exactly those roles in {@link AccessDenied#required()}, and no row changed. A
 * guard that runs after a lookup, or is missing, shows as another exception or a changed table.
 *
 * @param <M> the modules a test builds on one database
 */
public record RoleGuards<M>(String name, Function<M, Object> service, List<Role> required) {

    /** A row: {@code method} is {@code Class.method}; the class part is for the reader and checked. */
    public static <M> RoleGuards<M> guarded(String method, Function<M, Object> service, Role... required) {
        return new RoleGuards<>(method, service, List.of(required));
    }

    @Override
    public String toString() {
        return name + " needs " + required;
    }

    /** The actor that must be refused: holds every role except {@link #required()}, or is not admitted when MEMBER is required. */
    public Actor wrongActor(org.coopkit.core.CoreModule core) {
        // one such member per co-op and role set: admitting and granting costs more than the call under test
        return WRONG.computeIfAbsent(new Key(core, Set.copyOf(required)), k -> CoreFixtures.lacking(core, required.toArray(Role[]::new)));
    }

    private record Key(org.coopkit.core.CoreModule core, Set<Role> roles) {
    }

    private static final Map<Key, Actor> WRONG = new java.util.concurrent.ConcurrentHashMap<>();

    /** Calls the method as {@code actor} and checks the refusal and that {@code db} is unchanged. */
    public void assertRefused(M modules, Actor actor, Database db) {
        Object target = service.apply(modules);
        String cls = name.substring(0, name.indexOf('.'));
        String method = name.substring(name.indexOf('.') + 1);
        assertThat(target.getClass().getSimpleName()).as("the row names the class").isEqualTo(cls);
        List<Method> overloads = Arrays.stream(target.getClass().getMethods())
                .filter(m -> m.getName().equals(method) && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == Actor.class).toList();
        assertThat(overloads).as(name + " taking an Actor first").isNotEmpty();
        for (Method m : overloads) {
            Map<String, Long> before = TableCounts.of(db);
            Object[] args = placeholders(m, actor);
            try {
                m.invoke(target, args);
                fail(m + " ran for " + actor + ", which lacks " + required);
            } catch (InvocationTargetException e) {
                assertThat(e.getCause()).as(m.toString()).isInstanceOf(AccessDenied.class);
                assertThat(((AccessDenied) e.getCause()).required()).as(m.toString()).containsExactlyInAnyOrderElementsOf(required);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            assertThat(TableCounts.of(db)).as("nothing changed after " + m).isEqualTo(before);
        }
    }

    private static Object[] placeholders(Method m, Actor actor) {
        Class<?>[] types = m.getParameterTypes();
        Object[] args = new Object[types.length];
        args[0] = actor;
        for (int i = 1; i < types.length; i++) args[i] = placeholder(types[i]);
        return args;
    }

    private static Object placeholder(Class<?> type) {
        if (type == boolean.class) return false;
        if (type == int.class) return 0;
        if (type == long.class) return 0L;
        if (type == Optional.class) return Optional.empty();
        if (type == List.class) return List.of();
        if (type == Set.class) return Set.of();
        return null;
    }
}
