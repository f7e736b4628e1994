using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimCheck.Claims;
using ClaimCheck.Comparison;
using ClaimCheck.Text;

namespace ClaimCheck.Store.Serialization;

/// <summary>Writes claims and findings in the store's JSON shapes (<see cref="ClaimJson"/> with members at their default left out,
/// <see cref="FindingJson"/> with every member) straight from the records, byte for byte what the source-generated
/// <see cref="StoreJsonContext"/> writes for their DTOs (the store tests hold the two equal), without building the DTOs or going
/// through the serializer's metadata: a store writes one claim row per claim and one finding row per new finding.</summary>
/// <remarks>Member order and names follow the DTOs' declarations; a change to a shape must be made in both places.</remarks>
internal static class StoredJsonEncoder
{
    // One writer and buffer per thread, reset for each value: nothing is allocated per value but the string returned.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? t_writer;

    /// <summary>The claim as <see cref="ClaimSerializer.Serialize"/> stores it.</summary>
    public static string Claim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var (buffer, writer) = Rent();
        WriteClaim(writer, claim);
        return Written(buffer, writer);
    }

    /// <summary>The finding, without its id, as <see cref="FindingSerializer.Serialize"/> stores it.</summary>
    public static string Finding(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var (buffer, writer) = Rent();
        WriteFinding(writer, finding);
        return Written(buffer, writer);
    }

    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Rent()
    {
        if (t_writer is not { } cached)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            // Validation off as the serializer has it in release builds; the default encoder, as the serializer's.
            cached = (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }));
            t_writer = cached;
        }

        cached.Buffer.ResetWrittenCount();
        cached.Writer.Reset(cached.Buffer);
        return cached;
    }

    private static string Written(ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.V, ClaimSerializer.Version);
        WriteIfSet(writer, Names.Id, claim.Id);
        WriteIfSet(writer, Names.DocumentId, claim.DocumentId);
        WriteSpan(writer, Names.Span, claim.Span);
        WriteIfSet(writer, Names.Text, claim.Text);
        WriteIfSet(writer, Names.Type, claim.Type);
        WriteIfSet(writer, Names.Subject, claim.Subject);
        WriteIfSet(writer, Names.Measure, claim.Measure);
        WriteIfSet(writer, Names.Predicate, claim.Predicate);
        WriteIfSet(writer, Names.Place, claim.Place);
        WriteIfSet(writer, Names.PlaceWithin, claim.PlaceWithin);
        if (claim.Quantity is { } quantity)
        {
            writer.WriteStartObject(Names.Quantity);
            WriteIfSet(writer, Names.Value, quantity.Value);
            if (quantity.Low is { } low)
            {
                writer.WriteNumber(Names.Low, low);
            }

            if (quantity.High is { } high)
            {
                writer.WriteNumber(Names.High, high);
            }

            WriteIfSet(writer, Names.Qualifier, quantity.Qualifier);
            WriteIfSet(writer, Names.Unit, quantity.Unit.Name);
            WriteIfSet(writer, Names.UnitKind, quantity.Unit.Kind);
            WriteIfSet(writer, Names.IsIncrement, quantity.IsIncrement);
            writer.WriteEndObject();
        }

        WriteIfSet(writer, Names.QuantitySpan, claim.QuantitySpan);

        WriteIfSet(writer, Names.Polarity, claim.Polarity);
        WriteIfSet(writer, Names.Modality, claim.Modality);
        if (claim.Time is { } time)
        {
            writer.WriteStartObject(Names.Time);
            WriteIfSet(writer, Names.Start, time.Start);
            WriteIfSet(writer, Names.End, time.End);
            WriteIfSet(writer, Names.Text, time.Text);
            WriteIfSet(writer, Names.Span, time.Span);

            WriteIfSet(writer, Names.Source, time.Source);
            writer.WriteEndObject();
        }

        if (claim.Attribution is { } attribution)
        {
            writer.WriteStartObject(Names.Attribution);
            WriteIfSet(writer, Names.Speaker, attribution.Speaker);
            WriteIfSet(writer, Names.Organization, attribution.Organization);
            WriteIfSet(writer, Names.Role, attribution.Role);
            WriteIfSet(writer, Names.Affiliation, attribution.Affiliation);
            WriteIfSet(writer, Names.Cue, attribution.Cue);
            WriteIfSet(writer, Names.Span, attribution.Span);

            WriteIfSet(writer, Names.IsIndependent, attribution.IsIndependent);
            writer.WriteEndObject();
        }

        WriteIfSet(writer, Names.IsUpdate, claim.IsUpdate);
        WriteIfSet(writer, Names.Part, claim.Part);
        WriteIfSet(writer, Names.IsEarlier, claim.IsEarlier);
        WriteIfSet(writer, Names.IsProvisional, claim.IsProvisional);
        WriteIfSet(writer, Names.IsVague, claim.IsVague);
        WriteIfSet(writer, Names.OtherEvent, claim.OtherEvent);
        WriteIfSet(writer, Names.IsReadAtHour, claim.IsReadAtHour);
        WriteIfSet(writer, Names.IsOverStatedSpan, claim.IsOverStatedSpan);
        WriteIfSet(writer, Names.SubjectWithin, claim.SubjectWithin);
        WriteIfSet(writer, Names.IsCountSoFar, claim.IsCountSoFar);
        WriteIfSet(writer, Names.IsOneOccurrence, claim.IsOneOccurrence);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Names.V, FindingSerializer.Version);
        WriteEnum(writer, Names.Kind, finding.Kind);
        WriteEnum(writer, Names.Severity, finding.Severity);
        WriteStringOrNull(writer, Names.Topic, finding.Topic);
        WriteStrings(writer, Names.ClaimIds, finding.ClaimIds);
        writer.WriteStartArray(Names.Sides);
        foreach (var side in finding.Sides)
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, Names.Label, side.Label);
            WriteStrings(writer, Names.ClaimIds, side.ClaimIds);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, Names.Neutral, finding.Neutral);
        if (finding.IndependentOrigins is { } origins)
        {
            writer.WriteNumber(Names.IndependentOrigins, origins);
        }
        else
        {
            writer.WriteNull(Names.IndependentOrigins);
        }

        WriteStringOrNull(writer, Names.Explanation, finding.Explanation);
        writer.WriteEndObject();
    }

    // A span is an object even when both its members are 0 (and so left out): only a null span is left out.
    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WriteStartObject(name);
        WriteIfSet(writer, Names.Start, span.Start);
        WriteIfSet(writer, Names.Length, span.Length);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    // ---- members at their default are left out (JsonIgnoreCondition.WhenWritingDefault) --------------------------------------

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, int value)
    {
        if (value != 0)
        {
            writer.WriteNumber(name, value);
        }
    }

    // -0 equals 0 and is left out too, as the serializer's default comparison leaves it out.
    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        if (!value.Equals(0d))
        {
            writer.WriteNumber(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, value);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? value)
    {
        if (value is { } span)
        {
            WriteSpan(writer, name, span);
        }
    }

    private static void WriteIfSet(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value)
    {
        if (value is { } date)
        {
            Span<char> text = stackalloc char[10];
            date.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture);
            writer.WriteString(name, text[..length]);
        }
    }

    private static void WriteIfSet<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum
    {
        if (!EqualityComparer<TEnum>.Default.Equals(value, default))
        {
            WriteEnum(writer, name, value);
        }
    }

    // By name, as the string enum converter writes a declared member; a value that is no declared member as its number, as it does too.
    private static void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum value)
        where TEnum : struct, Enum
    {
        if (EnumNames<TEnum>.ByValue.TryGetValue(value, out var text))
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteNumber(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Each declared member's name, encoded once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, JsonEncodedText> ByValue =
            Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));
    }

    /// <summary>The members' names as the shapes' camel-case naming writes them.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText V = JsonEncodedText.Encode("v");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText DocumentId = JsonEncodedText.Encode("documentId");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
        public static readonly JsonEncodedText Measure = JsonEncodedText.Encode("measure");
        public static readonly JsonEncodedText Predicate = JsonEncodedText.Encode("predicate");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText PlaceWithin = JsonEncodedText.Encode("placeWithin");
        public static readonly JsonEncodedText Quantity = JsonEncodedText.Encode("quantity");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText UnitKind = JsonEncodedText.Encode("unitKind");
        public static readonly JsonEncodedText IsIncrement = JsonEncodedText.Encode("isIncrement");
        public static readonly JsonEncodedText QuantitySpan = JsonEncodedText.Encode("quantitySpan");
        public static readonly JsonEncodedText Polarity = JsonEncodedText.Encode("polarity");
        public static readonly JsonEncodedText Modality = JsonEncodedText.Encode("modality");
        public static readonly JsonEncodedText Time = JsonEncodedText.Encode("time");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Attribution = JsonEncodedText.Encode("attribution");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText Organization = JsonEncodedText.Encode("organization");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Affiliation = JsonEncodedText.Encode("affiliation");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText IsIndependent = JsonEncodedText.Encode("isIndependent");
        public static readonly JsonEncodedText IsUpdate = JsonEncodedText.Encode("isUpdate");
        public static readonly JsonEncodedText Part = JsonEncodedText.Encode("part");
        public static readonly JsonEncodedText IsEarlier = JsonEncodedText.Encode("isEarlier");
        public static readonly JsonEncodedText IsProvisional = JsonEncodedText.Encode("isProvisional");
        public static readonly JsonEncodedText IsVague = JsonEncodedText.Encode("isVague");
        public static readonly JsonEncodedText OtherEvent = JsonEncodedText.Encode("otherEvent");
        public static readonly JsonEncodedText IsReadAtHour = JsonEncodedText.Encode("isReadAtHour");
        public static readonly JsonEncodedText IsOverStatedSpan = JsonEncodedText.Encode("isOverStatedSpan");
        public static readonly JsonEncodedText SubjectWithin = JsonEncodedText.Encode("subjectWithin");
        public static readonly JsonEncodedText IsCountSoFar = JsonEncodedText.Encode("isCountSoFar");
        public static readonly JsonEncodedText IsOneOccurrence = JsonEncodedText.Encode("isOneOccurrence");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Topic = JsonEncodedText.Encode("topic");
        public static readonly JsonEncodedText ClaimIds = JsonEncodedText.Encode("claimIds");
        public static readonly JsonEncodedText Sides = JsonEncodedText.Encode("sides");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Neutral = JsonEncodedText.Encode("neutral");
        public static readonly JsonEncodedText IndependentOrigins = JsonEncodedText.Encode("independentOrigins");
        public static readonly JsonEncodedText Explanation = JsonEncodedText.Encode("explanation");
    }
}
