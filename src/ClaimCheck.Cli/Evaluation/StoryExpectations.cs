using System.Collections.Immutable;
using System.Text.Json;

namespace ClaimCheck.Cli.Evaluation;

/// <summary>A finding a story must produce: its kind and the values its side claims carry.</summary>
/// <param name="Kind">The finding kind ("NumericDiscrepancy").</param>
/// <param name="Values">Values that claims on the finding's sides must carry, each within 1% (a claim's value, low or high).</param>
/// <param name="DocumentsAny">When not empty, a side claim must come from one of these documents.</param>
/// <param name="Why">The reasoning, printed when the finding is missed.</param>
internal sealed record MustFind(string Kind, ImmutableArray<double> Values, ImmutableArray<string> DocumentsAny, string Why);

/// <summary>What a story must not report: a finding of one of <see cref="Kinds"/> (or any kind: "*") that matches one test.</summary>
/// <param name="Kinds">The finding kinds, or "*" for every kind.</param>
/// <param name="Together">Raised when all these values are among one finding's side claims.</param>
/// <param name="AnyValue">Raised when any of these values is among a finding's side claims.</param>
/// <param name="OnlyValues">Raised when every side claim of a finding carries one of these values.</param>
/// <param name="Any">Raised by any finding of the kinds.</param>
/// <param name="FromDocuments">Raised when a side claim comes from one of these documents.</param>
/// <param name="Why">The reasoning, printed when raised.</param>
internal sealed record MustNot(
    ImmutableArray<string> Kinds,
    ImmutableArray<double> Together,
    ImmutableArray<double> AnyValue,
    ImmutableArray<double> OnlyValues,
    bool Any,
    ImmutableArray<string> FromDocuments,
    string Why);

/// <summary>A story's <c>expected.json</c>: what a careful fact-checker finds in its documents, and what they would not flag.</summary>
internal sealed record StoryExpectations(string Story, ImmutableArray<MustFind> MustFind, ImmutableArray<MustNot> MustNot)
{
    /// <summary>Reads <c>expected.json</c>.</summary>
    /// <exception cref="InvalidDataException">The file is not valid JSON or not in the expected shape; the message names the file and the item.</exception>
    public static StoryExpectations Read(string path)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: malformed JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: expected a JSON object with mustFind and mustNot.");
            }

            var story = root.TryGetProperty("story", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : Path.GetFileName(Path.GetDirectoryName(path)) ?? path;
            var mustFind = Items(root, "mustFind", path).Select((item, i) => new MustFind(
                Text(item, "kind", $"{path}: mustFind[{i}]"),
                Numbers(item, "values", $"{path}: mustFind[{i}]"),
                Strings(item, "docsAny", $"{path}: mustFind[{i}]"),
                OptionalText(item, "why")));
            var mustNot = Items(root, "mustNot", path).Select((item, i) =>
            {
                var where = $"{path}: mustNot[{i}]";
                var kinds = Strings(item, "kinds", where);
                if (kinds.IsEmpty)
                {
                    throw new InvalidDataException($"{where}: needs \"kinds\" (finding kinds, or [\"*\"]).");
                }

                var rule = new MustNot(kinds, Numbers(item, "together", where), Numbers(item, "anyValue", where), Numbers(item, "onlyValues", where),
                    item.TryGetProperty("any", out var any) && any.ValueKind == JsonValueKind.True, Strings(item, "fromDocs", where), OptionalText(item, "why"));
                if (rule.Together.IsEmpty && rule.AnyValue.IsEmpty && rule.OnlyValues.IsEmpty && !rule.Any && rule.FromDocuments.IsEmpty)
                {
                    throw new InvalidDataException($"{where}: needs one of together, anyValue, onlyValues, any or fromDocs.");
                }

                return rule;
            });
            return new StoryExpectations(story, [.. mustFind], [.. mustNot]);
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name, string path) =>
        !root.TryGetProperty(name, out var array) ? []
        : array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList()
        : throw new InvalidDataException($"{path}: \"{name}\" must be an array.");

    private static string Text(JsonElement item, string name, string where) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: needs a string \"{name}\".");

    private static string OptionalText(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;

    private static ImmutableArray<double> Numbers(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
        {
            throw new InvalidDataException($"{where}: \"{name}\" must be an array of numbers.");
        }

        return [.. array.EnumerateArray().Select(v => v.GetDouble())];
    }

    private static ImmutableArray<string> Strings(JsonElement item, string name, string where)
    {
        if (!item.TryGetProperty(name, out var array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            throw new InvalidDataException($"{where}: \"{name}\" must be an array of strings.");
        }

        return [.. array.EnumerateArray().Select(v => v.GetString()!)];
    }
}
