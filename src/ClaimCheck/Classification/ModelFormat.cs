using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Classification;

/// <summary>Reads and writes <see cref="TextClassifierModel"/> in the binary format described in <c>FORMAT.md</c>.</summary>
internal static class ModelFormat
{
    /// <summary>The current (and only) format version.</summary>
    public const ushort Version = 1;

    public const int HeaderLength = 16;
    public const int ChecksumLength = 32;

    /// <summary>The largest payload accepted, 1 GiB: a bound against corrupt length fields.</summary>
    public const uint MaxPayloadLength = 1u << 30;

    /// <summary>The most weights (feature slots × labels) a model may hold: 2^28, a gigabyte of memory.</summary>
    public const long MaxWeightCount = 1L << 28;

    /// <summary>The longest label, in UTF-8 bytes.</summary>
    public const int MaxLabelBytes = 1024;

    /// <summary>The most labels a model may have (the count is stored in 16 bits).</summary>
    public const int MaxLabels = ushort.MaxValue;

    private const byte SublinearFlag = 1;
    private const byte ScalesFlag = 2;
    private const byte DigitsFlag = 4;

    /// <summary>The eight bytes every model starts with: ASCII "CCTXTCLS".</summary>
    public static ReadOnlySpan<byte> Magic => "CCTXTCLS"u8;

    public static void Write(TextClassifierModel model, Stream stream)
    {
        var settings = model.Settings;
        var k = model.Labels.Length;
        var payload = new ArrayBufferWriter<byte>();
        payload.Write([
            (byte)settings.WordNgramMinLength, (byte)settings.WordNgramMaxLength,
            (byte)settings.CharNgramMinLength, (byte)settings.CharNgramMaxLength,
            (byte)settings.HashBits,
            (byte)((settings.SublinearTf ? SublinearFlag : 0) | (model.HasFeatureScales ? ScalesFlag : 0) | (settings.NormalizeDigits ? DigitsFlag : 0)),
        ]);
        WriteUInt16(payload, (ushort)k);
        foreach (var label in model.Labels)
        {
            var bytes = Encoding.UTF8.GetBytes(label);
            WriteUInt16(payload, (ushort)bytes.Length);
            payload.Write(bytes);
        }

        foreach (var b in model.Bias)
        {
            WriteSingle(payload, b);
        }

        var rows = 0;
        for (var f = 0; f < settings.Dimension; f++)
        {
            if (IsStored(model, f))
            {
                rows++;
            }
        }

        WriteInt32(payload, rows);
        for (var f = 0; f < settings.Dimension; f++)
        {
            if (!IsStored(model, f))
            {
                continue;
            }

            WriteInt32(payload, f);
            if (model.HasFeatureScales)
            {
                WriteSingle(payload, model.ScaleOf(f));
            }

            foreach (var w in model.WeightsOf(f))
            {
                WriteSingle(payload, w);
            }
        }

        Span<byte> header = stackalloc byte[HeaderLength];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)payload.WrittenCount);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(header);
        hash.AppendData(payload.WrittenSpan);
        Span<byte> checksum = stackalloc byte[ChecksumLength];
        hash.GetHashAndReset(checksum);

        stream.Write(header);
        stream.Write(payload.WrittenSpan);
        stream.Write(checksum);

        static bool IsStored(TextClassifierModel model, int f)
        {
            if (model.HasFeatureScales && model.ScaleOf(f) != 0)
            {
                return true;
            }

            foreach (var w in model.WeightsOf(f))
            {
                if (w != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static TextClassifierModel Read(Stream stream)
    {
        var header = new byte[HeaderLength];
        var got = stream.ReadAtLeast(header, HeaderLength, throwOnEndOfStream: false);
        if (got == 0)
        {
            throw new InvalidDataException("Not a text-classifier model: the stream is empty.");
        }

        if (got < Magic.Length || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a ClaimCheck text-classifier model: the file does not start with the magic bytes \"CCTXTCLS\".");
        }

        if (got < HeaderLength)
        {
            throw new InvalidDataException($"Truncated model: the header has {got} of {HeaderLength} bytes.");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(8));
        if (version != Version)
        {
            throw new InvalidDataException($"Unsupported model format version {version}; this version of ClaimCheck reads version {Version}.");
        }

        var payloadLength = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(12));
        if (payloadLength > MaxPayloadLength)
        {
            throw new InvalidDataException($"Corrupt model: the header declares a payload of {payloadLength} bytes, more than the {MaxPayloadLength} allowed.");
        }

        var payload = ReadUpTo(stream, (int)payloadLength);
        if (payload.Length < payloadLength)
        {
            throw new InvalidDataException($"Truncated model: the payload has {payload.Length} of {payloadLength} bytes.");
        }

        var checksum = new byte[ChecksumLength];
        got = stream.ReadAtLeast(checksum, ChecksumLength, throwOnEndOfStream: false);
        if (got < ChecksumLength)
        {
            throw new InvalidDataException($"Truncated model: the checksum has {got} of {ChecksumLength} bytes.");
        }

        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            hash.AppendData(header);
            hash.AppendData(payload);
            if (!hash.GetHashAndReset().AsSpan().SequenceEqual(checksum))
            {
                throw new InvalidDataException("Corrupt model: the SHA-256 checksum does not match the contents.");
            }
        }

        return Parse(payload);
    }

    private static TextClassifierModel Parse(byte[] payload)
    {
        var reader = new PayloadReader(payload);
        var wordMin = reader.Byte("word n-gram minimum");
        var wordMax = reader.Byte("word n-gram maximum");
        var charMin = reader.Byte("character n-gram minimum");
        var charMax = reader.Byte("character n-gram maximum");
        var hashBits = reader.Byte("hash bits");
        var flags = reader.Byte("flags");
        if ((flags & ~(SublinearFlag | ScalesFlag | DigitsFlag)) != 0)
        {
            throw Inconsistent($"unknown featurizer flags 0x{flags:X2}");
        }

        var settings = new FeaturizerSettings(wordMin, wordMax, charMin, charMax, hashBits, (flags & SublinearFlag) != 0, (flags & DigitsFlag) != 0);
        var hasScales = (flags & ScalesFlag) != 0;
        var options = new TextClassifierTrainerOptions
        {
            WordNgramMinLength = wordMin,
            WordNgramMaxLength = wordMax,
            CharNgramMinLength = charMin,
            CharNgramMaxLength = charMax,
            HashBits = hashBits,
        };
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new InvalidDataException($"Corrupt model: invalid featurizer setting {e.ParamName} ({e.ActualValue}).", e);
        }

        var k = reader.UInt16("label count");
        if (k < 2)
        {
            throw Inconsistent($"{k} labels; a classifier needs at least 2");
        }

        var labels = ImmutableArray.CreateBuilder<string>(k);
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        for (var i = 0; i < k; i++)
        {
            var length = reader.UInt16("label length");
            if (length is 0 or > MaxLabelBytes)
            {
                throw Inconsistent($"label {i} is {length} bytes long");
            }

            string label;
            try
            {
                label = decoder.GetString(reader.Bytes(length, "label"));
            }
            catch (DecoderFallbackException e)
            {
                throw new InvalidDataException($"Corrupt model: label {i} is not valid UTF-8.", e);
            }

            if (i > 0 && string.CompareOrdinal(labels[i - 1], label) >= 0)
            {
                throw Inconsistent("labels are not distinct and in ordinal order");
            }

            labels.Add(label);
        }

        var bias = new float[k];
        for (var c = 0; c < k; c++)
        {
            bias[c] = reader.Single("intercept");
        }

        var dimension = settings.Dimension;
        if ((long)dimension * k > MaxWeightCount)
        {
            throw Inconsistent($"{k} labels over {dimension} feature slots exceed the {MaxWeightCount} weights allowed");
        }

        var rows = reader.Int32("row count");
        var rowBytes = 4 + (hasScales ? 4 : 0) + (4 * k);
        if (rows < 0 || rows > dimension || (long)rows * rowBytes != reader.Remaining)
        {
            throw Inconsistent($"{rows} weight rows do not fit the {reader.Remaining} bytes left or the {dimension} feature slots");
        }

        var weights = new float[dimension * k];
        var scales = hasScales ? new float[dimension] : null;
        var previous = -1;
        for (var r = 0; r < rows; r++)
        {
            var f = reader.Int32("feature index");
            if (f <= previous || f >= dimension)
            {
                throw Inconsistent($"feature index {f} of row {r} is out of order or outside 0..{dimension - 1}");
            }

            previous = f;
            if (scales is not null)
            {
                scales[f] = reader.Single("feature scale");
            }

            for (var c = 0; c < k; c++)
            {
                weights[(f * k) + c] = reader.Single("weight");
            }
        }

        return new TextClassifierModel(settings, labels.MoveToImmutable(), bias, weights, scales);
    }

    private static byte[] ReadUpTo(Stream stream, int length)
    {
        // Read in bounded chunks so a corrupt length field cannot make us allocate far more than the stream holds.
        const int Chunk = 1 << 20;
        if (length <= Chunk)
        {
            var small = new byte[length];
            var n = stream.ReadAtLeast(small, length, throwOnEndOfStream: false);
            return n == length ? small : small[..n];
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            while (buffer.Length < length)
            {
                var want = (int)Math.Min(Chunk, length - buffer.Length);
                var n = stream.ReadAtLeast(chunk.AsSpan(0, want), want, throwOnEndOfStream: false);
                buffer.Write(chunk, 0, n);
                if (n < want)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static InvalidDataException Inconsistent(string what) => new($"Corrupt model: {what}.");

    private static void WriteUInt16(ArrayBufferWriter<byte> writer, ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(writer.GetSpan(2), value);
        writer.Advance(2);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> writer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    private static void WriteSingle(ArrayBufferWriter<byte> writer, float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(writer.GetSpan(4), value);
        writer.Advance(4);
    }

    /// <summary>Reads little-endian fields from the payload, failing with a clear message at its end.</summary>
    private ref struct PayloadReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly int Remaining => _data.Length - _position;

        public ReadOnlySpan<byte> Bytes(int count, string what)
        {
            if (Remaining < count)
            {
                throw Inconsistent($"the payload ends inside the {what}");
            }

            var span = _data.Slice(_position, count);
            _position += count;
            return span;
        }

        public byte Byte(string what) => Bytes(1, what)[0];

        public ushort UInt16(string what) => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2, what));

        public int Int32(string what) => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4, what));

        public float Single(string what)
        {
            var value = BinaryPrimitives.ReadSingleLittleEndian(Bytes(4, what));
            return float.IsFinite(value) ? value : throw Inconsistent($"a {what} is not a finite number");
        }
    }
}
