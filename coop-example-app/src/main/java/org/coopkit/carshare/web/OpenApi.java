package org.coopkit.carshare.web;

import io.swagger.v3.jaxrs2.integration.resources.BaseOpenApiResource;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import jakarta.servlet.ServletConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** The OpenAPI description of the whole API at {@code /api/openapi.json} (or {@code .yaml}). */
@Path("/api/openapi.{type:json|yaml}")
public final class OpenApi extends BaseOpenApiResource {
    @Context
    ServletConfig config;
    @Context
    Application app;

    public OpenApi() {
        openApiConfiguration = new SwaggerConfiguration()
                .openAPI(new OpenAPI().info(new Info().title("CoopKit car-sharing co-op API").version("0.1.0")
                        .description("Members, one-member-one-vote governance, the co-op's ledger and car sharing. "
                                + "Errors are application/problem+json (RFC 9457).")))
                .resourcePackages(Set.of("org.coopkit"))
                .prettyPrint(true);
    }

    @GET
    @Produces({"application/json", "application/yaml"})
    public Response getOpenApi(@Context HttpHeaders headers, @Context UriInfo uriInfo, @PathParam("type") String type) throws Exception {
        return super.getOpenApi(headers, config, app, uriInfo, type);
    }
}
