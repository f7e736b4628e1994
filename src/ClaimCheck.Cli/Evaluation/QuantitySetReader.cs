using System.Collections.Immutable;
using System.Text.Json;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>Reads the NewsQuant / CQE evaluation format: a JSON array of <c>{ "text", "quantities": [ … ] }</c>.</summary>
/// <remarks>
/// Each quantity needs <c>value</c> (a number, or a string holding a number, a number in scientific notation, or a
/// <c>"low-high"</c> or <c>"low - high"</c> range) and <c>normalized_unit</c>; <c>unit</c> and <c>change</c> are optional (the
/// Recognizers-Text-derived sets lack them). Other fields (<c>referred_concepts</c>) are ignored. A quantity whose value is malformed
/// is skipped with a warning that names the item and the field, unless the read is strict.
/// </remarks>
internal static class QuantitySetReader
{
    /// <summary>Reads a NewsQuant-format file, stopping at a malformed value.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or not in the NewsQuant shape; the message names the file and the item.</exception>
    public static ImmutableArray<QuantitySetItem> Read(string path) => Read(path, warnings: null);

    /// <summary>Reads a NewsQuant-format file. With <paramref name="warnings"/>, a quantity whose value is malformed is skipped and a
    /// warning naming the item and field is added; without, it stops the read.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not valid JSON or not in the NewsQuant shape; the message names the file and the item.</exception>
    public static ImmutableArray<QuantitySetItem> Read(string path, ICollection<string>? warnings)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found.", path);
        }

        return Parse(File.ReadAllText(path), path, warnings);
    }

    /// <summary>Parses NewsQuant-format JSON, stopping at a malformed value; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or not in the NewsQuant shape.</exception>
    public static ImmutableArray<QuantitySetItem> Parse(string json, string source) => Parse(json, source, warnings: null);

    /// <summary>Parses NewsQuant-format JSON; <paramref name="source"/> names it in messages. With <paramref name="warnings"/>, a
    /// quantity whose value is malformed is skipped with a warning; without, it stops the parse.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or not in the NewsQuant shape.</exception>
    public static ImmutableArray<QuantitySetItem> Parse(string json, string source, ICollection<string>? warnings)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(
                $"{source}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{source}: expected a JSON array of items, found {root.ValueKind}.");
            }

            var items = ImmutableArray.CreateBuilder<QuantitySetItem>(root.GetArrayLength());
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                items.Add(ReadItem(element, $"{source}: item {index}", warnings));
                index++;
            }

            return items.MoveToImmutable();
        }
    }

    private static QuantitySetItem ReadItem(JsonElement element, string where, ICollection<string>? warnings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected an object, found {element.ValueKind}.");
        }

        var text = RequiredString(element, "text", where);
        if (!element.TryGetProperty("quantities", out var quantities) || quantities.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{where}: 'quantities' must be an array.");
        }

        var gold = ImmutableArray.CreateBuilder<GoldQuantity>(quantities.GetArrayLength());
        var index = 0;
        foreach (var quantity in quantities.EnumerateArray())
        {
            if (ReadQuantity(quantity, $"{where}, quantity {index}", warnings) is { } read)
            {
                gold.Add(read);
            }

            index++;
        }

        return new QuantitySetItem(text, gold.ToImmutable());
    }

    private static GoldQuantity? ReadQuantity(JsonElement element, string where, ICollection<string>? warnings)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected an object, found {element.ValueKind}.");
        }

        if (!TryReadValue(element, where, out var value, out var problem))
        {
            if (warnings is null)
            {
                throw new InvalidDataException(problem);
            }

            warnings.Add($"{problem} The quantity is skipped.");
            return null;
        }

        return new GoldQuantity(
            value,
            OptionalString(element, "unit", where),
            RequiredString(element, "normalized_unit", where),
            OptionalString(element, "change", where));
    }

    private static bool TryReadValue(JsonElement element, string where, out QuantityValue value, out string problem)
    {
        value = default;
        problem = string.Empty;
        if (!element.TryGetProperty("value", out var valueElement))
        {
            problem = $"{where}: 'value' is missing.";
            return false;
        }

        switch (valueElement.ValueKind)
        {
            case JsonValueKind.Number:
                value = QuantityValue.Single(valueElement.GetDouble());
                return true;
            case JsonValueKind.String when QuantityValue.TryParse(valueElement.GetString()!, out value):
                return true;
            case JsonValueKind.String:
                problem = $"{where}: 'value' \"{valueElement.GetString()}\" is neither a number nor a \"low-high\" range.";
                return false;
            default:
                problem = $"{where}: 'value' must be a number or a string, found {valueElement.ValueKind}.";
                return false;
        }
    }

    private static string RequiredString(JsonElement element, string name, string where) =>
        OptionalString(element, name, where) ?? throw new InvalidDataException($"{where}: '{name}' is missing.");

    private static string? OptionalString(JsonElement element, string name, string where)
    {
        if (!element.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : throw new InvalidDataException($"{where}: '{name}' must be a string, found {property.ValueKind}.");
    }
}
