using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>One row of a score report: a match type, its scores (null when not applicable) and its match count.</summary>
internal sealed record ScoreRow(string Label, string JsonKey, PrecisionRecallF1? Score, int? Matched);

/// <summary>Prints evaluation scores as a human-readable table or as compact JSON.</summary>
internal static class ScoreReport
{
    /// <summary>Writes a table with precision, recall and F1 as percentages to one decimal, and the match count.</summary>
    public static void WriteTable(TextWriter output, string heading, IReadOnlyList<ScoreRow> rows)
    {
        var labelWidth = Math.Max("match".Length, rows.Max(r => r.Label.Length));
        output.WriteLine(heading);
        output.WriteLine();
        output.WriteLine(Invariant($"{"match".PadRight(labelWidth)}  {"precision",9}  {"recall",7}  {"F1",7}  {"matched",7}"));
        foreach (var row in rows)
        {
            var label = row.Label.PadRight(labelWidth);
            output.WriteLine(row.Score is PrecisionRecallF1 score
                ? Invariant($"{label}  {score.Precision,9:P1}  {score.Recall,7:P1}  {score.F1,7:P1}  {row.Matched,7}")
                : $"{label}  n/a (the gold data has no such field)");
        }
    }

    /// <summary>
    /// Writes <c>{"&lt;countKey&gt;":N,"&lt;key&gt;":{"precision":P,"recall":R,"f1":F},…}</c> on one line, with fractions
    /// between 0 and 1 and <c>null</c> for a row that does not apply.
    /// </summary>
    public static void WriteJson(TextWriter output, string countKey, int count, IReadOnlyList<ScoreRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(countKey, count);
            foreach (var row in rows)
            {
                if (row.Score is PrecisionRecallF1 score)
                {
                    writer.WriteStartObject(row.JsonKey);
                    writer.WriteNumber("precision", score.Precision);
                    writer.WriteNumber("recall", score.Recall);
                    writer.WriteNumber("f1", score.F1);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull(row.JsonKey);
                }
            }

            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
