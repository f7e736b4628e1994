using System.Collections.Immutable;
using ClaimCheck.Documents;
using ClaimCheck.Lexicons;
using ClaimCheck.Text;
using ClaimCheck.Time.Rules;

namespace ClaimCheck.Time;

/// <summary>Finds time expressions (dates, months, weekdays, relative days and periods, years, quarters, holidays, clock times,
/// durations, sets) and resolves them against a reference date, preferring the past for weekdays and months unless the words point
/// forward.</summary>
/// <remarks>
/// <para>A scanner over tokens, linear in the input: at each token it asks only the rules (<c>Time/Rules/</c>, one file per
/// family) whose declared start words include that token, and the first that matches takes the tokens it read. The words the
/// rules know (months, weekdays, units, holidays, reference words, tense cues…) are the <c>time-*</c> entries of the document's
/// lexicon (<c>Lexicons/en/time.tsv</c> and any user file).</para>
/// <para>Without a reference date only expressions that name their year are resolved. Dates that fall outside years 1 to 9999
/// ("4,500 years ago", "next year" in 9999) are left unresolved, never an error. Thread-safe; the default instance may be
/// shared.</para>
/// </remarks>
public sealed class TimeExpressionRecognizer : IAnnotator
{
    /// <summary>A shared instance.</summary>
    public static TimeExpressionRecognizer Default { get; } = new();

    /// <summary>Finds the time expressions in <paramref name="text"/>, resolved against <paramref name="referenceDate"/> when given,
    /// with the built-in lexicon.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<TimeExpression> Recognize(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = Annotate(AnnotatedDocument.Create(new Document("text", text, published: referenceDate), Lexicon.BuiltIn), CancellationToken.None);
        return document.GetLayer<TimeLayer>().All;
    }

    /// <inheritdoc/>
    /// <remarks>Resolves against the document's publication date with the document's lexicon, carrying what earlier sentences said
    /// (the fiscal quarter in question, the last date named) from sentence to sentence, so a stage that reads this layer sees the same values as
    /// <see cref="Recognize"/> on the whole text.</remarks>
    public AnnotatedDocument Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var rules = TimeRuleTable.For(document.Lexicon);
        var layer = new SentenceLayerBuilder<TimeExpression>();
        var found = new List<TimeExpression>();
        var context = new DocumentContext();
        for (var sentence = 0; sentence < document.Sentences.Length; sentence++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            layer.NextSentence();
            found.Clear();
            context.NextSentence();
            var scan = new TimeScan(document.Text, document.TokenSegment(sentence), document.Document.Published, rules, context, found);
            for (var i = 0; i < scan.Count;)
            {
                var end = rules.Match(scan, i);
                if (end > i)
                {
                    found[^1] = HabitualTime.Generalise(scan, i, end, found[^1]);
                    context.Saw(found[^1], DocumentContext.IsBound(scan.Word(i - 1)), (scan.CueAt(i - 1) & (TimeCue.RangeEnd | TimeCue.Pair)) == TimeCue.RangeEnd);
                }

                i = end > i ? end : Math.Max(rules.FalseFriendEnd(scan, i), i + 1);
            }

            foreach (var expression in found)
            {
                layer.Add(expression);
            }
        }

        var (all, starts) = layer.Build();
        return document.WithLayer(new TimeLayer(all, starts));
    }

    /// <summary>The month a name or abbreviation of the built-in lexicon stands for.</summary>
    internal static bool TryGetMonth(ReadOnlySpan<char> word, out int month) => TimeWords.For(Lexicon.BuiltIn).Months.TryGetValue(word, out month);
}
