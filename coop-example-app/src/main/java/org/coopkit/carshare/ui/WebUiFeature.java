package org.coopkit.carshare.ui;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import org.coopkit.carshare.CarshareApp;

/**
 * The server-rendered web app for members, the treasurer and the board, on the same services as
 * the REST API. Pages live outside {@code /api}, log in with a session cookie, carry a CSRF token
 * on every form and answer refusals with readable pages.
 */
public final class WebUiFeature implements Feature {
    private final CarshareApp app;

    public WebUiFeature(CarshareApp app) {
        this.app = app;
    }

    @Override
    public boolean configure(FeatureContext context) {
        Ui ui = new Ui(app);
        context.register(new SameOriginPosts(ui));
        context.register(new SessionFilter(app.core().auth()));
        context.register(new FormPostsOnly(ui));
        context.register(new ErrorPages(ui));
        context.register(new StaticFiles());
        context.register(new LoginPages(ui));
        context.register(new PasswordResetPages(ui));
        context.register(new SignUpPages(ui));
        context.register(new LanguagePages(ui));
        context.register(new PolicyPage(ui));
        context.register(new HomePage(ui));
        context.register(new CarPages(ui));
        context.register(new BookingPages(ui));
        context.register(new TripStatementPages(ui));
        context.register(new BoardPages(ui));
        context.register(new MemberLedgerPages(ui));
        context.register(new MyDataPages(ui));
        context.register(new ConsentPages(ui));
        context.register(new AccessLogPage(ui));
        context.register(new LoyaltyPages(ui));
        context.register(new ErasurePages(ui));
        context.register(new SessionPages(ui));
        context.register(new BoardRolePages(ui));
        context.register(new TreasurerPages(ui));
        context.register(new PayoutPages(ui));
        context.register(new IncomeStatementPages(ui));
        Governance.of(app).ifPresent(gov -> {
            VotePages votes = new VotePages(ui, gov);
            context.register(votes);
            context.register(new ProxyPages(ui, gov, votes));
            context.register(new BoardBallotPages(ui, gov));
            context.register(new ProposalPages(ui));
            context.register(new AssemblyPages(ui, gov));
            InformedBallotPages.all(ui, gov).forEach(context::register);
            BallotOutcomePages.all(ui, gov).forEach(context::register);
            context.register(new MinutesPages(ui, gov));
        });
        return true;
    }
}
