using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Whether a side attacked civilians or used a weapon, affirmed by some sources and denied by others. Texts written for these
/// tests.</summary>
public class PropositionConflictTests
{
    [Fact]
    public void Check_KillingCiviliansAffirmedAndDenied_IsAPolarityConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said the Mali army killed dozens of civilians in the village on Sunday.", "Sahel Wire", new DateOnly(2024, 3, 4)),
            new Document("b", "The Mali army denied killing civilians in the village, saying it had fought only militants.", "Bamako Daily", new DateOnly(2024, 3, 5)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("attacked civilians");
    }

    [Fact]
    public void Check_KillingCiviliansAffirmedByTwoSourcesAndDeniedByNone_RaisesNoConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said the Mali army killed dozens of civilians in the village on Sunday.", "Sahel Wire", new DateOnly(2024, 3, 4)),
            new Document("b", "A rights group said the Mali army massacred civilians in the village.", "Bamako Daily", new DateOnly(2024, 3, 5)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Theory]
    [InlineData("Kenyan police denied opening fire during the Brenmoor sit-in on Monday.")]
    [InlineData("Kenyan police denied any shooting at the Brenmoor sit-in on Monday.")]
    public void Check_ADenialOfFiringWithNoTarget_ConflictsWithShootingMarchers(string denial)
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Kenyan police opened fire on marchers at the Brenmoor sit-in, according to three witnesses.", "Rift Wire", new DateOnly(2026, 2, 3)),
            new Document("b", denial, "Lake Courier", new DateOnly(2026, 2, 4)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("attacked civilians");
    }

    [Theory]
    [InlineData("Kenyan police said they had opened fire at the Brenmoor sit-in on Monday.")]
    [InlineData("Kenyan police denied that the Brenmoor sit-in had been broken up, and said officers had opened fire.")]
    public void Extract_FiringWithNoTargetThatIsNotDenied_IsNoAttackProposition(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Lake Courier", new DateOnly(2026, 2, 4)));

        claims.Should().NotContain(c => c.Predicate == "attack");
    }

    [Theory]
    [InlineData("The Vorland army denied opening fire on Brenmoor troops at the border post on Monday.")]
    [InlineData("Lindenport police denied shooting two soldiers at the Kestrel Bay checkpoint.")]
    public void Extract_DenialOfFiringOnATargetOfAnotherClass_IsNoDenialOfAnAttackOnCivilians(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Lake Courier", new DateOnly(2026, 2, 4)));

        claims.Should().NotContain(c => c.Predicate == "attack", "firing on troops, denied, says nothing of civilians");
    }

    [Fact]
    public void Extract_TargetingSomethingOtherThanCivilians_IsNoAttackProposition()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "New sanctions on Moscow could be announced soon, targeting Russian weapons procurement."));

        claims.Should().NotContain(c => c.Predicate == "attack");
    }

    [Fact]
    public void Check_TargetingCiviliansAffirmedAndDenied_IsAPolarityConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Residents said the Sudan army targeted civilians in the market town.", "Nile Wire", new DateOnly(2024, 6, 6)),
            new Document("b", "The Sudan army denied targeting civilians and said it struck fighters.", "Khartoum Post", new DateOnly(2024, 6, 6)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Fact]
    public void Check_PoliceUseOfACannonAffirmedAndDenied_IsAPolarityConflictAboutThePolice()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police used a sound cannon to break up the vigil in Lindenport on Friday.", "Vorland Wire", new DateOnly(2026, 5, 9)),
            new Document("b", "The interior ministry denied that police had used a sound cannon at the vigil in Lindenport.", "Lindenport Post", new DateOnly(2026, 5, 10)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("police used sound cannon in Lindenport")
            .And.Contain("Witnesses in a").And.Contain("interior ministry in b");
    }

    [Fact]
    public void Check_BareBodyInArticlesAboutDifferentPlaces_IsNotOneAgent()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police had fired tear gas to clear the bridge.", "Brenmoor Courier", new DateOnly(2026, 4, 2)) { Place = "Brenmoor" },
            new Document("b", "The ministry said police had not fired tear gas at the march.", "Kestrel Bay Herald", new DateOnly(2026, 4, 2)) { Place = "Kestrel Bay" },
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
        var slots = report.Claims.Where(c => c.Predicate == "use").Select(c => ClaimChecker.DefaultPipeline.Comparer.SlotOf(c)!.Value.Subject);
        slots.Should().BeEquivalentTo(["police (Brenmoor)", "police (Kestrel Bay)"]);
    }

    [Fact]
    public void Check_BareBodyInArticlesWithoutMetadata_IsOneAgent()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police had fired tear gas to clear the bridge.", "Brenmoor Courier", new DateOnly(2026, 4, 2)),
            new Document("b", "The ministry said police had not fired tear gas at the march.", "Kestrel Bay Herald", new DateOnly(2026, 4, 2)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Which.Topic.Should().StartWith("police ·");
    }

    [Fact]
    public void Check_BareBodyInArticlesAboutOnePlace_IsOneAgent()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police had fired tear gas to clear the bridge.", "Brenmoor Courier", new DateOnly(2026, 4, 2)) { Place = "Brenmoor" },
            new Document("b", "The ministry said police had not fired tear gas at the march.", "Brenmoor Herald", new DateOnly(2026, 4, 2)) { Place = "Brenmoor", Topic = "Brenmoor march" },
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Which.Topic.Should().StartWith("police (Brenmoor)");
    }

    [Fact]
    public void Check_BareBodyWithOnlyATopic_IsTheTopicsBody()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(
            new Document("a", "The army said it had sent 600 soldiers to help.", "Brenmoor Courier", new DateOnly(2026, 4, 2)) { Topic = "Brenmoor floods" });

        claims.Should().Contain(c => c.Predicate == "deploy" && c.Subject == "army (Brenmoor floods)");
    }

    [Theory]
    [InlineData("The ministry denied that riot police had fired tear gas at the crowd.", "tear gas", Polarity.Negated)]
    [InlineData("The opposition accused the police of using rubber bullets against students.", "bullets", Polarity.Affirmed)]
    [InlineData("Soldiers fired stun grenades into the square, a witness said.", "grenades", Polarity.Affirmed)]
    [InlineData("Tear gas was fired by Chilean police at students.", "tear gas", Polarity.Affirmed)]
    [InlineData("The ministry denied that police had used a sonic weapon near the square.", "sound cannon", Polarity.Negated)]
    public void Extract_UseOfAWeapon_IsAUseProposition(string text, string measure, Polarity polarity)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 5, 9)));

        claims.Should().Contain(c => c.Predicate == "use" && c.Measure == measure && c.Polarity == polarity);
    }

    [Fact]
    public void Extract_UseOfAWeaponByPolice_HasThePoliceAsSubject()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The ministry denied that police had used tear gas in Lindenport."));

        claims.Should().ContainSingle(c => c.Predicate == "use").Which.Subject.Should().Be("police");
    }

    [Theory]
    [InlineData("Riot police fired tear gas at the marchers in Lindenport, witnesses said.", "police")]
    [InlineData("Witnesses said police officers fired tear gas at the marchers in Lindenport.", "police")]
    [InlineData("Witnesses said army officers fired tear gas at the marchers in Lindenport.", "army")]
    [InlineData("The ministry denied that cops had used tear gas in Brenmoor.", "police")]
    public void Extract_UseOfAWeaponByABodyNamedByItsMembers_HasTheBodyAsSubject(string text, string subject)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 5, 9)));

        claims.Should().ContainSingle(c => c.Predicate == "use").Which.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Witnesses said prison officers fired tear gas at inmates rioting in the Lindenport jail.")]
    [InlineData("Witnesses said customs officers fired tear gas at traders near the Lindenport border post.")]
    public void Extract_UseOfAWeaponByOfficersOfNoKnownBody_HasNoPoliceSubject(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 5, 9)));

        claims.Should().ContainSingle(c => c.Predicate == "use").Which.Subject.Should().NotBe("police", "prison and customs officers are not the police");
    }

    [Theory]
    [InlineData("Police closed the bridge in Lindenport. The ministry denied that officers had used tear gas.", "police")]
    [InlineData("The army sealed off Lindenport. Witnesses said officers fired tear gas at the crowd.", "army")]
    public void Extract_OfficersAloneAfterASentenceNamingTheirBody_ActForThatBody(string text, string subject)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 5, 9)));

        claims.Should().ContainSingle(c => c.Predicate == "use").Which.Subject.Should().Be(subject);
    }

    [Theory]
    [InlineData("Police closed the road to the Lindenport jail. Witnesses said prison officers fired tear gas at inmates.")]
    [InlineData("Police closed the road to the Lindenport jail. Prison officers fired tear gas at inmates.")]
    public void Extract_OfficersOfAnotherBodyAfterASentenceNamingThePolice_AreNotThePolice(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Vorland Wire", new DateOnly(2026, 5, 9)));

        claims.Should().ContainSingle(c => c.Predicate == "use").Which.Subject.Should().NotBe("police", "prison officers are not the police");
    }

    [Fact]
    public void Check_PoliceOfficersUseDeniedByThePolice_IsAPolarityConflictAboutThePolice()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police officers used water cannon to clear the square in Lindenport on Saturday.", "Vorland Wire", new DateOnly(2026, 5, 9)),
            new Document("b", "Police in Lindenport denied using water cannon against the marchers on Saturday.", "Lindenport Post", new DateOnly(2026, 5, 10)),
        ]);

        report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict)
            .Which.Explanation.Should().Contain("police used water cannon");
    }

    [Fact]
    public void Check_TearGasAffirmedAndACannonDenied_RaisesNoConflict()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Witnesses said police used tear gas against the marchers in Lindenport.", "Vorland Wire", new DateOnly(2026, 5, 9)),
            new Document("b", "The interior ministry denied that police had used a water cannon in Lindenport.", "Lindenport Post", new DateOnly(2026, 5, 10)),
        ]);

        report.Findings.Should().NotContain(f => f.Kind == FindingKind.PolarityConflict);
    }

    [Theory]
    [InlineData("The council used its reserves to repair the bridge in Lindenport.")]
    [InlineData("Workers used crowbars to tear down the old stadium in Lindenport.")]
    [InlineData("The power plant in Lindenport burns wood pellets and used a new weapon against rising costs.")]
    public void Extract_UsingSomethingThatIsNoWeapon_IsNoProposition(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text));

        claims.Should().NotContain(c => c.Predicate == "use");
    }

    [Theory]
    [InlineData("The union blamed the opposition for the strike at the Lindenport plant.")]
    [InlineData("Officials blamed a gas leak for the explosion in the Chilean capital.")]
    public void Extract_BlameThatNamesNoAttacker_HasNoAgent(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text));

        claims.Should().NotContain(c => c.Predicate == "responsible" && c.Subject != null);
    }

    [Fact]
    public void Extract_PassiveBlame_NamesTheBlamedSideNotTheBlamer()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The blast was blamed on Chile by the Peruvian government."));

        claims.Should().ContainSingle(c => c.Predicate == "responsible").Which.Subject.Should().Be("Chile");
    }

    [Fact]
    public void Extract_PronounInsideAnotherClause_IsNotTheSpeaker()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "The ministry said officers were attacked and they fired rubber bullets."));

        claims.Should().NotContain(c => c.Predicate == "use" && c.Subject == "ministry");
    }

    [Fact]
    public void Check_BlameForABlastAffirmedAndDenied_IsAPolarityConflictAboutTheAccusedSide()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "The health ministry said an airstrike by the Chilean air force caused the blast at the clinic in Marvale.", "Coast Wire", new DateOnly(2026, 2, 3)),
            new Document("b", "Medics in Marvale blamed Chile for the explosion at the clinic.", "Marvale Post", new DateOnly(2026, 2, 3)),
            new Document("c", "The Chilean army denied responsibility for the blast and said a stray rocket had hit the clinic.", "Andes Daily", new DateOnly(2026, 2, 4)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("Chile was responsible for the attack")
            .And.Contain("health ministry in a").And.Contain("Chilean army in c");
    }

    [Theory]
    [InlineData("The Kestrel Front denied carrying out the attack on the depot.", "Kestrel Front", Polarity.Negated)]
    [InlineData("Investigators concluded that the drone strike on the depot was carried out by Chilean aircraft.", "Chile", Polarity.Affirmed)]
    [InlineData("Prosecutors blamed the bombing of the depot on Chile.", "Chile", Polarity.Affirmed)]
    public void Extract_ResponsibilityForAnAttack_NamesTheAgent(string text, string agent, Polarity polarity)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 2, 3)));

        claims.Should().ContainSingle(c => c.Predicate == "responsible")
            .Which.Should().Match<Claim>(c => c.Subject == agent && c.Measure == "attack" && c.Polarity == polarity);
    }

    [Theory]
    [InlineData("The explosion caused heavy damage to the port of Marvale.")]
    [InlineData("Nine people died of injuries caused by the blast in Marvale, Chilean officials said.")]
    [InlineData("The Chilean union said the strike would carry on until Friday.")]
    public void Extract_AnEventThatCausesSomething_IsNoResponsibilityProposition(string text)
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", text, "Coast Wire", new DateOnly(2026, 2, 3)));

        claims.Should().NotContain(c => c.Predicate == "responsible" && c.Subject != null);
    }

    [Fact]
    public void Extract_NotKnownWhatCausedABlast_IsNonCommittal()
    {
        var claims = ClaimChecker.DefaultPipeline.Extract(new Document("a", "It is still not known what caused the blast in Marvale."));

        claims.Should().Contain(c => c.Predicate == "responsible")
            .And.OnlyContain(c => c.Predicate != "responsible" || c.Modality == Modality.NonCommittal);
    }

    [Fact]
    public void Check_ADenialWhosePronounStandsForTheDenier_IsAboutTheDenier()
    {
        var report = ClaimChecker.Check(
        [
            new Document("a", "Villagers said the Chilean army shot protesters near the dam on Sunday.", "Coast Wire", new DateOnly(2026, 4, 6)),
            new Document("b", "The Chilean army denies that it shot protesters and says its soldiers fired only into the air.", "Andes Daily", new DateOnly(2026, 4, 7)),
        ]);

        var conflict = report.Findings.Should().ContainSingle(f => f.Kind == FindingKind.PolarityConflict).Subject;
        conflict.Explanation.Should().Contain("Chile attacked civilians");
    }
}
