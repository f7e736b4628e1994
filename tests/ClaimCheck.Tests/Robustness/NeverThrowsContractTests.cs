using ClaimCheck.Documents;
using ClaimCheck.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimCheck.Tests.Robustness;

/// <summary>The "never throws" contract (issue 16, build item 4): <see cref="ClaimPipeline.Check"/> on any documents returns a
/// report, or throws what it documents: <see cref="ClaimCheckLimitException"/> past a limit (with
/// <see cref="LimitHandling.Throw"/>), <see cref="ArgumentException"/> for a null document or two documents with one id;
/// and every report format writes the report. Checked on generated documents (FsCheck): any UTF-16 in ids, text and names,
/// claims in hostile surroundings, publication dates across the calendar, and pipelines with small limits.</summary>
public class NeverThrowsContractTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(3_000).WithReplay(16, 3);

    private static readonly ClaimPipeline[] Pipelines =
    [
        new ClaimPipelineBuilder().Build(),
        new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions { MaxDocumentLength = 120, MaxClaimsPerDocument = 2, MaxDocuments = 3 }).Build(),
        new ClaimPipelineBuilder().WithOptions(new ClaimCheckOptions
        {
            MaxDocumentLength = 120, MaxClaimsPerDocument = 2, MaxDocuments = 3, MaxSentenceLength = 100, LimitHandling = LimitHandling.Truncate,
        }).Build(),
    ];

    private static readonly string[] Tokens =
    [
        "Officials said", "12 people died", "about 3,000 troops", "at least 200", "$50 billion", "46 billion euros", "54%", "1,500 more",
        "up to", "denied", "declined to confirm", "in Valdora", "in Chile", "North Korea", "Russia", ".", ",", "\u201c", "\u201d", "\n",
        "yesterday", "last week", "next year", "on Monday", "Oct. 17", "1" + new string('0', 40), "0." + new string('0', 40) + "1 million",
        "</script>", "<div>", "\u001b[2J", "\0", "\uD800", "\uDC00", "\u202E", "\u200B", "日本", "Ж",
    ];

    private static readonly Gen<string> AnyString =
        Gen.ArrayOf(Gen.Frequency((4, Gen.Choose(0x20, 0x7E)), (1, Gen.Choose(0, 0xFFFF))).Select(c => (char)c)).Select(chars => new string(chars));

    private static readonly Gen<string> Text =
        Gen.ListOf(Gen.Frequency((6, Gen.Elements(Tokens)), (1, AnyString))).Select(tokens => string.Join(' ', tokens));

    /// <summary>Dates from the calendar's second year to its last but one: the first and last years, where relative dates
    /// leave the calendar, are the time arithmetic of row 1 (<see cref="Check_RelativeDatesAtTheEndsOfTheCalendar_ReturnAReport"/>).</summary>
    private static readonly Gen<DateOnly?> Published =
        Gen.Frequency(
            (1, Gen.Constant<DateOnly?>(null)),
            (4, Gen.Choose(new DateOnly(2, 1, 1).DayNumber, new DateOnly(9998, 12, 31).DayNumber).Select(day => (DateOnly?)DateOnly.FromDayNumber(day))));

    private static Gen<Document?> DocumentGen(Gen<DateOnly?> published) =>
        from id in Gen.Frequency((3, Gen.Elements("a", "b", "日本", "中国", "a b", "a-b")), (1, AnyString))
        from text in Text
        from outlet in Gen.OrNull(AnyString)
        from place in Gen.Frequency((2, Gen.Constant("Valdora")), (1, Gen.OrNull(AnyString)))
        from topic in Gen.OrNull(AnyString)
        from date in published
        from isNull in Gen.Frequency((30, Gen.Constant(false)), (1, Gen.Constant(true)))
        select isNull || string.IsNullOrWhiteSpace(id) ? null : new Document(id, text, outlet, date) { Place = place, Topic = topic };

    [Fact]
    public void Check_AnyDocuments_ReturnAReportThatEveryFormatWritesOrADocumentedException()
    {
        var input = from documents in Gen.ListOf(DocumentGen(Published)) from pipeline in Gen.Choose(0, Pipelines.Length - 1) select (documents, pipeline);

        Prop.ForAll(Arb.From(input), run => KeepsTheContract(Pipelines[run.pipeline], run.documents)).Check(Config);
    }

    [Fact]
    public void Check_RelativeDatesAtTheEndsOfTheCalendar_ReturnAReport()
    {
        var ends = Gen.Elements<DateOnly?>(DateOnly.MinValue, DateOnly.MinValue.AddDays(3), DateOnly.MaxValue.AddDays(-3), DateOnly.MaxValue);
        var input = from documents in Gen.ListOf(DocumentGen(ends)) from count in Gen.Choose(1, 1_000_000_000) select (documents, count);

        Prop.ForAll(Arb.From(input), run => KeepsTheContract(
            Pipelines[0],
            [.. run.documents.Select(d => d is null ? null : new Document(d.Id, $"The temple, built {run.count:N0} years ago, drew 30,000 visitors. {d.Text}", d.Outlet, d.Published))]))
            .Check(Config);
    }

    private static bool KeepsTheContract(ClaimPipeline pipeline, IReadOnlyList<Document?> documents)
    {
        CheckReport report;
        try
        {
            report = pipeline.Check(documents!);
        }
        catch (ClaimCheckLimitException) when (pipeline.Options.LimitHandling == LimitHandling.Throw)
        {
            return true;
        }
        catch (ArgumentException) when (documents.Any(d => d is null) || documents.Select(d => d!.Id).Distinct(StringComparer.Ordinal).Count() < documents.Count)
        {
            return true;
        }

        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            ReportWriter.Write(report, format).Should().NotBeNullOrEmpty();
        }

        return true;
    }
}
