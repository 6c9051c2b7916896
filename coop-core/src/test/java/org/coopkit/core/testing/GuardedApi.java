package org.coopkit.core.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The guarded-API rule of docs/api.md, for each library module's architecture test: every public
 * method of a service takes the {@code Actor} doing the call (and checks it), unless it is on the
 * module's short allow-list. A service is a public class outside {@code internal} and {@code web}
 * packages that a {@code *Module} hands out, or whose name ends in {@code Service}. An unguarded method
 * is how an embedding app bypasses authorization without noticing; this rule makes adding one a
 * deliberate, documented act.
 */
public final class GuardedApi {
    private static final String ACTOR = "org.coopkit.core.actors.Actor";

    /** Types a module hands out that are wiring or seams between modules, not services (docs/api.md). */
    public static final Set<String> NOT_SERVICES = Set.of(
            "org.coopkit.core.CoreModule", "org.coopkit.core.persistence.Database", "org.coopkit.core.persistence.Transactions",
            "org.coopkit.core.statutes.CoopStatutes", "org.coopkit.core.members.Members", "org.coopkit.core.audit.AuditLog",
            "org.coopkit.core.privacy.PersonalData", "org.coopkit.governance.GovernanceRules", "org.coopkit.ledger.allocation.AllocationPolicy");

    private GuardedApi() {
    }

    /**
     * Fails, naming each offender, when a public instance method of a service of {@code classes} takes no
     * {@code Actor} and is not in {@code allowed} ({@code "SimpleClassName.method"}).
     */
    public static void check(JavaClasses classes, Set<String> allowed) {
        Set<String> services = services(classes);
        Set<String> used = new HashSet<>();
        methods().that(new DescribedPredicate<JavaMethod>("are public instance methods of a service") {
                    @Override
                    public boolean test(JavaMethod m) {
                        return services.contains(m.getOwner().getName()) && m.getModifiers().contains(JavaModifier.PUBLIC)
                                && !m.getModifiers().contains(JavaModifier.STATIC) && !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !m.getModifiers().contains(JavaModifier.BRIDGE);
                    }
                })
                .should(new ArchCondition<JavaMethod>("take the Actor doing the call, or be on the documented allow-list") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        String key = m.getOwner().getSimpleName() + "." + m.getName();
                        boolean guarded = m.getRawParameterTypes().stream().anyMatch(t -> t.getName().equals(ACTOR));
                        if (allowed.contains(key)) used.add(key);
                        if (!guarded && !allowed.contains(key)) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName() + " takes no Actor: add one and check it, move it to an"
                                    + " internal package, or put " + key + " on the allow-list of docs/api.md with the reason"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
        Set<String> stale = new HashSet<>(allowed);
        stale.removeAll(used);
        if (!stale.isEmpty()) throw new AssertionError("allow-list entries that name no unguarded public method any more: " + stale);
    }

    /**
     * Fails, naming each offender, when a public constructor of a public class outside {@code internal}
     * packages takes a parameter whose type lives in an {@code internal} package (docs/api.md): such a
     * constructor makes the internals part of the API. Modules are built through their {@code XxxModule};
     * a service builds its internal collaborators itself from public ones.
     */
    public static void checkConstructors(JavaClasses classes) {
        constructors().that(new DescribedPredicate<JavaConstructor>("are public constructors of public classes outside internal packages") {
                    @Override
                    public boolean test(JavaConstructor c) {
                        JavaClass owner = c.getOwner();
                        return c.getModifiers().contains(JavaModifier.PUBLIC) && owner.getModifiers().contains(JavaModifier.PUBLIC)
                                && !owner.getPackageName().contains(".internal") && !owner.getName().contains("$");
                    }
                })
                .should(new ArchCondition<JavaConstructor>("take no parameter whose type lives in an internal package") {
                    @Override
                    public void check(JavaConstructor c, ConditionEvents events) {
                        for (JavaClass t : c.getRawParameterTypes()) {
                            if (t.getPackageName().contains(".internal")) {
                                events.add(SimpleConditionEvent.violated(c, c.getFullName() + " takes " + t.getName()
                                        + ", an internal type: make the constructor package-private, or build the internal collaborator inside"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The services of {@code classes}: what the modules hand out, and every public {@code *Service}. */
    public static Set<String> services(JavaClasses classes) {
        Set<String> out = new HashSet<>();
        for (JavaClass c : classes) {
            if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.getPackageName().contains(".internal")) continue;
            if (c.getSimpleName().endsWith("Service") && !c.getPackageName().endsWith(".web")) out.add(c.getName());
            if (c.getSimpleName().endsWith("Module")) {
                for (JavaMethod m : c.getMethods()) {
                    JavaClass t = m.getRawReturnType();
                    if (m.getModifiers().contains(JavaModifier.PUBLIC) && t.getPackageName().startsWith("org.coopkit") && !t.isRecord()
                            && !t.isEnum() && !NOT_SERVICES.contains(t.getName())) {
                        out.add(t.getName());
                    }
                }
            }
        }
        return out.stream().filter(n -> classes.contain(n)).collect(Collectors.toSet());
    }
}
