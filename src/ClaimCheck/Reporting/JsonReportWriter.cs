using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Quantities;

namespace ClaimCheck.Reporting;

/// <summary>Writes a <see cref="CheckReport"/> as JSON in ClaimCheck's documented contract (camelCase, enums as strings).</summary>
/// <remarks>The field names in README.md's "JSON contract" are fixed; new fields may be added, and a change to existing ones
/// raises <see cref="SchemaVersion"/>. Text is written readably (non-ASCII as is), escaping only <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c> beyond what JSON requires, so the output is also safe inside an HTML <c>&lt;script&gt;</c>. Thread-safe.</remarks>
public static class JsonReportWriter
{
    /// <summary>The version of the JSON contract, written as <c>schemaVersion</c>: 1 is the contract README.md describes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The contract's context with the relaxed encoder (non-ASCII unescaped); <see cref="HtmlSafeStream"/> escapes the rest.</summary>
    private static readonly ReportJsonContext Readable = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The characters <see cref="HtmlSafe(string)"/> escapes, as UTF-8 bytes (each one byte, never part of a longer
    /// character's encoding).</summary>
    private static readonly SearchValues<byte> HtmlSpecialBytes = SearchValues.Create("&<>"u8);

    /// <summary>Serialises <paramref name="report"/> to indented JSON.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Write(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Serialises <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JSON (the same text as
    /// <see cref="Write(CheckReport)"/>, written without making it a string first).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(CheckReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(new HtmlSafeStream(stream), ToContract(report), Readable.ReportDto);
    }

    /// <summary>JSON written with the relaxed encoder, with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped: outside strings
    /// JSON has none of them, so replacing each in the whole text escapes exactly the ones inside strings.</summary>
    internal static string HtmlSafe(string json) => json
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal);

    private static ReportDto ToContract(CheckReport report) => new(
        SchemaVersion,
        [.. report.Documents.Select(d => new DocumentDto(d.Id, d.Outlet, d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Url?.ToString(), d.Place, d.Topic, d.Text.Length))],
        [.. report.Claims.Select(ToContract)],
        [.. report.Findings.Select(f => new FindingDto(f.Id, f.Kind, f.Severity, f.Topic, [.. f.ClaimIds],
            [.. f.Sides.Select(s => new SideDto(s.Label, [.. s.ClaimIds]))], [.. f.Neutral], f.IndependentOrigins, f.Explanation))],
        [.. report.NotCompared.Select(n => new NotComparedDto(n.ClaimId, n.Measure, n.Reason))],
        [.. report.Warnings]);

    private static ClaimDto ToContract(Claim c) => new(
        c.Id,
        c.DocumentId,
        c.Text,
        new SpanDto(c.Span.Start, c.Span.Length),
        c.Type,
        c.Subject,
        c.Measure,
        c.Predicate,
        c.Place,
        c.PlaceWithin,
        c.SubjectWithin,
        c.Quantity is { } q ? new QuantityDto(q.Value, q.Low, q.High, q.Qualifier, q.Unit.Name.Length == 0 ? null : q.Unit.Name, q.Unit.Kind, q.IsIncrement, English.Display(q)) : null,
        c.Polarity,
        c.Modality,
        c.Time is { } t ? new TimeDto(t.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t.Text) : null,
        c.Attribution is { } a ? new AttributionDto(a.Speaker, a.Organization, a.Role, a.Affiliation, a.Cue) : null);

    /// <summary>A write-only stream that passes UTF-8 JSON on to another with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
    /// escaped as <see cref="HtmlSafe(string)"/> does: each is one byte and never part of a longer character's encoding, so
    /// the serialiser's chunks can be escaped one at a time, and the report is never held whole in memory.</summary>
    private sealed class HtmlSafeStream(Stream target) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            for (var next = buffer.IndexOfAny(HtmlSpecialBytes); next >= 0; next = buffer.IndexOfAny(HtmlSpecialBytes))
            {
                target.Write(buffer[..next]);
                target.Write(buffer[next] switch { (byte)'&' => "\\u0026"u8, (byte)'<' => "\\u003C"u8, _ => "\\u003E"u8 });
                buffer = buffer[(next + 1)..];
            }

            target.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush() => target.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    internal sealed record ReportDto(int SchemaVersion, DocumentDto[] Documents, ClaimDto[] Claims, FindingDto[] Findings, NotComparedDto[] NotCompared, string[] Warnings);

    internal sealed record DocumentDto(string Id, string? Outlet, string? Published, string? Url, string? Place, string? Topic, int Length);

    internal sealed record NotComparedDto(string ClaimId, string Measure, NotComparedReason Reason);

    internal sealed record SpanDto(int Start, int Length);

    internal sealed record QuantityDto(double Value, double? Low, double? High, Qualifier Qualifier, string? Unit, Quantities.UnitKind UnitKind, bool IsIncrement, string Display);

    internal sealed record TimeDto(string? Start, string? End, string Text);

    internal sealed record AttributionDto(string? Speaker, string? Organization, string? Role, string? Affiliation, string? Cue);

    internal sealed record ClaimDto(
        string Id, string DocumentId, string Text, SpanDto Span, ClaimType Type, string? Subject, string Measure, string? Predicate,
        string? Place, string? PlaceWithin, string? SubjectWithin, QuantityDto? Quantity, Polarity Polarity, Modality Modality, TimeDto? Time, AttributionDto? Attribution);

    internal sealed record SideDto(string Label, string[] ClaimIds);

    internal sealed record FindingDto(string Id, FindingKind Kind, FindingSeverity Severity, string Topic, string[] ClaimIds, SideDto[] Sides, string[] Neutral, int? IndependentOrigins, string Explanation);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JsonReportWriter.ReportDto))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
