using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Documents;
using ClaimCheck.Quantities;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Comparison;

/// <summary>Properties of the comparison, checked on generated claims (FsCheck).</summary>
public class ClaimComparerPropertyTests
{
    private static readonly Document[] Documents = [.. Enumerable.Range(1, 5).Select(i => new Document($"d{i}", "text"))];
    private static readonly ClaimComparer Comparer = new();
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(7, 11);

    private static readonly Gen<Claim> ClaimGen =
        from subject in Gen.Elements("Chile", "Peru")
        from measure in Gen.Elements("people", "troops")
        from value in Gen.Elements(100d, 150d, 1_000d, 1_050d, 3_000d, 12_000d)
        from qualifier in Gen.Elements(Qualifier.Exact, Qualifier.Approximately, Qualifier.AtLeast, Qualifier.UpTo, Qualifier.MoreThan)
        from modality in Gen.Elements(Modality.Asserted, Modality.Estimated, Modality.Planned)
        from polarity in Gen.Elements(Polarity.Affirmed, Polarity.Affirmed, Polarity.Negated)
        from predicate in Gen.Elements<string?>(null, null, "deploy")
        from document in Gen.Choose(1, 5)
        from speaker in Gen.Elements<string?>(null, "Ana Ruiz", "John Smith")
        select new Claim
        {
            Id = string.Empty,
            DocumentId = $"d{document}",
            Span = new ClaimCheck.Text.TextSpan(0, 4),
            Text = "text",
            Type = ClaimType.Quantity,
            Subject = subject,
            Measure = measure,
            Predicate = predicate,
            Quantity = predicate is null ? Quantity.Create(value, qualifier, Unit.Count(measure)) : null,
            Modality = modality,
            Polarity = predicate is null ? Polarity.Affirmed : polarity,
            Attribution = speaker is null ? null : new ClaimCheck.Attribution.Attribution(speaker, null, null, null, "said", null),
        };

    private static readonly Gen<Claim[]> ClaimsGen =
        Gen.ListOf(ClaimGen).Select(list => list.Select((c, i) => c with { Id = $"{c.DocumentId}#{i}" }).ToArray());

    [Fact]
    public void Compare_AnyOrderOfTheSameClaims_GivesTheSameFindings()
    {
        Prop.ForAll(Arb.From(from claims in ClaimsGen from seed in Gen.Choose(0, 1_000) select (claims, seed)), input =>
        {
            var shuffled = input.claims.OrderBy(_ => new Random(input.seed).Next()).ToArray();
            var reversedDocuments = Documents.Reverse().ToArray();
            return Render(Comparer.Compare(input.claims, Documents)) == Render(Comparer.Compare(shuffled, reversedDocuments));
        }).Check(Config);
    }

    [Fact]
    public void Compare_SameClaimsTwice_IsDeterministic()
    {
        Prop.ForAll(Arb.From(ClaimsGen), claims => Render(Comparer.Compare(claims, Documents)) == Render(Comparer.Compare(claims, Documents)))
            .Check(Config);
    }

    [Fact]
    public void Compare_AClaimWithItselfOrAnExactDuplicate_NeverConflicts()
    {
        Prop.ForAll(Arb.From(from claim in ClaimGen from document in Gen.Choose(1, 5) select (claim, document)), input =>
        {
            var original = input.claim with { Id = "d1#1", DocumentId = "d1" };
            var duplicate = input.claim with { Id = $"d{input.document}#2", DocumentId = $"d{input.document}" };
            return Comparer.Compare([original], Documents).All(f => f.Kind is not (FindingKind.NumericDiscrepancy or FindingKind.PolarityConflict))
                && Comparer.Compare([original, duplicate], Documents).All(f => f.Kind is not (FindingKind.NumericDiscrepancy or FindingKind.PolarityConflict));
        }).Check(Config);
    }

    [Fact]
    public void Compare_ClaimsThatAllFitOneValue_NeverRaiseADiscrepancy()
    {
        // Every generated claim allows the value 1,000: exact or about 1,000, at least 900, up to 1,200, between 800 and 1,100.
        var fitting =
            from document in Gen.Choose(1, 5)
            from quantity in Gen.Elements(
                Quantity.Exactly(1_000, Unit.Count("person")), Quantity.About(1_000, Unit.Count("person")),
                Quantity.About(1_050, Unit.Count("person")), Quantity.AtLeast(900, Unit.Count("person")),
                Quantity.Create(1_200, Qualifier.UpTo, Unit.Count("person")), Quantity.Between(800, 1_100, Unit.Count("person")))
            select new Claim
            {
                Id = string.Empty, DocumentId = $"d{document}", Span = new ClaimCheck.Text.TextSpan(0, 4), Text = "text", Type = ClaimType.Quantity,
                Subject = "Chile", Measure = "people", Quantity = quantity,
            };
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(fitting).Select(list => list.ToArray())), (Claim[] claims) =>
        {
            var numbered = claims.Select((c, i) => c with { Id = $"{c.DocumentId}#{i}" }).ToArray();
            return Comparer.Compare(numbered, Documents).All(f => f.Kind != FindingKind.NumericDiscrepancy);
        }).Check(Config);
    }

    private static string Render(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(f =>
        $"{f.Kind}|{f.Severity}|{f.Topic}|{string.Join(";", f.Sides.Select(s => s.Label + ":" + string.Join(",", s.ClaimIds.Order(StringComparer.Ordinal))))}|{string.Join(",", f.Neutral.Order(StringComparer.Ordinal))}|{f.IndependentOrigins}"));
}
