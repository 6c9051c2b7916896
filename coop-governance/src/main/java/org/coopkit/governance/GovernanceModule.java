package org.coopkit.governance;

import java.time.Clock;
import java.util.List;
import org.coopkit.core.CoreModule;
import org.coopkit.core.decisions.DecisionHandlers;
import org.coopkit.core.persistence.Database;
import org.coopkit.core.persistence.ModuleSchema;
import org.coopkit.core.persistence.Transactions;
import org.coopkit.governance.assemblies.AssemblyService;
import org.coopkit.governance.ballots.BallotBoxKey;
import org.coopkit.governance.ballots.VotingService;
import org.coopkit.governance.assemblies.internal.AssemblyEntity;
import org.coopkit.governance.ballots.internal.BallotEntity;
import org.coopkit.governance.ballots.internal.BoxEntity;
import org.coopkit.governance.ballots.internal.DecisionAppliedEntity;
import org.coopkit.governance.ballots.internal.OpenVoteEntity;
import org.coopkit.governance.ballots.internal.ParticipationEntity;
import org.coopkit.governance.proxies.internal.ProxyEntity;
import org.coopkit.governance.ballots.internal.RollEntity;
import org.coopkit.governance.briefing.BriefingService;
import org.coopkit.governance.briefing.internal.BallotLinkEntity;
import org.coopkit.governance.briefing.internal.BriefingEntity;
import org.coopkit.governance.discussion.DiscussionPersonalData;
import org.coopkit.governance.discussion.DiscussionService;
import org.coopkit.governance.discussion.internal.CommentEntity;
import org.coopkit.governance.privacy.GovernancePersonalData;
import org.coopkit.governance.proxies.ProxyService;

/**
 * coop-governance for an embedding application: open the {@link Database} with core's schema then
 * {@link #SCHEMA}, and build the module from it, a clock, the {@link CoreModule}, the application's
 * {@link DecisionHandlers} (adopted resolutions act through them) and the statutes' {@link GovernanceRules}.
 */
public final class GovernanceModule {
    /**
     * The module's tables (Liquibase changelog and JPA entities), to open after core's schema.
     */
    public static final ModuleSchema SCHEMA = new ModuleSchema("governance", "db/changelog/governance/changelog.xml", List.of(
            BallotEntity.class, RollEntity.class, ParticipationEntity.class, BoxEntity.class, OpenVoteEntity.class,
            DecisionAppliedEntity.class, ProxyEntity.class, AssemblyEntity.class,
            BriefingEntity.class, BallotLinkEntity.class, CommentEntity.class,
            org.coopkit.governance.assemblies.internal.AssemblyCallEntity.class, org.coopkit.governance.ballots.internal.ReminderEntity.class));

    private final VotingService voting;
    private final ProxyService proxies;
    private final AssemblyService assemblies;
    private final GovernanceRules rules;
    private final BriefingService briefings;
    private final DiscussionService discussion;
    private final org.coopkit.governance.ballots.BallotMailer mailer;

    /**
     * With a fresh {@link BallotBoxKey}: secret votes cast before a restart can no longer be replaced (never by someone else).
     *
     * @param database the database opened with core's schema and {@link #SCHEMA}
     * @param clock the clock of every timestamp and deadline
     * @param core the core module (members, statutes, audit, consents, personal data)
     * @param decisions the application's handlers of adopted resolutions
     * @param rules the statutes' settings for assemblies and proxies
     */
    public GovernanceModule(Database database, Clock clock, CoreModule core, DecisionHandlers decisions, GovernanceRules rules) {
        this(database, clock, core, decisions, rules, BallotBoxKey.random());
    }

    /**
     * With the deployment's ballot box key, kept outside the database (docs/secret-revoting.md).
     *
     * @param database the database opened with core's schema and {@link #SCHEMA}
     * @param clock the clock of every timestamp and deadline
     * @param core the core module (members, statutes, audit, consents, personal data)
     * @param decisions the application's handlers of adopted resolutions
     * @param rules the statutes' settings for assemblies and proxies
     * @param boxKey the deployment's key for the owner tags of secret votes
     */
    public GovernanceModule(Database database, Clock clock, CoreModule core, DecisionHandlers decisions, GovernanceRules rules, BallotBoxKey boxKey) {
        this(database, clock, core, decisions, rules, boxKey, java.util.Optional.empty());
    }

    /**
     * With governance's mail (docs/mail.md): invitations when a ballot opens, reminders before the close
     * ({@link #mailer()}, scheduled by the application) and receipts on request, through core's outbox.
     *
     * @param database the database opened with core's schema and {@link #SCHEMA}
     * @param clock the clock of every timestamp and deadline
     * @param core the core module (members, statutes, audit, consents, personal data)
     * @param decisions the application's handlers of adopted resolutions
     * @param rules the statutes' settings for assemblies and proxies
     * @param boxKey the deployment's key for the owner tags of secret votes
     * @param mail how ballot mail is written and sent; empty for no mail
     */
    public GovernanceModule(Database database, Clock clock, CoreModule core, DecisionHandlers decisions, GovernanceRules rules, BallotBoxKey boxKey,
                            java.util.Optional<org.coopkit.governance.ballots.BallotMail> mail) {
        Transactions tx = database.transactions();
        this.rules = rules;
        this.mailer = new org.coopkit.governance.ballots.BallotMailer(tx, core.memberRegistry(), core.consents(), mail, clock);
        this.voting = new VotingService(tx, core.memberRegistry(), core.statutes(), decisions, core.audit(), clock, boxKey, rules,
                java.util.Optional.of(mailer));
        this.proxies = new ProxyService(tx, rules, core.audit(), clock, core.memberRegistry());
        this.assemblies = new AssemblyService(tx, voting, decisions, rules, core.audit(), clock);
        core.personalData().register(new GovernancePersonalData(tx));
        this.briefings = new BriefingService(tx, voting, core.audit(), clock);
        this.discussion = new DiscussionService(tx, voting, briefings, core.audit(), clock);
        core.personalData().register(new DiscussionPersonalData(tx));
    }

    /**
     * Closes ballots at their announced close; the application schedules it ({@link org.coopkit.governance.ballots.DeadlineCloser#start}).
     *
     * @return a new closer over this module's voting service
     */
    public org.coopkit.governance.ballots.DeadlineCloser deadlineCloser() {
        return new org.coopkit.governance.ballots.DeadlineCloser(voting);
    }

    /**
     * Governance's mail: reminders (the application schedules {@code start}) and receipts by mail.
     *
     * @return the module's mailer
     */
    public org.coopkit.governance.ballots.BallotMailer mailer() {
        return mailer;
    }

    /**
     * Ballots: creating, opening, voting, closing, results and the public board.
     * @return the module's voting service
     */
    public VotingService voting() {
        return voting;
    }

    /**
     * Ballot descriptions and documents, and who may read what a ballot refers to.
     *
     * @return the module's briefing service
     */
    public BriefingService briefings() {
        return briefings;
    }

    /**
     * Members' questions and comments on open ballots, and the board's answers.
     *
     * @return the module's discussion service
     */
    public DiscussionService discussion() {
        return discussion;
    }

    /**
     * Proxies (mandates) between members for a ballot or an assembly.
     * @return the module's proxy service
     */
    public ProxyService proxies() {
        return proxies;
    }

    /**
     * General assemblies: calling, opening, quorum and closing with their agenda.
     * @return the module's assembly service
     */
    public AssemblyService assemblies() {
        return assemblies;
    }

    /**
     * The statutes' settings the module was built with.
     * @return the rules
     */
    public GovernanceRules rules() {
        return rules;
    }
}
