package org.coopkit.core.web.internal;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.coopkit.core.CoreModule;
import org.coopkit.core.capital.CapitalAccount;
import org.coopkit.core.capital.CapitalRegister;
import org.coopkit.core.capital.CapitalService;
import org.coopkit.core.members.MemberId;
import org.coopkit.core.web.Actors;
import org.coopkit.core.web.BadRequest;
import org.coopkit.core.web.MoneyView;

/** Share capital over HTTP under {@code /api/capital}. */
@Path("/api/capital")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CapitalResource {
    private final CapitalService capital;

    public CapitalResource(CoreModule core) {
        this.capital = core.capital();
    }

    public record AccountView(String member, long membershipNumber, String name, int shares, MoneyView subscribed,
                              MoneyView paid, MoneyView redeemed, MoneyView held, MoneyView unpaid) {
        static AccountView of(CapitalAccount a) {
            return new AccountView(a.member().toString(), a.membershipNumber(), a.name(), a.shares(), MoneyView.of(a.subscribed()),
                    MoneyView.of(a.paid()), MoneyView.of(a.redeemed()), MoneyView.of(a.held()), MoneyView.of(a.unpaid()));
        }
    }

    public record RegisterView(List<AccountView> accounts, long totalShares, MoneyView totalSubscribed, MoneyView totalPaid,
                               MoneyView totalRedeemed, MoneyView totalHeld) {
    }

    public record SubscriptionBody(@Min(1) @Max(100_000) int shares) {
    }

    public record AmountBody(@NotNull @Valid MoneyView amount) {
    }

    @GET
    @Path("register")
    public RegisterView register(@Context SecurityContext sc) {
        CapitalRegister r = capital.register(Actors.of(sc));
        return new RegisterView(r.accounts().stream().map(AccountView::of).toList(), r.totalShares(),
                MoneyView.of(r.totalSubscribed()), MoneyView.of(r.totalPaid()), MoneyView.of(r.totalRedeemed()), MoneyView.of(r.totalHeld()));
    }

    @GET
    @Path("members/{id}")
    public AccountView account(@PathParam("id") UUID id, @Context SecurityContext sc) {
        return AccountView.of(capital.account(Actors.of(sc), new MemberId(id)));
    }

    @POST
    @Path("members/{id}/subscriptions")
    public AccountView subscribe(@PathParam("id") UUID id, @Valid SubscriptionBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return AccountView.of(capital.subscribe(Actors.of(sc), new MemberId(id), body.shares()));
    }

    @POST
    @Path("members/{id}/payments")
    public AccountView pay(@PathParam("id") UUID id, @Valid AmountBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return AccountView.of(capital.recordPayment(Actors.of(sc), new MemberId(id), body.amount().toMoney("amount")));
    }

    @POST
    @Path("members/{id}/redemptions")
    public AccountView redeem(@PathParam("id") UUID id, @Valid AmountBody body, @Context SecurityContext sc) {
        BadRequest.requireBody(body);
        return AccountView.of(capital.redeem(Actors.of(sc), new MemberId(id), body.amount().toMoney("amount")));
    }
}
