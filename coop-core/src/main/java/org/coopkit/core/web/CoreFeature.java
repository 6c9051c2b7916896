package org.coopkit.core.web;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.coopkit.core.CoreModule;
import org.coopkit.core.web.internal.AnonymousWriteThrottle;
import org.coopkit.core.web.internal.AuthResource;
import org.coopkit.core.web.internal.RequestLimits;
import org.coopkit.core.web.internal.BearerTokenFilter;
import org.coopkit.core.web.internal.CapitalResource;
import org.coopkit.core.web.internal.JsonMapperProvider;
import org.coopkit.core.web.internal.MemberResource;
import org.coopkit.core.web.internal.ProblemMappers;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * The REST kit. Registers JSON (Jackson with java.time), Bean Validation, the bearer-token
 * authentication filter, the exception mappers that answer every refusal as
 * {@code application/problem+json} (never a stack trace), the request limits ({@link WebLimits}:
 * body size and deadline, anonymous writes), and core's resources under {@code /api}. Under
 * {@code /api} only a bearer token authenticates: cookies are ignored there.
 * Other modules' features register only their resources: their {@code CoopException}s are mapped
 * here.
 */
public final class CoreFeature implements Feature {
    private final CoreModule core;
    private final WebLimits limits;

    /**
     * The REST kit with the default {@link WebLimits}.
     *
     * @param core the wired core module
     */
    public CoreFeature(CoreModule core) {
        this(core, WebLimits.defaults());
    }

    /**
     * With request limits of one's own (body size and deadline, anonymous writes).
     *
     * @param core   the wired core module
     * @param limits the request limits to enforce
     */
    public CoreFeature(CoreModule core, WebLimits limits) {
        this.core = core;
        this.limits = limits;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        context.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        context.register(JacksonFeature.withoutExceptionMappers());
        context.register(JsonMapperProvider.class);
        context.register(ValidationFeature.class);
        ProblemMappers.registerAll(context);
        context.register(new RequestLimits(limits));
        context.register(new BearerTokenFilter(core.auth()));
        context.register(new AnonymousWriteThrottle(limits, core.clock()));
        context.register(new AuthResource(core.auth()));
        context.register(new MemberResource(core));
        context.register(new CapitalResource(core));
        context.register(new org.coopkit.core.web.internal.PrivacyResource.Policy(core));
        context.register(new org.coopkit.core.web.internal.PrivacyResource.Loyalty(core));
        return true;
    }
}
