using System.Text.Json;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Writes predicted quantities in the NewsQuant format, so that any NewsQuant scorer (CQE's included) can score them.</summary>
/// <remarks>
/// Each item is <c>{ "text", "quantities": [ { "value", "unit", "normalized_unit", "change" } ] }</c>; <c>value</c> is a
/// JSON number for a single value and the string <c>"low-high"</c> for a range, as in the gold files.
/// </remarks>
internal static class QuantitySetWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    /// <summary>Writes one item per text with its predictions to <paramref name="path"/>, replacing the file.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    /// <exception cref="InvalidOperationException">A prediction has neither a value nor a range.</exception>
    public static void Write(string path, IReadOnlyList<string> texts, IReadOnlyList<IReadOnlyList<PredictedQuantity>> predictions)
    {
        using var stream = File.Create(path);
        Write(stream, texts, predictions);
    }

    /// <summary>Writes one item per text with its predictions to <paramref name="stream"/> as UTF-8 JSON.</summary>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    /// <exception cref="InvalidOperationException">A prediction has neither a value nor a range.</exception>
    public static void Write(Stream stream, IReadOnlyList<string> texts, IReadOnlyList<IReadOnlyList<PredictedQuantity>> predictions)
    {
        if (texts.Count != predictions.Count)
        {
            throw new ArgumentException(
                $"{predictions.Count} prediction lists for {texts.Count} texts; expected one list per text.", nameof(predictions));
        }

        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        for (var i = 0; i < texts.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("text", texts[i]);
            writer.WriteStartArray("quantities");
            foreach (var quantity in predictions[i])
            {
                writer.WriteStartObject();
                var value = quantity.ToQuantityValue();
                if (value.IsRange)
                {
                    writer.WriteString("value", value.ToString());
                }
                else
                {
                    writer.WriteNumber("value", value.Low);
                }

                writer.WriteString("unit", quantity.Unit);
                writer.WriteString("normalized_unit", quantity.NormalizedUnit);
                writer.WriteString("change", quantity.Change);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
