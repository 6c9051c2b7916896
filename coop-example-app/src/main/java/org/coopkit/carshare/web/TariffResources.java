package org.coopkit.carshare.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coopkit.carshare.CarshareModule;
import org.coopkit.carshare.tariffs.Distance;
import org.coopkit.carshare.tariffs.QuoteId;
import org.coopkit.carshare.web.Views.QuoteView;
import org.coopkit.carshare.web.Views.TariffView;
import org.coopkit.core.web.BadRequest;

/** The tariff and quote REST resources. Each method parses, calls one service method and maps the result. */
public final class TariffResources {
    private TariffResources() {
    }

    @Path("/api/tariffs")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Tariffs {
        private final CarshareModule app;

        Tariffs(CarshareModule app) {
            this.app = app;
        }

        /** The tariff in force: public, the same for everyone. */
        @GET
        @Path("current")
        public TariffView current() {
            return TariffView.of(app.tariffs().current());
        }

        @GET
        public List<TariffView> history() {
            return app.tariffs().history().stream().map(TariffView::of).toList();
        }

        @GET
        @Path("{version}")
        public TariffView version(@PathParam("version") int version) {
            return TariffView.of(app.tariffs().version(version));
        }
    }

    @Path("/api/quotes")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Quotes {
        private final CarshareModule app;

        Quotes(CarshareModule app) {
            this.app = app;
        }

        public record QuoteBody(@NotNull Instant start, @NotNull Instant end, @Min(0) @Max(Distance.MAX_KM) int km) {
        }

        /** A quote is public: who asks is not an input of the price. */
        @POST
        public Response quote(@Valid QuoteBody body) {
            BadRequest.requireBody(body);
            var q = app.tariffs().quote(body.start(), body.end(), body.km());
            return Response.created(URI.create("/api/quotes/" + q.id())).entity(QuoteView.of(q)).build();
        }

        @GET
        @Path("{id}")
        public QuoteView get(@PathParam("id") UUID id) {
            return QuoteView.of(app.tariffs().findQuote(new QuoteId(id)));
        }
    }
}
