namespace ClaimCheck.Cli.Evaluation;

/// <summary>Precision, recall and F1 as fractions between 0 and 1.</summary>
/// <remarks>
/// A ratio whose denominator is zero is 0 (no predictions means precision 0, no gold means recall 0), and F1 is 0
/// when precision and recall are both 0. CQE's scorer divides by zero in those cases and TempEval-3's scorer reports
/// F1 = 1 when a whole corpus has neither gold nor system timexes; neither case arises on the benchmark files.
/// </remarks>
internal readonly record struct PrecisionRecallF1(double Precision, double Recall, double F1)
{
    /// <summary>Scores <paramref name="matched"/> true positives out of <paramref name="predicted"/> system items and <paramref name="gold"/> gold items.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static PrecisionRecallF1 FromCounts(int matched, int predicted, int gold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(matched);
        ArgumentOutOfRangeException.ThrowIfNegative(predicted);
        ArgumentOutOfRangeException.ThrowIfNegative(gold);

        var precision = predicted == 0 ? 0 : (double)matched / predicted;
        var recall = gold == 0 ? 0 : (double)matched / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PrecisionRecallF1(precision, recall, f1);
    }
}
