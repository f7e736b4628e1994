namespace ClaimCheck.Cli.Evaluation;

/// <summary>Scores predicted time expressions against TimeML gold as TempEval-3 Task A does (timex extent and value).</summary>
/// <remarks>
/// <para>
/// Definitions from UzZaman et al., "SemEval-2013 Task 1: TempEval-3" (SemEval 2013), section 4, as the official
/// scorer (TE3 toolkit, <c>evaluation-entities/evaluate_entities.py</c>) computes them, summed over all documents:
/// </para>
/// <list type="bullet">
/// <item><b>strict</b>: a system timex matches a gold timex with exactly the same span (start and end offsets).</item>
/// <item><b>relaxed</b>: a system timex matches a gold timex whose span overlaps it by at least one character.</item>
/// <item><b>value</b>: the relaxed-matched pairs whose <c>value</c> strings are equal (ordinal). TE3's "value F1" is
/// value accuracy times relaxed F1, (V / M) · 2M / (S + G) = 2V / (S + G) for V correct values, M relaxed matches, S
/// system and G gold timexes; that is the F1 of P = V / S and R = V / G, which is what is reported here.</item>
/// <item><b>type</b>: the relaxed-matched pairs whose <c>type</c> (DATE, TIME, DURATION, SET) is equal, scored the same way.</item>
/// </list>
/// <para>
/// P = matches / system timexes, R = matches / gold timexes. Each gold and each system timex is in at most one pair:
/// exact-span pairs are made first, then each remaining system timex (by start offset) takes the first remaining gold
/// timex it overlaps. The official scorer aligns entities by token with the TimeML-Normalizer; on character offsets
/// the two agree except where tokenisation splits a word.
/// </para>
/// </remarks>
internal static class TimexScorer
{
    /// <summary>Scores <paramref name="predictions"/>[i] against the gold timexes of <paramref name="documents"/>[i].</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static TimexScores Score(IReadOnlyList<TimeMLDocument> documents, IReadOnlyList<IReadOnlyList<PredictedTimex>> predictions)
    {
        if (documents.Count != predictions.Count)
        {
            throw new ArgumentException(
                $"{predictions.Count} prediction lists for {documents.Count} documents; expected one list per document.", nameof(predictions));
        }

        int gold = 0, system = 0, strict = 0, relaxed = 0, value = 0, type = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var counts = ScoreDocument(documents[i].Timexes, predictions[i]);
            gold += documents[i].Timexes.Length;
            system += predictions[i].Count;
            strict += counts.Strict;
            relaxed += counts.Relaxed;
            value += counts.Value;
            type += counts.Type;
        }

        return new TimexScores(documents.Count, gold, system, strict, relaxed, value, type);
    }

    /// <summary>What went wrong in each document, in document order: gold timexes found by no prediction, predictions that overlap
    /// no gold timex, relaxed pairs whose spans differ, and strict pairs whose values differ.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static IEnumerable<TimexError> Errors(IReadOnlyList<TimeMLDocument> documents, IReadOnlyList<IReadOnlyList<PredictedTimex>> predictions)
    {
        if (documents.Count != predictions.Count)
        {
            throw new ArgumentException(
                $"{predictions.Count} prediction lists for {documents.Count} documents; expected one list per document.", nameof(predictions));
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var gold = documents[i].Timexes;
            var predicted = predictions[i];
            var pairedGold = Pair(gold, predicted);
            var goldPaired = new bool[gold.Length];
            for (var p = 0; p < predicted.Count; p++)
            {
                if (pairedGold[p] < 0)
                {
                    yield return new TimexError(TimexErrorKind.Spurious, documents[i], null, predicted[p]);
                    continue;
                }

                var g = gold[pairedGold[p]];
                goldPaired[pairedGold[p]] = true;
                if (g.Start != predicted[p].Start || g.Length != predicted[p].Length)
                {
                    yield return new TimexError(TimexErrorKind.Span, documents[i], g, predicted[p]);
                }
                else if (!string.Equals(g.Value, predicted[p].Value, StringComparison.Ordinal))
                {
                    yield return new TimexError(TimexErrorKind.Value, documents[i], g, predicted[p]);
                }
            }

            for (var g = 0; g < gold.Length; g++)
            {
                if (!goldPaired[g])
                {
                    yield return new TimexError(TimexErrorKind.Missed, documents[i], gold[g], null);
                }
            }
        }
    }

    private static (int Strict, int Relaxed, int Value, int Type) ScoreDocument(IReadOnlyList<TimexAnnotation> gold, IReadOnlyList<PredictedTimex> predicted)
    {
        var pairedGold = Pair(gold, predicted);
        int strict = 0, relaxed = 0, value = 0, type = 0;
        for (var p = 0; p < predicted.Count; p++)
        {
            if (pairedGold[p] >= 0)
            {
                var g = gold[pairedGold[p]];
                relaxed++;
                strict += g.Start == predicted[p].Start && g.Length == predicted[p].Length ? 1 : 0;
                if (string.Equals(predicted[p].Value, g.Value, StringComparison.Ordinal))
                {
                    value++;
                }

                if (string.Equals(predicted[p].Type, g.Type, StringComparison.Ordinal))
                {
                    type++;
                }
            }
        }

        return (strict, relaxed, value, type);
    }

    // For each prediction, the index of the gold timex it is paired with, or -1: exact spans first, then overlaps by start.
    private static int[] Pair(IReadOnlyList<TimexAnnotation> gold, IReadOnlyList<PredictedTimex> predicted)
    {
        var goldTaken = new bool[gold.Count];
        var pairedGold = new int[predicted.Count];
        Array.Fill(pairedGold, -1);

        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (!goldTaken[g] && gold[g].Start == predicted[p].Start && gold[g].Length == predicted[p].Length)
                {
                    goldTaken[g] = true;
                    pairedGold[p] = g;
                    break;
                }
            }
        }

        var goldByStart = Enumerable.Range(0, gold.Count).OrderBy(g => gold[g].Start).ToArray();
        foreach (var p in Enumerable.Range(0, predicted.Count).Where(p => pairedGold[p] < 0).OrderBy(p => predicted[p].Start))
        {
            foreach (var g in goldByStart)
            {
                if (!goldTaken[g] && predicted[p].Start < gold[g].End && gold[g].Start < predicted[p].End)
                {
                    goldTaken[g] = true;
                    pairedGold[p] = g;
                    break;
                }
            }
        }

        return pairedGold;
    }
}

/// <summary>How a predicted or gold timex is wrong.</summary>
internal enum TimexErrorKind
{
    /// <summary>A gold timex no prediction overlaps.</summary>
    Missed,

    /// <summary>A prediction that overlaps no gold timex.</summary>
    Spurious,

    /// <summary>A prediction that overlaps a gold timex with a different span.</summary>
    Span,

    /// <summary>A prediction with the gold span and a different value.</summary>
    Value,
}

/// <summary>One error of a timex evaluation, with the gold and predicted timex where there is one.</summary>
internal sealed record TimexError(TimexErrorKind Kind, TimeMLDocument Document, TimexAnnotation? Gold, PredictedTimex? Predicted)
{
    /// <summary>One line: kind, document, gold and predicted text and value, and the words around.</summary>
    public override string ToString()
    {
        var text = Document.Text;
        var start = Math.Min(Gold?.Start ?? int.MaxValue, Predicted?.Start ?? int.MaxValue);
        var end = Math.Max(Gold?.End ?? 0, Predicted?.End ?? 0);
        var before = text[Math.Max(0, start - 40)..start];
        var after = text[end..Math.Min(text.Length, end + 30)];
        var gold = Gold is { } g ? $"gold [{text.AsSpan(g.Start, g.Length)}] {g.Value}" : "gold -";
        var predicted = Predicted is { } p ? $"predicted [{text.AsSpan(p.Start, p.Length)}] {p.Value}" : "predicted -";
        var context = $"{before}«{text[start..end]}»{after}".ReplaceLineEndings(" ");
        return $"{Kind.ToString().ToLowerInvariant()}\t{Document.Name}\t{gold}\t{predicted}\t{context}";
    }
}

/// <summary>Match counts of a timex evaluation and the precision, recall and F1 they give.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="GoldTimexes">Gold TIMEX3s inside <c>&lt;TEXT&gt;</c> (the recall denominator).</param>
/// <param name="SystemTimexes">Predicted timexes (the precision denominator).</param>
/// <param name="StrictMatches">Pairs with identical spans.</param>
/// <param name="RelaxedMatches">Pairs with overlapping spans (including the strict ones).</param>
/// <param name="ValueMatches">Relaxed pairs with equal values.</param>
/// <param name="TypeMatches">Relaxed pairs with equal types.</param>
internal sealed record TimexScores(int Documents, int GoldTimexes, int SystemTimexes, int StrictMatches, int RelaxedMatches, int ValueMatches, int TypeMatches)
{
    /// <summary>Strict span match scores.</summary>
    public PrecisionRecallF1 Strict => PrecisionRecallF1.FromCounts(StrictMatches, SystemTimexes, GoldTimexes);

    /// <summary>Relaxed (overlap) span match scores.</summary>
    public PrecisionRecallF1 Relaxed => PrecisionRecallF1.FromCounts(RelaxedMatches, SystemTimexes, GoldTimexes);

    /// <summary>TempEval-3 value scores: P = correct values / system timexes, R = correct values / gold timexes.</summary>
    public PrecisionRecallF1 Value => PrecisionRecallF1.FromCounts(ValueMatches, SystemTimexes, GoldTimexes);

    /// <summary>TempEval-3 type scores: P = correct types / system timexes, R = correct types / gold timexes.</summary>
    public PrecisionRecallF1 Type => PrecisionRecallF1.FromCounts(TypeMatches, SystemTimexes, GoldTimexes);
}
